package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ContentsListsTest {

    @Test
    void titlesEndingInPageNumbersThatOpenLaterLinesAreDropped() {
        List<Unit> units = List.of(new Unit(1, "1 Child A: death of a baby 2"), new Unit(2, "2 Child B: neglect 3"),
                new Unit(3, "Child A: death of a baby"), new Unit(4, "Summary text."),
                new Unit(5, "Child B: neglect"), new Unit(6, "More text."));
        assertThat(ContentsLists.drop(units)).extracting(Unit::text).containsExactly("Child A: death of a baby",
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
        assertThat(ContentsLists.drop(units)).hasSize(4);
    }
}
