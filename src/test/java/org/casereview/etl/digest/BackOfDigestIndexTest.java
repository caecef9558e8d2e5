package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.junit.jupiter.api.Test;

/**
 * A printed digest whose last page is an index of its reviews by theme (invented reviews): theme lines over the
 * titles of reviews already read, each with the page it is on. It is furniture, not more entries.
 */
class BackOfDigestIndexTest {

    private static final String ENTRIES = """
            Safeguarding reviews - spring 2026

            Child DX: Serious case review
            Neglect of a 5-year-old girl in 2022. Her father misused alcohol.

            Learning includes:
            - the school's concerns were not escalated

            Recommendations include:
            - review attendance data every month

            Child EY: Child safeguarding practice review
            Physical abuse of a 9-month-old baby boy in 2024.

            Learning includes:
            - bruising in a baby who could not crawl was not referred

            Recommendations include:
            - use the bruising protocol for every baby who is not yet mobile

            """;

    @Test
    void anIndexWithDotLeadersAfterTheLastEntryIsNoEntry() {
        ParsedDigest digest = new DigestParser().parse(ENTRIES + """
                Alphabetical index by theme

                Neglect
                Child DX . . . . . . . . . . . . . 1
                Physical abuse
                Child EY . . . . . . . . . . . . . 2
                Babies
                Child EY . . . . . . . . . . . . . 2
                """);

        assertOnlyTheTwoReviews(digest);
    }

    @Test
    void anIndexWithPageNumbersAfterASpaceIsNoEntryEither() {
        ParsedDigest digest = new DigestParser().parse(ENTRIES + """
                Themes

                Alcohol misuse
                Child DX 1

                Physical abuse
                Child EY 2
                """);

        assertOnlyTheTwoReviews(digest);
    }

    private static void assertOnlyTheTwoReviews(ParsedDigest digest) {
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child DX: Serious case review", "Child EY: Child safeguarding practice review");
        assertThat(digest.entries().get(1).sections().stream().flatMap(s -> s.items().stream()).map(Item::text))
                .containsExactly("bruising in a baby who could not crawl was not referred",
                        "use the bruising protocol for every baby who is not yet mobile");
        assertThat(digest.problems()).isEmpty();
    }
}
