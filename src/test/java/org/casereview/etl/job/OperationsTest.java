package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.job.CsvFiles.row;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.casereview.etl.CaseReviewEtl;
import org.casereview.etl.cli.ExitCodes;
import org.casereview.etl.cli.RunLock;
import org.casereview.etl.cli.RunSettings;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What operators and schedulers rely on: exit codes, the lock, skips, reruns, increments, downloads. */
class OperationsTest {

    @TempDir
    Path dir;

    private int run(Path input, Path output, String... more) {
        String[] base = {"run", "--input", input.toString(), "--output", output.toString(), "--month", "2021-11"};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CaseReviewEtl.execute(args);
    }

    private Path sampleWithJunk() throws IOException {
        Path input = GeneratedInputs.withReports(dir.resolve("input"), 0, 0);
        Files.write(input.resolve("scan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        return input;
    }

    @Nested
    class ExitCodesForSchedulers {
        @Test
        void usageErrorIsTwoAndRunsNothing() {
            assertThat(CaseReviewEtl.execute("run", "--speed", "fast")).isEqualTo(ExitCodes.USAGE);
            assertThat(CaseReviewEtl.execute("run", "--input", dir.resolve("none").toString())).isEqualTo(ExitCodes.USAGE);
        }

        @Test
        void secondRunOnTheSameDatabaseStopsAtOnceWithThree() throws IOException {
            Path input = GeneratedInputs.withReports(dir.resolve("input"), 0, 0);
            Path output = dir.resolve("out");
            Optional<RunLock> held = RunLock.tryAcquire(RunSettings.defaultDbUrl(output));
            assertThat(held).isPresent();
            try (RunLock lock = held.get()) {
                assertThat(run(input, output)).isEqualTo(ExitCodes.LOCKED);
                assertThat(output.resolve("reviews.csv")).doesNotExist();
            }
            assertThat(run(input, output)).isEqualTo(ExitCodes.COMPLETED);
        }

        @Test
        void rejectsGiveZeroButFourWhenStrict() throws IOException {
            Path input = sampleWithJunk();
            assertThat(run(input, dir.resolve("a"))).isEqualTo(ExitCodes.COMPLETED);
            assertThat(run(input, dir.resolve("b"), "--strict")).isEqualTo(ExitCodes.COMPLETED_WITH_REJECTS);
            Map<String, String> reject = row(CsvFiles.read(dir.resolve("b/rejects.csv")), "source_file", "scan.png");
            assertThat(reject).containsEntry("reason_code", "unsupported_type").containsEntry("run_id", "2021-11/1");
            assertThat(reject.get("message")).contains("image/png");
            assertThat(CsvFiles.read(dir.resolve("b/reviews.csv"))).hasSize(9);
        }

        @Test
        void pastTheSkipLimitTheRunFailsWithOneAndRestartWithAHigherLimitFinishes() throws IOException {
            Path input = sampleWithJunk();
            Path output = dir.resolve("out");
            String err = capturingErr(() -> assertThat(run(input, output, "--skip-limit", "0")).isEqualTo(ExitCodes.FAILED));
            assertThat(err).contains("more than the skip limit of 0");
            assertThat(CaseReviewEtl.execute("restart", "--output", output.toString(), "--skip-limit", "5"))
                    .isEqualTo(ExitCodes.COMPLETED);
            assertThat(CsvFiles.read(output.resolve("reviews.csv"))).hasSize(9);
            assertThat(CsvFiles.read(output.resolve("rejects.csv"))).hasSize(1);
        }

        @Test
        void statusOrRestartOfAFolderWithoutDatabaseIsAUsageError() {
            assertThat(CaseReviewEtl.execute("status", "--output", dir.resolve("nothing").toString())).isEqualTo(ExitCodes.USAGE);
            assertThat(CaseReviewEtl.execute("restart", "--output", dir.resolve("nothing").toString())).isEqualTo(ExitCodes.USAGE);
            assertThat(dir.resolve("nothing")).doesNotExist();
        }

        @Test
        void restartWithNothingFailedSaysSoAndExitsZero() throws IOException {
            Path input = GeneratedInputs.withReports(dir.resolve("input"), 0, 0);
            Path output = dir.resolve("out");
            assertThat(run(input, output)).isZero();
            String out = capturingOut(() -> assertThat(CaseReviewEtl.execute("restart", "--output", output.toString())).isZero());
            assertThat(out).contains("completed; nothing to restart");
        }
    }

    @Nested
    class StatusAndSummary {
        @Test
        void statusListsExecutionsWithStepsAndJsonForScripts() throws IOException {
            Path input = GeneratedInputs.withReports(dir.resolve("input"), 1, 3);
            Path output = dir.resolve("out");
            assertThat(run(input, output)).isZero();
            String text = capturingOut(() -> CaseReviewEtl.execute("status", "--output", output.toString()));
            assertThat(text).contains("month 2021-11").contains("COMPLETED").contains("parseDigestsStep")
                    .contains("read 1, written 1");
            String json = capturingOut(() -> CaseReviewEtl.execute("status", "--output", output.toString(), "--json"));
            assertThat(json).contains("\"status\": \"COMPLETED\"").contains("\"name\": \"extractReportsStep\"");
            String summary = Files.readString(output.resolve("run-summary.json"));
            assertThat(summary).contains("\"reviews\": 10").contains("\"status\": \"COMPLETED\"")
                    .contains("\"name\": \"assembleReviewsStep\"").contains("\"doubtful_documents\": 0");
            assertThat(text).doesNotContain("doubtful documents");
        }
    }

    @Nested
    class RerunsAndIncrements {
        @Test
        void unchangedReportsAreNotExtractedAgainAndAChangedOneIs() throws IOException {
            Path input = GeneratedInputs.withReports(dir.resolve("input"), 3, 3);
            Path output = dir.resolve("out");
            assertThat(run(input, output)).isZero();
            List<Map<String, String>> first = CsvFiles.read(output.resolve("documents.csv"));
            assertThat(first).filteredOn(d -> d.get("kind").equals("report")).extracting(d -> d.get("status"))
                    .containsOnly("loaded");

            GeneratedInputs.writeReport(input.resolve("Testshire_CSPR_Child_Z02.pdf"), "Child Z2 (revised)", 4);
            assertThat(run(input, output)).isZero();
            List<Map<String, String>> second = CsvFiles.read(output.resolve("documents.csv"));
            assertThat(row(second, "source_file", "Testshire_CSPR_Child_Z01.pdf")).containsEntry("status", "unchanged")
                    .containsEntry("quality", "ok");
            assertThat(row(second, "source_file", "Testshire_CSPR_Child_Z02.pdf")).containsEntry("status", "loaded")
                    .containsEntry("pages", "4");
            assertThat(row(second, "source_file", "Testshire_CSPR_Child_Z03.pdf")).containsEntry("status", "unchanged");
            List<Map<String, String>> reviews = CsvFiles.read(output.resolve("reviews.csv"));
            assertThat(reviews).hasSize(12);
            assertThat(reviews).filteredOn(r -> !r.get("report_file").isEmpty()).hasSize(3);

            assertThat(run(input, output, "--force")).isZero();
            assertThat(CsvFiles.read(output.resolve("documents.csv"))).filteredOn(d -> d.get("kind").equals("report"))
                    .extracting(d -> d.get("status")).containsOnly("loaded");
        }
    }

    @Nested
    class BadReports {
        @Test
        void corruptAndEmptyReportsAreRejectedAndTheirEntryIsUnreadable() throws IOException {
            Path input = GeneratedInputs.withReports(dir.resolve("input"), 1, 3);
            Files.writeString(input.resolve("Broken_CSPR_Child_Y.pdf"), "%PDF-1.7\nthis is not a PDF body at all");
            Files.write(input.resolve("Empty_report.pdf"), new byte[0]);
            Files.writeString(input.resolve("digest-2021-11.txt"), """
                    NSPCC Repository – November 2021

                    1. Child Y: Child safeguarding practice review

                    Neglect of a 3-year-old girl in 2020.

                    Learning includes: agencies did not share what they knew; the child was not seen.

                    Recommendations include: see the child alone.

                    Other resources [Read practice review (PDF)](Broken_CSPR_Child_Y.pdf)
                    """);
            Path output = dir.resolve("out");
            assertThat(run(input, output)).isZero();
            List<Map<String, String>> rejects = CsvFiles.read(output.resolve("rejects.csv"));
            assertThat(row(rejects, "source_file", "Broken_CSPR_Child_Y.pdf")).containsEntry("reason_code", "corrupt");
            assertThat(row(rejects, "source_file", "Empty_report.pdf")).containsEntry("reason_code", "empty");
            Map<String, String> childY = row(CsvFiles.read(output.resolve("reviews.csv")), "child_name", "Child Y");
            assertThat(childY).containsEntry("report_status", "unreadable")
                    .containsEntry("report_file", "Broken_CSPR_Child_Y.pdf").containsEntry("learning_count", "2");
            Map<String, String> document = row(CsvFiles.read(output.resolve("documents.csv")), "source_file",
                    "Broken_CSPR_Child_Y.pdf");
            assertThat(document).containsEntry("status", "rejected").containsEntry("reason_code", "corrupt")
                    .containsEntry("quality", "doubtful").containsEntry("quality_notes", "not read: corrupt");
            String status = capturingOut(() -> CaseReviewEtl.execute("status", "--output", output.toString()));
            assertThat(status).contains("doubtful documents 2: Broken_CSPR_Child_Y.pdf, Empty_report.pdf");
            assertThat(Files.readString(output.resolve("run-summary.json"))).contains("\"doubtful_documents\": 2")
                    .contains("\"quality_notes\": \"not read: empty\"");
            assertThat(row(CsvFiles.read(output.resolve("reviews.csv")), "report_file", "Testshire_CSPR_Child_Z01.pdf"))
                    .containsEntry("report_status", "not_linked").containsEntry("child_name", "Child Z1");
        }
    }

    @Nested
    class TwoDigests {
        @Test
        void sameChildInTwoDigestsOfAMonthGetsTwoIdsAndAnIdenticalCopyIsADuplicate() throws IOException {
            Path input = GeneratedInputs.withReports(dir.resolve("input"), 0, 0);
            String seed = Files.readString(input.resolve("seed-2021-11.txt"));
            Files.writeString(input.resolve("seed-copy.txt"), seed);
            Files.writeString(input.resolve("seed-reissued.txt"), seed + "\n");
            Path output = dir.resolve("out");
            assertThat(run(input, output)).isZero();
            List<Map<String, String>> reviews = CsvFiles.read(output.resolve("reviews.csv"));
            assertThat(reviews).hasSize(18);
            assertThat(row(reviews, "review_id", "2021-11-child-v")).containsEntry("source_file", "seed-2021-11.txt");
            assertThat(row(reviews, "review_id", "2021-11-child-v-2")).containsEntry("source_file", "seed-reissued.txt");
            Map<String, String> copy = row(CsvFiles.read(output.resolve("documents.csv")), "source_file", "seed-copy.txt");
            assertThat(copy).containsEntry("status", "duplicate");
            assertThat(row(CsvFiles.read(output.resolve("rejects.csv")), "source_file", "seed-copy.txt"))
                    .containsEntry("reason_code", "duplicate");
        }
    }

    @Nested
    class Downloads {
        /**
         * DATA-MODEL: report_link is the link target as published in the digest, so a link refused as unsafe (a host
         * not allowed) stays there, and the refusal is traced by rejects.csv: the digest file, "entry N link" and
         * the link in its message.
         */
        @Test
        void aRefusedLinkStaysAsPublishedAndItsRejectNamesTheEntry() throws IOException {
            String url = "https://contoso.sharepoint.com/sites/safeguarding/Shared%20Documents/cspr-child-z2.pdf?web=1";
            Path input = Files.createDirectories(dir.resolve("input"));
            Files.writeString(input.resolve("digest-2021-12.txt"), """
                    NSPCC Repository – December 2021

                    1. Child Z2: Child safeguarding practice review

                    Neglect of a 4-year-old girl in 2020. Invented for testing.

                    Learning includes: agencies did not share what they knew; the child was not seen alone.

                    [Read practice review (PDF)](%s)
                    """.formatted(url));
            Path output = dir.resolve("out");
            assertThat(run(input, output, "--fetch")).isZero();

            Map<String, String> review = row(CsvFiles.read(output.resolve("reviews.csv")), "child_name", "Child Z2");
            assertThat(review).containsEntry("report_link", url).containsEntry("report_status", "missing")
                    .containsEntry("report_file", "");
            Map<String, String> reject = row(CsvFiles.read(output.resolve("rejects.csv")), "reason_code", "unsafe_link");
            assertThat(reject).containsEntry("source_file", "digest-2021-12.txt").containsEntry("location", "entry 1 link");
            assertThat(reject.get("message")).contains(url);
        }

        @Test
        void linkedReportIsFetchedFromAnAllowedHostOnceAndLinked() throws IOException {
            Path pdf = dir.resolve("served.pdf");
            GeneratedInputs.writeReport(pdf, "Child Z1", 3);
            byte[] body = Files.readAllBytes(pdf);
            AtomicInteger hits = new AtomicInteger();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/reports/", exchange -> {
                hits.incrementAndGet();
                exchange.getResponseHeaders().add("Content-Type", "application/pdf");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            try {
                String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/reports/Testshire_CSPR_Child_Z01.pdf";
                Path input = Files.createDirectories(dir.resolve("input"));
                Files.writeString(input.resolve("digest-2021-11.txt"), """
                        NSPCC Repository – November 2021

                        1. Child Z1: Child safeguarding practice review

                        Injuries to a 2-year-old boy in 2020.

                        Learning includes: agencies did not share what they knew; the voice of the child was not heard.

                        Recommendations include: share referrals with health visitors; see the child alone.

                        Other resources [Read practice review (PDF)](%s)
                        """.formatted(url));
                Path output = dir.resolve("out");
                // plain http on a random port of the loopback address: allowed only by naming the origin
                String origin = "http://127.0.0.1:" + server.getAddress().getPort();
                assertThat(run(input, output, "--fetch", "--fetch-allowed-hosts", origin)).isZero();
                assertThat(run(input, output, "--fetch", "--fetch-allowed-hosts", origin)).isZero();
                assertThat(hits.get()).as("second run served from the cache").isEqualTo(1);
                Map<String, String> review = row(CsvFiles.read(output.resolve("reviews.csv")), "child_name", "Child Z1");
                assertThat(review).containsEntry("report_status", "matched")
                        .containsEntry("report_file", "Testshire_CSPR_Child_Z01.pdf").containsEntry("report_pages", "3")
                        .containsEntry("report_link", url);

                assertThat(run(input, dir.resolve("other"), "--fetch")).isZero();
                Map<String, String> reject = CsvFiles.read(dir.resolve("other/rejects.csv")).get(0);
                assertThat(reject).containsEntry("reason_code", "unsafe_link");
                assertThat(hits.get()).isEqualTo(1);
            } finally {
                server.stop(0);
            }
        }
    }

    private static String capturingOut(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String capturingErr(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
