package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.job.CsvFiles.row;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.casereview.etl.CaseReviewEtl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 40's hostile inputs that failed the run or chose wrongly, in one whole run (everything invented): an entry
 * whose report link is longer than a link may be (first contact: 1 MB, the digest step's write failed and with it the
 * run), a report linked by 12 entries of which the last names its child (it lost the report to the first ten), a
 * links.csv past its size limit (60 MB ran the run out of memory), a file name whose bytes are no UTF-8 (rejected
 * {@code corrupt}: "cannot read").
 */
@EnabledOnOs(OS.LINUX)
class HostileInputs40RunTest {

    private static final String REPORT = "Testshire_CSPR_Child_Z1.pdf";

    @TempDir
    static Path dir;
    static int exit;
    static List<Map<String, String>> rejects;
    static List<Map<String, String>> reviews;

    @BeforeAll
    static void runOnce() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        GeneratedInputs.writeReport(input.resolve(REPORT), "Child Z1", 3);
        StringBuilder digest = new StringBuilder("NSPCC Repository \u2013 November 2021\n\n")
                .append(entry(1, "Child U1", "https://learning.nspcc.org.uk/media/" + "a".repeat(3_000) + ".pdf"));
        for (int n = 2; n <= 12; n++) {
            digest.append(entry(n, "Child L" + n, REPORT));
        }
        digest.append(entry(13, "Child Z1", REPORT));
        Files.writeString(input.resolve("hostile-2021-11.md"), digest);
        try (Writer out = Files.newBufferedWriter(input.resolve("links.csv"))) {
            out.write("entry,file\n");
            for (int n = 0; n < 45_000; n++) {
                out.write("Child X" + n + ",Report_" + n + ".pdf\n");
            }
        }
        // a name of bytes 0xFF 0xFE 0x80, which no UTF-8 decoder accepts: written by the shell, as Java cannot
        assertThat(new ProcessBuilder("sh", "-c", "cp \"$1/" + REPORT + "\" \"$1/$(printf 'Bad_\\377\\376\\200.pdf')\"",
                "sh", input.toString()).start().waitFor()).isZero();
        Path output = dir.resolve("out");
        exit = CaseReviewEtl.execute("run", "--input", input.toString(), "--output", output.toString(), "--month", "2021-11");
        rejects = CsvFiles.read(output.resolve("rejects.csv"));
        reviews = CsvFiles.read(output.resolve("reviews.csv"));
    }

    private static String entry(int n, String child, String link) {
        return """
                %d. %s: Child safeguarding practice review

                Neglect of a %d-year-old boy in 2020 after agencies lost sight of him.

                Learning includes: agencies did not share what they knew; the voice of the child was not heard.

                Other resources [Read practice review (PDF)](%s)

                """.formatted(n, child, n % 10 + 1, link);
    }

    private static Map<String, String> rejectAt(String location) {
        return rejects.stream().filter(r -> r.get("location").equals(location)).findFirst()
                .orElseThrow(() -> new AssertionError("no reject at " + location + " in " + rejects));
    }

    @Test
    void theRunCompletes() {
        assertThat(exit).isZero();
        assertThat(reviews).filteredOn(r -> r.get("source_file").equals("hostile-2021-11.md")).hasSize(13);
    }

    @Test
    void aLinkLongerThanALinkMayBeIsDroppedWithARejectNamingTheEntry() {
        assertThat(rejectAt("entry 1 link")).containsEntry("source_file", "hostile-2021-11.md")
                .containsEntry("reason_code", "too_large").containsEntry("message", "the report link of entry 1 is 3040"
                        + " characters, more than the 2000 a link may have; the entry is loaded without it");
        assertThat(row(reviews, "child_name", "Child U1")).containsEntry("report_link", "")
                .containsEntry("report_status", "missing");
    }

    @Test
    void theEntryNamingTheSharedReportsChildKeepsIt() {
        assertThat(row(reviews, "child_name", "Child Z1")).containsEntry("report_status", "matched")
                .containsEntry("report_file", REPORT);
        assertThat(reviews).filteredOn(r -> r.get("report_file").equals(REPORT)).hasSize(10);
        assertThat(row(reviews, "child_name", "Child L11")).containsEntry("report_status", "missing");
        assertThat(rejectAt("link").get("message")).startsWith("12 entries link this report; the 10 most like it")
                .contains("(2021-11-child-z1, 2021-11-child-l2, ").contains("the other 2 (2021-11-child-l11, 2021-11-child-l12)");
    }

    @Test
    void aLinksFileOverItsLimitIsNotReadAndSaysWhy() {
        assertThat(rows("links.csv")).singleElement().satisfies(r -> assertThat(r).containsEntry("reason_code", "too_large")
                .containsEntry("location", "link").containsEntry("message", "links.csv: 1327791 bytes is more than the"
                        + " 1048576 bytes a links file may have; not read, no entry is linked by it"));
    }

    @Test
    void aNameThatIsNoUtf8IsRefusedWithWhatToDo() throws IOException {
        // read as written: the CSV reader of the tests takes a backslash for an escape
        assertThat(Files.readAllLines(dir.resolve("out/rejects.csv"))).contains("2021-11/1,Bad_\\ufffd\\ufffd\\ufffd.pdf,"
                + "file,other,the file name is not valid UTF-8 (each \\ufffd stands for bytes that are not); rename the file"
                + " to load it");
    }

    private static List<Map<String, String>> rows(String sourceFile) {
        return rejects.stream().filter(r -> r.get("source_file").equals(sourceFile)).toList();
    }
}
