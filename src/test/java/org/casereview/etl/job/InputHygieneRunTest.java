package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.job.CsvFiles.row;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.casereview.etl.CaseReviewEtl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job over a digest whose links leave the input folder or point where downloads must
 * not go, beside a symbolic link out of the folder, a web page named .pdf and an entry heading
 * that starts with "=": each gets its reject, nothing unsafe is followed or matched.
 */
class InputHygieneRunTest {

    @TempDir
    static Path dir;
    static Path input;
    static HttpServer server;
    static final AtomicInteger reportHits = new AtomicInteger();
    static String origin;

    @BeforeAll
    static void inputs() throws IOException {
        Path pdf = dir.resolve("served.pdf");
        GeneratedInputs.writeReport(pdf, "Child Z1", 3);
        byte[] body = Files.readAllBytes(pdf);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/reports/", exchange -> {
            reportHits.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/pdf");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/hop", exchange -> {
            // an allowed origin whose name resolves to the loopback address
            exchange.getResponseHeaders().add("Location", "http://localhost:" + server.getAddress().getPort() + "/reports/x.pdf");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
        origin = "http://127.0.0.1:" + server.getAddress().getPort();
        input = Files.createDirectories(dir.resolve("input"));
        Files.writeString(input.resolve("digest-2021-11.txt"), digest(origin));
        Files.writeString(dir.resolve("secret.txt"), "password=hunter2\n");
        Files.createSymbolicLink(input.resolve("notes.txt"), dir.resolve("secret.txt"));
        Files.writeString(input.resolve("Child_Q.pdf"), "<!DOCTYPE html><html><body><h2>1. Child Q: serious case review</h2>"
                + "<p>Death of a baby in 2020.</p><p>Learning includes: a; b</p></body></html>");
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    private static String entry(int n, String heading, String link) {
        return """
                %d. %s

                Injuries to a %d-year-old boy in 2020 after agencies lost sight of him.

                Learning includes: agencies did not share what they knew; the voice of the child was not heard.

                Recommendations include: share referrals with health visitors; see the child alone.

                Other resources [Read practice review (PDF)](%s)

                """.formatted(n, heading, n + 1, link);
    }

    static String digest(String origin) {
        return "NSPCC Repository \u2013 November 2021\n\n"
                + entry(1, "Child Z1: Child safeguarding practice review", origin + "/reports/Testshire_CSPR_Child_Z01.pdf")
                + entry(2, "Child Z2: Child safeguarding practice review", "https://evil.example.org/reports/Testshire_CSPR_Child_Z01.pdf")
                + entry(3, "Child Z3: Child safeguarding practice review", "../secret/Child_Z3.pdf")
                + entry(4, "Child Z4: Child safeguarding practice review", "file:///etc/passwd")
                + entry(5, "Child Z5: Child safeguarding practice review", "//fileserver/share/Child_Z5.pdf")
                + entry(6, "Child Z6: Child safeguarding practice review", "%2e%2e%2fsecret%2fChild_Z6.pdf")
                + entry(7, "Child Z7: Child safeguarding practice review", origin + "/hop")
                + entry(8, "=Child Z8: Child safeguarding practice review", "#");
    }

    static int run(Path output, String... extra) {
        String[] args = {"run", "--input", input.toString(), "--output", output.toString(), "--month", "2021-11",
                "--fetch-allowed-hosts", origin + ",http://localhost:" + server.getAddress().getPort()};
        String[] all = new String[args.length + extra.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return CaseReviewEtl.execute(all);
    }

    private static Map<String, String> rejectAt(List<Map<String, String>> rejects, String location) {
        return rejects.stream().filter(r -> r.get("location").equals(location)).findFirst()
                .orElseThrow(() -> new AssertionError("no reject at " + location + " in " + rejects));
    }

    @Nested
    class WithoutFetching {
        static Path output;
        static List<Map<String, String>> rejects;
        static List<Map<String, String>> reviews;

        @BeforeAll
        static void runOnce() throws IOException {
            output = dir.resolve("out-local");
            assertThat(run(output)).isZero();
            rejects = CsvFiles.read(output.resolve("rejects.csv"));
            reviews = CsvFiles.read(output.resolve("reviews.csv"));
        }

        @Test
        void everyLinkThatLeavesTheFolderOrIsRefusedHasAnUnsafeLinkReject() {
            for (int entry = 2; entry <= 6; entry++) {
                assertThat(rejectAt(rejects, "entry " + entry + " link"))
                        .containsEntry("reason_code", "unsafe_link").containsEntry("source_file", "digest-2021-11.txt");
            }
            assertThat(rejectAt(rejects, "entry 2 link").get("message")).contains("'evil.example.org' is not in the allowed hosts");
            assertThat(rejectAt(rejects, "entry 3 link").get("message")).contains("leaves the input folder");
            assertThat(rejectAt(rejects, "entry 4 link").get("message")).contains("file: links are never followed");
            assertThat(rejectAt(rejects, "entry 5 link").get("message")).contains("network (UNC) path");
            assertThat(rejectAt(rejects, "entry 6 link").get("message")).contains("percent-encoded '..'");
            assertThat(rejects).noneMatch(r -> r.get("location").equals("entry 1 link") || r.get("location").equals("entry 7 link"));
        }

        @Test
        void nothingWasDownloaded() {
            assertThat(reportHits.get()).isZero();
        }

        @Test
        void aSymbolicLinkOutOfTheFolderIsRejectedAndNotRead() throws IOException {
            assertThat(row(rejects, "source_file", "notes.txt")).containsEntry("reason_code", "unsafe_link");
            assertThat(row(CsvFiles.read(output.resolve("documents.csv")), "source_file", "notes.txt"))
                    .containsEntry("status", "rejected").containsEntry("sha256", "");
        }

        @Test
        void aWebPageNamedPdfIsUnsupportedAndGivesNoReview() {
            assertThat(row(rejects, "source_file", "Child_Q.pdf")).containsEntry("reason_code", "unsupported_type");
            assertThat(reviews).noneMatch(r -> r.get("source_file").equals("Child_Q.pdf"));
        }

        @Test
        void anEntryHeadingStartingWithEqualsIsAnEntryNeutralisedInTheCsvAndRawInTheTable() throws SQLException {
            assertThat(reviews).hasSize(8);
            Map<String, String> z8 = row(reviews, "child_name", "Child Z8");
            assertThat(z8).containsEntry("title", "'=Child Z8: Child safeguarding practice review")
                    .containsEntry("entry_no", "8");
            assertThat(row(reviews, "child_name", "Child Z7").get("summary")).doesNotContain("Z8");
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + output.resolve("casereviews").toAbsolutePath(), "sa", "");
                 ResultSet rs = c.createStatement().executeQuery("SELECT title FROM review WHERE child_name = 'Child Z8'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("=Child Z8: Child safeguarding practice review");
            }
        }
    }

    @Nested
    class WithFetching {
        static List<Map<String, String>> rejects;
        static List<Map<String, String>> reviews;

        @BeforeAll
        static void runOnce() throws IOException {
            Path output = dir.resolve("out-fetch");
            assertThat(run(output, "--fetch")).isZero();
            rejects = CsvFiles.read(output.resolve("rejects.csv"));
            reviews = CsvFiles.read(output.resolve("reviews.csv"));
        }

        @Test
        void theAllowedLinkIsDownloadedAndMatched() {
            assertThat(row(reviews, "child_name", "Child Z1")).containsEntry("report_status", "matched")
                    .containsEntry("report_file", "Testshire_CSPR_Child_Z01.pdf");
        }

        @Test
        void anEntryWhoseLinkWasRefusedIsNeverMatchedToAnotherEntrysDownload() {
            // entry 2 names the same file as entry 1's download, on a host that is not allowed
            assertThat(row(reviews, "child_name", "Child Z2")).containsEntry("report_status", "missing")
                    .containsEntry("report_file", "");
        }

        @Test
        void aRedirectToANameThatResolvesToLoopbackIsRefused() {
            assertThat(rejectAt(rejects, "entry 7 link")).containsEntry("reason_code", "unsafe_link");
            assertThat(rejectAt(rejects, "entry 7 link").get("message")).contains("redirected to http://localhost:").contains("loopback");
            assertThat(row(reviews, "child_name", "Child Z7")).containsEntry("report_status", "missing");
        }
    }
}
