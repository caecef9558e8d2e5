package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.junit.jupiter.api.Test;

/**
 * A contents list of bare titles: no row number, page number or link. Outlook's 'Save as > Text Only' of an HTML
 * newsletter (digests-e2e b46) flattens its 'In this issue' table to one line per row, a tab between the cells; the
 * titles head the entries below, in the same order.
 */
class TitleRowContentsTest {

    private static final UnitShapes SHAPES = new UnitShapes(DigestGrammar.standard());

    /** The newsletter's body as Outlook saved it (b46), cut to two of its four reviews; every name invented. */
    private static final String NEWSLETTER = """
            [cid:image001.png@01DC3821.4E6A2F10]
            View this email in your browser<https://learning.nspcc.example/newsletters/2025-09>
            \u00a0
            Case reviews published in September 2025

            Two case reviews were published in September 2025. Every child, family, person and place in this newsletter is invented for testing.
            \u00a0
            In this issue

            Child AKQ: Child safeguarding practice review\tPractice review
            Child BLQ: Serious case review\tOverview
            \u00a0
            [cid:image002.png@01DC3821.4E6A2F10]

            Child AKQ: Child safeguarding practice review

            Serious harm to a 4-year-old girl in 2024 who was found to have a scald to her feet and lower legs that had not been treated for several days.

            Learning:

              *   the delay in seeking treatment was not seen as a safeguarding concern in itself
              *   the older half-brothers were never asked what had happened

            Read practice review (PDF)<https://learning.nspcc.org.uk/media/20250901/case-review.pdf>
            \u00a0
            [cid:image003.png@01DC3821.4E6A2F10]

            Child BLQ: Serious case review

            Death of a 7-week-old boy in 2019 from a head injury. His father, aged 23, was later convicted of his murder.

            Learning:

              *   the father\u2019s drug use was not shared with the midwife

            Read overview report (PDF)<https://learning.nspcc.org.uk/media/20250902/case-review.pdf>
            """;

    @Test
    void aFlattenedInThisIssueTableIsAContentsListAndEveryReviewIsReadOnce() {
        ParsedDigest digest = new DigestParser().parse(NEWSLETTER);

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child AKQ: Child safeguarding practice review", "Child BLQ: Serious case review");
        assertThat(digest.entries().get(0).summary()).startsWith("Serious harm to a 4-year-old girl");
        assertThat(digest.entries().get(1).summary()).startsWith("Death of a 7-week-old boy");
        assertThat(digest.problems()).isEmpty();
    }

    @Test
    void titlesAloneOrWithACellAfterThemThatHeadTheEntriesBelowInOrderAreDropped() {
        List<Unit> units = List.of(new Unit(1, "In this issue"),
                new Unit(2, "Child AKQ: Child safeguarding practice review Practice review"),
                new Unit(3, "Child BLQ: Serious case review"),
                new Unit(4, "Child AKQ: Child safeguarding practice review"), new Unit(5, "Serious harm to a girl in 2024."),
                new Unit(6, "Child BLQ: Serious case review"), new Unit(7, "Death of a baby in 2019."));

        assertThat(ContentsLists.drop(units, SHAPES::isHeadingLike)).extracting(Unit::line).containsExactly(1, 4, 5, 6, 7);
    }

    @Test
    void titlesThatComeLaterOutOfOrderOrThemesOfOneWordStay() {
        List<Unit> outOfOrder = List.of(new Unit(1, "Child BLQ: Serious case review"),
                new Unit(2, "Child AKQ: Child safeguarding practice review"),
                new Unit(3, "Child AKQ: Child safeguarding practice review"), new Unit(4, "Serious harm to a girl in 2024."),
                new Unit(5, "Child BLQ: Serious case review"), new Unit(6, "Death of a baby in 2019."));
        List<Unit> themes = List.of(new Unit(1, "Neglect"), new Unit(2, "Exploitation"),
                new Unit(3, "Neglect"), new Unit(4, "Child A: Serious case review"), new Unit(5, "Neglect of a boy in 2021."),
                new Unit(6, "Exploitation"), new Unit(7, "Child B: Serious case review"), new Unit(8, "A boy was exploited."));

        assertThat(ContentsLists.drop(outOfOrder, SHAPES::isHeadingLike)).hasSize(6);
        assertThat(ContentsLists.drop(themes, SHAPES::isHeadingLike)).hasSize(8);
    }
}
