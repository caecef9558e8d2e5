package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.junit.jupiter.api.Test;

/**
 * A title wrapped in a narrow column so that its first line is only the children's names and the colon, the review's
 * kind on the lines under it (digests-e2e-pending b41, kind 2): the three lines are one title. Every child here is
 * invented.
 */
class NameLineTitleTest {

    private static final String DIGEST = """
            Reviews published in June 2033

            Children MV and NV:
            Local child safeguarding
            practice review
            Neglect of two sisters, aged 2 and 5, in 2032. They were
            left with a neighbour for weeks at a time.
            Learning includes:
            - the neighbour was never asked who she was
            Recommendations include:
            - check who is caring for a child when a parent is away

            Child PW: Serious case
            review
            Physical abuse of a 7-year-old boy in 2031 by his stepfather.
            Learning includes:
            - bruises were put down to football
            """;

    @Test
    void aNameLineOverTheReviewsKindStartsTheTitle() {
        List<DigestEntry> entries = new DigestParser().parse(DIGEST).entries();

        assertThat(entries).extracting(DigestEntry::title).containsExactly(
                "Children MV and NV: Local child safeguarding practice review", "Child PW: Serious case review");
        assertThat(entries.get(0).summary()).startsWith("Neglect of two sisters");
    }
}
