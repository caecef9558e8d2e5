package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.junit.jupiter.api.Test;

/**
 * A repository listing: under each linked title a row of topic tags (each its own short phrase: 'Physical abuse',
 * 'Under 5s'), then a meta line '&lt;review type&gt; · Added &lt;date&gt;', then the summary. The meta line is the entry's
 * date line, and the short phrases before it are the entry's tags: neither is summary, so no year or outcome is read
 * from them. The text is as the job reads such a listing (Chromium, tagged: b45's chips file, names invented).
 */
class ListingTagsAndMetaLineTest {

    private static final String LISTING = """
            # New in the repository: January 2026

            Four case reviews were added to the repository in January 2026. Every child, family and place here is invented.

            ### [Child WP: Child safeguarding practice review](https://example.org/wp.pdf)

            Physical abuse

            Head injuries

            Under 5s

            Care leavers

            Child safeguarding practice review \u00b7 Added 8 January 2026

            Serious harm to a 2-year-old boy in 2025 who was found to have a fractured skull. Child WP is White British.

            Learning includes:

            - the boyfriend was not assessed although he often looked after Child WP

            [Read practice review (PDF)](https://example.org/wp.pdf)

            ### [Baby YP: Child safeguarding practice review](https://example.org/yp.pdf)

            Sudden unexpected death in infancy

            Young parents

            Babies

            Child safeguarding practice review \u00b7 Added 20 January 2026

            Death of a 3-day-old baby boy in 2024 who was found unresponsive in a car seat. Baby YP is White British.

            Learning includes:

            - the early discharge was not passed on to the community midwife

            [Read practice review (PDF)](https://example.org/yp.pdf)
            """;

    @Test
    void theTagsAndTheMetaLineUnderATitleAreNoSummary() {
        ParsedDigest digest = new DigestParser().parse(LISTING);

        assertThat(digest.entries()).extracting(DigestEntry::summary).containsExactly(
                "Serious harm to a 2-year-old boy in 2025 who was found to have a fractured skull. Child WP is White British.",
                "Death of a 3-day-old baby boy in 2024 who was found unresponsive in a car seat. Baby YP is White British.");
        assertThat(digest.entries()).extracting(DigestEntry::headingYear).containsExactly(2026, 2026);
    }

    /** Session 26's CV2 (b45's chips file without its meta line): the tags alone before the summary are no summary. */
    @Test
    void theTagsWithoutAMetaLineAreNoSummaryEither() {
        ParsedDigest digest = new DigestParser().parse(LISTING.replaceAll("(?m)^Child safeguarding practice review \u00b7 Added .*\n\n", ""));

        assertThat(digest.entries()).extracting(DigestEntry::summary).containsExactly(
                "Serious harm to a 2-year-old boy in 2025 who was found to have a fractured skull. Child WP is White British.",
                "Death of a 3-day-old baby boy in 2024 who was found unresponsive in a car seat. Baby YP is White British.");
    }

    @Test
    void aLineOfPartsAfterADotWithADateLineIsAnEntryDetail() {
        DetailLines details = new DetailLines(DigestGrammar.from(org.casereview.etl.vocabulary.Vocabulary.bundled()));

        assertThat(details.isEntryDetail("Child safeguarding practice review \u00b7 Added 8 January 2026")).isTrue();
        assertThat(details.dateLineYear("Learning review \u00b7 Added 14 January 2026")).isEqualTo(2026);
        assertThat(details.isEntryDetail("The review was added in 2026 after a long delay \u00b7 see below")).isFalse();
    }
}
