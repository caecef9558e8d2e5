package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ContentsListsTest {

    private static final UnitShapes HEADINGS = new UnitShapes(DigestGrammar.standard());

    @Test
    void titlesEndingInPageNumbersThatOpenLaterLinesAreDropped() {
        List<Unit> units = List.of(new Unit(1, "1 Child A: death of a baby 2"), new Unit(2, "2 Child B: neglect 3"),
                new Unit(3, "Child A: death of a baby"), new Unit(4, "Summary text."),
                new Unit(5, "Child B: neglect"), new Unit(6, "More text."));
        assertThat(ContentsLists.drop(units, HEADINGS::isHeadingLike)).extracting(Unit::text).containsExactly("Child A: death of a baby",
                "Summary text.", "Child B: neglect", "More text.");
    }

    @Test
    void paragraphsEndingInANumberAreNoContentsLines() {
        String first = "Child A: " + "the family moved between three local authorities and agencies did not share what they knew ".repeat(3) + "2";
        String second = "Child A: " + "the school raised concerns about attendance and the health visitor saw the baby twice ".repeat(3) + "3";
        // the same words open later paragraphs: only the length tells these from a contents list
        List<Unit> units = List.of(new Unit(1, first), new Unit(2, second),
                new Unit(3, first.substring(0, first.length() - 2) + " before the review."),
                new Unit(4, second.substring(0, second.length() - 2) + " in the spring."));
        assertThat(ContentsLists.drop(units, HEADINGS::isHeadingLike)).hasSize(4);
    }

    @Test
    void indexRowsWithTrailingCellsAndNoPageNumbersAreDroppedWhenTheirTitlesHeadLaterLinesInOrder() {
        List<Unit> units = List.of(new Unit(1, "In this digest"), new Unit(2, "No. Review Report"),
                new Unit(3, "1 Child RW: Serious case review overview report"),
                new Unit(4, "2 Baby SW: Child safeguarding practice review practice review"),
                new Unit(5, "Child RW: Serious case review"), new Unit(6, "Neglect of a boy aged 6 in 2021."),
                new Unit(7, "Baby SW: Child safeguarding practice review"), new Unit(8, "Death of a baby in 2024."));
        assertThat(ContentsLists.drop(units, HEADINGS::isHeadingLike)).extracting(Unit::text).containsExactly(
                "In this digest", "No. Review Report", "Child RW: Serious case review", "Neglect of a boy aged 6 in 2021.",
                "Baby SW: Child safeguarding practice review", "Death of a baby in 2024.");
    }

    @Test
    void numberedLinesStayWhenTheirTitlesComeLaterOutOfOrderOrWithMoreThanACellAfterThem() {
        List<Unit> outOfOrder = List.of(new Unit(1, "1 Child RW: Serious case review overview report"),
                new Unit(2, "2 Baby SW: Child safeguarding practice review practice review"),
                new Unit(3, "Baby SW: Child safeguarding practice review"), new Unit(4, "Death of a baby in 2024."),
                new Unit(5, "Child RW: Serious case review"), new Unit(6, "Neglect of a boy aged 6 in 2021."));
        List<Unit> sentences = List.of(new Unit(1, "1 Child RW: Serious case review was not shared with the school in time"),
                new Unit(2, "2 Baby SW: Child safeguarding practice review found that no one asked the father"),
                new Unit(3, "Child RW: Serious case review"), new Unit(4, "Neglect of a boy aged 6 in 2021."),
                new Unit(5, "Baby SW: Child safeguarding practice review"), new Unit(6, "Death of a baby in 2024."));
        assertThat(ContentsLists.drop(outOfOrder, HEADINGS::isHeadingLike)).hasSize(6);
        assertThat(ContentsLists.drop(sentences, HEADINGS::isHeadingLike)).hasSize(6);
    }
}
