package org.casereview.etl.cli;

/** A command line or job-config file that cannot be used as given; exit code 2. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
