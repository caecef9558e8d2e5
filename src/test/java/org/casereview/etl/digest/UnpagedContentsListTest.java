package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.junit.jupiter.api.Test;

/** A contents list without page numbers: lines under a contents title that are printed again, in order, further down. */
class UnpagedContentsListTest {

    private static final UnitShapes SHAPES = new UnitShapes(DigestGrammar.standard());

    private static final String DIGEST = """
            Case reviews: September 2035

            Contents

            Baby LZ: Serious case review
            - Learning
            Young person MZ: Learning review
            - Learning
            - Recommendations

            Two reviews are summarised below. Every child and place here is invented.

            Baby LZ: Serious case review

            Baby LZ, a 3-month-old girl, died in 2034 after co-sleeping with her mother, who had been drinking.

            Learning:
            - advice on alcohol and co-sleeping was not repeated after the birth

            Young person MZ: Learning review

            Young person MZ, a 15-year-old boy, was exploited to carry drugs in 2033.

            Learning:
            - his exclusion from school was not shared with the youth offending team

            Recommendations:
            - share every exclusion of a child known to be exploited
            """;

    @Test
    void nestedLinesUnderAContentsTitleThatRepeatLaterAreAContentsList() {
        ParsedDigest digest = new DigestParser().parse(DIGEST);

        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Baby LZ: Serious case review", "Young person MZ: Learning review");
        assertThat(digest.entries().get(0).summary()).startsWith("Baby LZ, a 3-month-old girl");
        assertThat(digest.heading()).isEqualTo("Case reviews: September 2035");
    }

    @Test
    void linesUnderAContentsTitleThatAreNotPrintedAgainStay() {
        List<Unit> units = List.of(new Unit(1, "Contents"), new Unit(2, "Foreword by the chair"),
                new Unit(3, "About the reviews"), new Unit(4, "Child NZ: Serious case review"), new Unit(5, "Text."));

        assertThat(ContentsLists.drop(units, SHAPES::isHeadingLike)).hasSize(5);
    }
}
