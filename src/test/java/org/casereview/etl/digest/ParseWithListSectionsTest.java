package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.ParsedDigest;
import org.junit.jupiter.api.Test;

/** {@link DigestParser#parseWithListSections}: the parse itself, or empty when no entry could have a list section. */
class ParseWithListSectionsTest {

    private final DigestParser parser = new DigestParser();

    private static final String DIGEST = """
            Case review digest

            1. Child P: Child safeguarding practice review
            Neglect of a 6-year-old girl in 2021.
            Learning includes: one thing; another thing.
            Read full overview (PDF)

            2. Baby Q: Child safeguarding practice review
            Injuries to a 4-month-old baby boy in 2019.
            Recommendations include: do this; do that.
            Read full overview (PDF)
            """;

    @Test
    void aTextWithListLabelsIsParsedAsParseDoes() {
        ParsedDigest parsed = parser.parse(DIGEST);

        assertThat(parsed.entries()).hasSize(2);
        assertThat(parser.parseWithListSections(DIGEST)).contains(parsed);
    }

    @Test
    void entriesWithoutAListLabelGiveNothing() {
        String summariesOnly = """
                1. Child P: Child safeguarding practice review
                Neglect of a 6-year-old girl in 2021, and the help the family was offered over two years.
                Read full overview (PDF)

                2. Baby Q: Child safeguarding practice review
                Injuries to a 4-month-old baby boy in 2019, seen by three agencies in the weeks before.
                Read full overview (PDF)
                """;

        assertThat(parser.parse(summariesOnly).entries()).hasSize(2)
                .allSatisfy(e -> assertThat(e.sections()).noneMatch(s -> s.type().hasItems()));
        assertThat(parser.parseWithListSections(summariesOnly)).isEmpty();
    }

    @Test
    void aReportsOpeningPagesGiveNothing() {
        String report = """
                Northfold Safeguarding Children Partnership
                Child Safeguarding Practice Review
                Contents
                1. Introduction . . . . . . . . 3
                4. Findings and learning . . . . . . . . 16
                6. Recommendations . . . . . . . . 29
                Page 2 of 30
                1. Introduction
                The review considered the help offered to the family over two years and what the agencies knew.
                """;

        assertThat(parser.parseWithListSections(report)).isEmpty();
    }

    @Test
    void aListLabelWrappedOverTwoLinesIsFoundInItsUnit() {
        String wrapped = """
                1. Child P: Child safeguarding practice review
                Neglect of a 6-year-old girl in 2021.
                Recommendations to Northfold Safeguarding Children
                Partnership include: do this; do that.
                Read full overview (PDF)
                """;

        assertThat(parser.parseWithListSections(wrapped)).contains(parser.parse(wrapped));
        assertThat(parser.parse(wrapped).entries()).singleElement()
                .satisfies(e -> assertThat(e.sections()).anyMatch(s -> s.type().hasItems()));
    }
}
