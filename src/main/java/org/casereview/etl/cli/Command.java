package org.casereview.etl.cli;

import java.util.Locale;

/** The commands of the command line. */
public enum Command {
    RUN, RESTART, STATUS, EXPORT, HELP;

    public static Command parse(String word) {
        try {
            return valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown command '" + word + "' (expected run, restart, status, export or help)");
        }
    }
}
