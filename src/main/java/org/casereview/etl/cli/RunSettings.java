package org.casereview.etl.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.casereview.etl.guard.DocumentLimits;

/**
 * Everything one invocation needs, after the job-config file and the command line are merged
 * (command line wins).
 *
 * @param month        the month the run loads; its rows replace that month's rows of an earlier run
 * @param dbUrl        JDBC URL of the database holding the tables and the job repository
 * @param skipLimit    documents that may be rejected before the step fails
 * @param threads      worker threads of the partitioned report step
 * @param progressSeconds how often long steps log progress
 * @param limits       what one document may take before it is rejected ({@code too_large}, {@code timeout})
 */
public record RunSettings(Command command, Path input, Path output, YearMonth month, Path configFile,
                          String dbUrl, boolean fetch, boolean force, boolean strict, int skipLimit,
                          int threads, boolean json, int progressSeconds, List<String> fetchAllowedHosts,
                          DocumentLimits limits) {

    public RunSettings {
        fetchAllowedHosts = List.copyOf(fetchAllowedHosts);
    }

    public static String defaultDbUrl(Path output) {
        // AUTO_SERVER lets `status` read the database while a run holds it open.
        return "jdbc:h2:file:" + output.toAbsolutePath().normalize().resolve("casereviews") + ";AUTO_SERVER=TRUE";
    }
}
