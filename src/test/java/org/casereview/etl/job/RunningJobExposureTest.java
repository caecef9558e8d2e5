package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import org.casereview.etl.CaseReviewEtl;
import org.casereview.etl.cli.ExitCodes;
import org.casereview.etl.cli.RunLock;
import org.casereview.etl.cli.RunSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run in its own JVM, watched while it works: it listens on no TCP port, {@code status} from another
 * process answers from the live status file, and a newline in a file name stays inside one log line.
 */
@EnabledOnOs(OS.LINUX)
class RunningJobExposureTest {

    private static final String FORGED = "12:00:00.000 ERROR forged line";

    @TempDir
    Path dir;

    @Test
    void aWorkingRunListensOnNoPortAndStatusReadsItsLiveStatus() throws Exception {
        // enough pages on one thread that the run is still working when the second run asks for the lock
        Path input = GeneratedInputs.withReports(dir.resolve("input"), 30, 30);
        Files.write(input.resolve("scan\n" + FORGED + ".png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        Path output = dir.resolve("out");
        Process child = new ProcessBuilder(javaCommand("run", "--input", input.toString(), "--output", output.toString(),
                "--month", "2021-11", "--threads", "1", "--progress-seconds", "1")).redirectErrorStream(true).start();
        try {
            List<String> log = readUntilFirstReport(child);
            assertThat(log).as("the run reached the report step").anyMatch(l -> l.contains("INFO  Report "));

            assertThat(listeningSockets(child.pid())).as("TCP sockets listening in the run's process").isEmpty();

            assertThat(log).filteredOn(l -> l.contains("Rejected scan")).singleElement().asString()
                    .contains("Rejected scan\\n" + FORGED + ".png: ");
            assertThat(log).noneMatch(l -> l.startsWith(FORGED));

            Path liveFile = RunLock.liveStatusFileFor(RunSettings.defaultDbUrl(output));
            for (int i = 0; i < 300 && !Files.exists(liveFile); i++) {
                Thread.sleep(100);
            }
            String[] out = new String[1];
            int code = capturingOut(out, () -> CaseReviewEtl.execute("status", "--output", output.toString()));
            // the live file is rewritten every --progress-seconds: on a loaded machine the first read may predate
            // the end of the discovery step
            for (int i = 0; i < 60 && !out[0].contains("discoverInputsStep     COMPLETED"); i++) {
                Thread.sleep(500);
                code = capturingOut(out, () -> CaseReviewEtl.execute("status", "--output", output.toString()));
            }
            assertThat(code).isEqualTo(ExitCodes.COMPLETED);
            assertThat(out[0]).contains("A run is working on this database")
                    .contains("month 2021-11  STARTED").contains("discoverInputsStep     COMPLETED");
            assertThat(child.isAlive()).as("the first run still working").isTrue();
            assertThat(CaseReviewEtl.execute("run", "--input", input.toString(), "--output", output.toString()))
                    .isEqualTo(ExitCodes.LOCKED);
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> readUntilFirstReport(Process process) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            lines.add(line);
            if (line.contains("INFO  Report ")) {
                break;
            }
        }
        return lines;
    }

    /** Sockets in LISTEN state (0A) of /proc/net/tcp and tcp6 whose inode is an open file of the process. */
    private static List<String> listeningSockets(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (var fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // an fd closed while listing
                }
            }
        }
        List<String> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String row : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] f = row.trim().split("\\s+");
                if (f[3].equals("0A") && inodes.contains(f[9])) {
                    listening.add(table + " " + f[1]);
                }
            }
        }
        return listening;
    }

    private static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CaseReviewEtl.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    private static int capturingOut(String[] text, IntSupplier action) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            return action.getAsInt();
        } finally {
            System.setOut(original);
            text[0] = bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
