package org.casereview.etl.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything one invocation needs, after the job-config file and the command line are merged
 * (command line wins).
 *
 * @param month        the month the run loads; its rows replace that month's rows of an earlier run
 * @param dbUrl        JDBC URL of the database holding the tables and the job repository
 * @param skipLimit    documents that may be rejected before the step fails
 * @param threads      worker threads of the partitioned report step
 * @param progressSeconds how often long steps log progress
 * @param vocabulary   the operator's vocabulary file adding synonyms, or null
 */
public record RunSettings(Command command, Path input, Path output, YearMonth month, Path configFile,
                          String dbUrl, boolean fetch, boolean force, boolean strict, int skipLimit,
                          int threads, boolean json, int progressSeconds, List<String> fetchAllowedHosts,
                          Path vocabulary) {

    public RunSettings {
        fetchAllowedHosts = List.copyOf(fetchAllowedHosts);
    }

    /**
     * The embedded H2 file database in the output folder. No AUTO_SERVER: it would open a TCP port;
     * {@code status} reads the live status file while a run holds the database. WRITE_DELAY=0 writes
     * each commit to the file at once (H2's default 500 ms delay lost committed job state on kill -9).
     */
    public static String defaultDbUrl(Path output) {
        return "jdbc:h2:file:" + output.toAbsolutePath().normalize().resolve("casereviews") + ";WRITE_DELAY=0";
    }
}
