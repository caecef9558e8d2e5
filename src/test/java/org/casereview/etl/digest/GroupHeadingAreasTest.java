package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 (digests b29, kind 5): a yearly round-up lists its reviews under nation headings and, under those, the
 * heading of the area that published each review, one level above the reviews' titles. Such a heading groups entries:
 * it is neither an entry nor a reject; when it names an area, that is the area of the entries under it unless an
 * entry states its own; a nation is no publishing area. Invented places and children.
 */
class GroupHeadingAreasTest {

    private static String review(String title, String summary) {
        return """
                #### %s

                %s

                Learning includes: the voice of the child; and information sharing between agencies.

                [Read practice review (PDF)](https://example.org/media/%d/review.pdf)

                """.formatted(title, summary, Math.abs(title.hashCode()));
    }

    private static final String ROUND_UP = "# Case reviews published in 2031\n\n"
            + "A list of case reviews published in 2031, arranged by nation and by the area that published them.\n\n"
            + "## England\n\n### Northmere\n\n"
            + review("Child SA: Child safeguarding practice review", "Neglect of a 6-year-old boy in 2029.")
            + "### Eastholt and Fenby\n\n"
            + review("Baby SB: Child safeguarding practice review", "Death of a 2-month-old girl in 2030.")
            + "## Scotland\n\n### Glenarrow\n\n"
            + review("Child SC: Learning review", "Sexual abuse of a 13-year-old girl in 2029.")
            + review("2031 - Kilbride Moss - Child SF", "Physical abuse of a 4-year-old boy in 2030.")
            + "## Wales\n\n"
            + review("Child SD: Child practice review", "Neglect of a 9-month-old girl in 2028.")
            + "## Northern Ireland\n\nNo case management reviews were published in Northern Ireland in 2031.\n";

    @Test
    void theAreaHeadingOverAnEntryIsItsAreaAndNationHeadingsAreNoRejects() {
        ParsedDigest digest = new DigestParser().parse(ROUND_UP);

        assertThat(digest.entries()).extracting(DigestEntry::childName)
                .containsExactly("Child SA", "Baby SB", "Child SC", "Child SF", "Child SD");
        assertThat(digest.entries()).extracting(DigestEntry::area)
                .containsExactly("Northmere", "Eastholt and Fenby", "Glenarrow", "Kilbride Moss", null);
        assertThat(digest.problems()).isEmpty();
        assertThat(digest.entries().get(2).title()).isEqualTo("Child SC: Learning review");
    }

    @Test
    void groupHeadingsThatNameNoPlaceGiveNoArea() {
        ParsedDigest digest = new DigestParser().parse("# Case reviews update\n\n"
                + "The case reviews added to the repository this month.\n\n"
                + "### Thematic Reviews\n\n"
                + review("Children SG and SH: Thematic review", "Criminal exploitation of two boys aged 15 in 2030.")
                + "### Reviews of individual children\n\n"
                + review("Child SJ: Serious case review", "Neglect of a 7-year-old girl in 2028.")
                + "### Infants\n\n"
                + review("Baby SK: Child safeguarding practice review", "Death of a 5-week-old boy in 2030."));

        assertThat(digest.entries()).extracting(DigestEntry::childName)
                .containsExactly("Children SG and SH", "Child SJ", "Baby SK");
        assertThat(digest.entries()).extracting(DigestEntry::area).containsOnlyNulls();
        assertThat(digest.problems()).isEmpty();
    }

    @Test
    void aHeadingWithTextOfItsOwnIsNoAreaHeading() {
        ParsedDigest digest = new DigestParser().parse("# Case reviews published in May 2031\n\n"
                + "## Westholm\n\nWestholm published two reviews this month; both are listed below.\n\n"
                + review("Child SL: Serious case review", "Neglect of a 10-year-old boy in 2029."));

        assertThat(digest.entries()).extracting(DigestEntry::area).containsExactly((String) null);
        assertThat(digest.entries().get(0).title()).isEqualTo("Child SL: Serious case review");
    }
}
