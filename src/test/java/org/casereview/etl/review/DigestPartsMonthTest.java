package org.casereview.etl.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.RejectRow;
import org.casereview.etl.document.ReviewRow;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two monthly digests put into one file (a merge of two PDFs, two e-mails pasted into one text): each part has its
 * own heading naming its month and an intro, and each entry is of the digest it came from (DATA-MODEL: digest_month
 * 'of the digest the entry came from (from its heading ...)'). A heading that only groups one digest's entries by the
 * month they were published in is no second digest. Invented digests, written here.
 */
class DigestPartsMonthTest {

    private static final YearMonth RUN_MONTH = YearMonth.of(2026, 11);

    @TempDir
    Path dir;

    private final DigestLoader loader = new DigestLoader(new DocumentTextExtractor(), new DigestParser(),
            ReviewNormaliser.withDefaultVocabulary());

    @Test
    void theEntriesAfterASecondDigestsHeadingAreOfItsMonth() throws Exception {
        DigestLoader.Reading reading = read(part("Case review digest – January 2026", "January 2026", "CX", "DX")
                + part("Case review digest – February 2026", "February 2026", "EX", "FX"));

        assertThat(reading.reviews()).extracting(r -> r.row().title(), r -> r.row().digestMonth(),
                r -> r.row().publicationYear()).containsExactly(
                tuple("Child CX: Child safeguarding practice review", "2026-01", 2026),
                tuple("Child DX: Child safeguarding practice review", "2026-01", 2026),
                tuple("Child EX: Child safeguarding practice review", "2026-02", 2026),
                tuple("Child FX: Child safeguarding practice review", "2026-02", 2026));
        assertThat(reading.rejects()).extracting(RejectRow::message).isEmpty();
    }

    @Test
    void aSecondPartOfAnotherYearGivesItsEntriesThatYear() throws Exception {
        DigestLoader.Reading reading = read(part("Case review digest – December 2025", "December 2025", "CX", "DX")
                + part("Case review digest – January 2026", "January 2026", "EX", "FX"));

        assertThat(reading.reviews()).extracting(r -> r.row().digestMonth(), r -> r.row().publicationYear())
                .containsExactly(tuple("2025-12", 2025), tuple("2025-12", 2025), tuple("2026-01", 2026),
                        tuple("2026-01", 2026));
    }

    @Test
    void aDigestOfOneMonthKeepsItsMonthForEveryEntry() throws Exception {
        DigestLoader.Reading reading = read(part("Case review digest – January 2026", "January 2026", "CX", "DX"));

        assertThat(reading.reviews()).extracting(r -> r.row().digestMonth()).containsExactly("2026-01", "2026-01");
    }

    @Test
    void aHeadingThatOnlyGroupsTheEntriesByMonthKeepsTheDigestsMonth() throws Exception {
        DigestLoader.Reading reading = read("Case review digest – February 2026\n\nPublished in February 2026\n\n"
                + entry("CX") + entry("DX") + "Published in January 2026, added this month\n\n" + entry("EX") + entry("FX"));

        assertThat(reading.reviews()).extracting(r -> r.row().digestMonth())
                .containsExactly("2026-02", "2026-02", "2026-02", "2026-02");
    }

    private DigestLoader.Reading read(String text) throws Exception {
        Path file = dir.resolve("digest.txt");
        Files.writeString(file, text);
        return loader.read(loader.parse(file), "digest.txt", RUN_MONTH);
    }

    /** One digest: heading, intro, two entries. */
    private static String part(String heading, String month, String first, String second) {
        return heading + "\n\nIn " + month + " two case reviews were published. Every child, family and place in this"
                + " digest is invented.\n\n" + entry(first) + entry(second);
    }

    private static String entry(String name) {
        return String.join("\n", List.of("Child " + name + ": Child safeguarding practice review", "",
                "Neglect of a 7-year-old boy in 2024 whose mother misused alcohol. Child " + name + " is White British.",
                "", "Learning includes:", "", "- the school's concerns were not shared with children's social care",
                "", "Recommendations include:", "", "- share every concern about neglect with children's social care",
                "", "Read practice review (PDF): https://learning.nspcc.org.uk/media/test/" + name.toLowerCase() + ".pdf", "", ""));
    }
}
