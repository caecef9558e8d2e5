package org.casereview.etl.cli;

/** Exit codes a scheduler can act on (documented in the README). */
public final class ExitCodes {
    public static final int COMPLETED = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int LOCKED = 3;
    public static final int COMPLETED_WITH_REJECTS = 4;

    private ExitCodes() {
    }
}
