package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.junit.jupiter.api.Test;

/**
 * A digest whose report links are numbered references ("Read the review (PDF)[1]") resolved in a References list at
 * its end that names each report before its link ("[1] Child AQ, learning review (PDF)." and the link on the same or
 * the next line: a bare URL, or the link a text layer gives for a link annotation, its words the URL broken by a
 * space). The list's lines are the entries' links, not entries of their own. Counter-examples: a numbered title
 * nothing refers to above stays an entry, link or not. Invented reviews.
 */
class ReferencesListLinkNotesTest {

    private static final String ENTRIES = """
            Case reviews published in January 2026

            1. Child AQ: Learning review
            Neglect of a 4-year-old boy in 2024 whose parents misused alcohol.
            Learning includes:
            - the health visitor's concerns were not shared with the nursery
            Read learning review (PDF)[1]

            2. Child BQ: Child safeguarding practice review
            Death of a 15-year-old girl in 2025 who took her own life.
            Learning includes:
            - her school did not know she was waiting for CAMHS
            Read practice review (PDF)[2]

            References

            """;

    @Test
    void aReferencesListNamingTheReportsGivesTheEntriesTheirLinks() {
        ParsedDigest digest = new DigestParser().parse(ENTRIES + """
                [1] Child AQ, learning review (PDF).
                [https://example.org/media/2026/ aq-review.pdf](https://example.org/media/2026/aq-review.pdf)

                [2] Child BQ, practice review (PDF). https://example.org/media/2026/bq-review.pdf
                """);

        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child AQ: Learning review", "Child BQ: Child safeguarding practice review");
        assertThat(digest.entries()).extracting(DigestEntry::linkTarget).containsExactly(
                "https://example.org/media/2026/aq-review.pdf", "https://example.org/media/2026/bq-review.pdf");
    }

    @Test
    void aBareLinkOnTheNextLineIsTheNotesTargetToo() {
        ParsedDigest digest = new DigestParser().parse(ENTRIES + """
                [1] Child AQ, learning review (PDF).
                https://example.org/media/2026/aq-review.pdf

                [2] Child BQ, practice review (PDF).
                <https://example.org/media/2026/bq-review.pdf>
                """);

        assertThat(digest.entries()).hasSize(2);
        assertThat(digest.entries().get(1).linkTarget()).isEqualTo("https://example.org/media/2026/bq-review.pdf");
    }

    @Test
    void aNumberedTitleNothingRefersToAboveIsNoNote() {
        String text = "Introduction to the month's reviews.\n\n[1] Child CQ, practice review\nhttps://example.org/cq.pdf\n"
                + "\nSee the summary [1]";
        assertThat(BracketedLinkNotes.inline(text)).isEqualTo(text);
    }
}
