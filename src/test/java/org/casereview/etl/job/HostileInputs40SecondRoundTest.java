package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.casereview.etl.CaseReviewEtl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 40's second round (hostile-fix), in one whole run (everything invented): a links.csv whose bad rows read
 * "links.csv line 2: links.csv line 2: ..." in rejects.csv (the place written twice), and a digest of 30 entries whose
 * report links are each longer than a link may be (first contact: 30 reject rows, one an entry, while the digest's
 * other problems stop at 20 and a summary), and a flat ODF digest with a billion-laughs DOCTYPE (first contact: the
 * JDK's limit stopped it, told as {@code corrupt} "damaged or cannot be parsed").
 */
class HostileInputs40SecondRoundTest {

    private static final String DIGEST = "long-links-2021-11.md";
    private static final int ENTRIES = 30;
    private static final String LAUGHS = "laughs-2021-11.fodt";

    @TempDir
    static Path dir;
    static int exit;
    static List<Map<String, String>> rejects;
    static List<Map<String, String>> reviews;

    @BeforeAll
    static void runOnce() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        StringBuilder digest = new StringBuilder("NSPCC Repository \u2013 November 2021\n\n");
        for (int n = 1; n <= ENTRIES; n++) {
            digest.append(entry(n, "Child R" + n, "https://learning.nspcc.org.uk/media/" + "b".repeat(2_500 + n) + ".pdf"));
        }
        Files.writeString(input.resolve(DIGEST), digest);
        Files.writeString(input.resolve("links.csv"), "entry,file\n\"unclosed,Report_1.pdf\nNo Such Child,Report_2.pdf\n");
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE office:document [<!ENTITY lol0 \"lol\">");
        for (int n = 1; n <= 9; n++) {
            laughs.append("<!ENTITY lol").append(n).append(" \"").append(("&lol" + (n - 1) + ";").repeat(10)).append("\">");
        }
        Files.writeString(input.resolve(LAUGHS), laughs.append("]>\n<office:document"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\""
                + " office:mimetype=\"application/vnd.oasis.opendocument.text\"><office:body><office:text>"
                + "<text:h text:outline-level=\"1\">Child R40: Child safeguarding practice review</text:h>"
                + "<text:p>Neglect of a 3-year-old girl in 2020. &lol9;</text:p></office:text></office:body></office:document>"));
        Path output = dir.resolve("out");
        exit = CaseReviewEtl.execute("run", "--input", input.toString(), "--output", output.toString(), "--month", "2021-11");
        rejects = CsvFiles.read(output.resolve("rejects.csv"));
        reviews = CsvFiles.read(output.resolve("reviews.csv"));
    }

    private static String entry(int n, String child, String link) {
        return """
                %d. %s: Child safeguarding practice review

                Neglect of a %d-year-old girl in 2020 after agencies lost sight of her.

                Learning includes: agencies did not share what they knew; the voice of the child was not heard.

                Other resources [Read practice review (PDF)](%s)

                """.formatted(n, child, n % 10 + 1, link);
    }

    @Test
    void theRunCompletesWithEveryEntryLoadedWithoutItsLink() {
        assertThat(exit).isZero();
        assertThat(reviews).filteredOn(r -> r.get("source_file").equals(DIGEST)).hasSize(ENTRIES)
                .allSatisfy(r -> assertThat(r).containsEntry("report_link", ""));
    }

    @Test
    void aLinksFileProblemNamesItsPlaceOnce() {
        assertThat(rows("links.csv")).extracting(r -> r.get("location") + " | " + r.get("message")).containsExactlyInAnyOrder(
                "link | links.csv line 2: cannot parse the row: a quoted field is not closed",
                "link | links.csv line 3: no digest entry has the review id or title 'No Such Child'");
    }

    @Test
    void tooLongLinksAreListedTwentyThenSummedUpInOneRow() {
        List<Map<String, String>> digestRows = rows(DIGEST);
        assertThat(digestRows).hasSize(21).allSatisfy(r -> assertThat(r).containsEntry("reason_code", "too_large"));
        assertThat(digestRows).extracting(r -> r.get("location")).filteredOn(l -> l.matches("entry \\d+ link"))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 20)
                        .mapToObj(n -> "entry " + n + " link").toList());
        assertThat(rejectAt("entry 1 link")).containsEntry("message", "the report link of entry 1 is 2541 characters,"
                + " more than the 2000 a link may have; the entry is loaded without it");
        assertThat(rejectAt("entry 21 link to entry 30 link")).containsEntry("message",
                "10 more problems not listed one by one (10 too_large), from entry 21 link to entry 30 link; the first"
                        + " was: the report link of entry 21 is 2561 characters, more than the 2000 a link may have; the"
                        + " entry is loaded without it");
    }

    @Test
    void aFlatOdfWhoseDoctypeMultipliesItsTextIsOneTooLargeRow() {
        assertThat(rows(LAUGHS)).singleElement().satisfies(r -> assertThat(r).containsEntry("location", "file")
                .containsEntry("reason_code", "too_large").containsEntry("message", LAUGHS + ": the"
                        + " application/vnd.oasis.opendocument.flat.text file is refused: its XML declares entities that"
                        + " expand into more than 20 others (a DOCTYPE that multiplies its text), more than the reader allows"));
    }

    private static Map<String, String> rejectAt(String location) {
        return rows(DIGEST).stream().filter(r -> r.get("location").equals(location)).findFirst()
                .orElseThrow(() -> new AssertionError("no reject at " + location + " in " + rejects));
    }

    private static List<Map<String, String>> rows(String sourceFile) {
        return rejects.stream().filter(r -> r.get("source_file").equals(sourceFile)).toList();
    }
}
