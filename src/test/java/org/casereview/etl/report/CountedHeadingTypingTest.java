package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/**
 * A thematic or sibling review counts the children in its heading ("The three children", "The two brothers"): the
 * count is typed as its absence would be ("The children"), as a heading's number is ("3. The children"). The count
 * only matters when the heading types nothing with it (an invented set of headings).
 */
class CountedHeadingTypingTest {

    private final SectionTyper typer = new SectionTyper(Vocabulary.defaults());

    @Test
    void aCountOfTheChildrenTypesAsTheChildren() {
        assertThat(typer.type("The children")).isEqualTo(SectionType.BACKGROUND);
        assertThat(typer.type("The three children")).isEqualTo(SectionType.BACKGROUND);
        assertThat(typer.type("4. The five children")).isEqualTo(SectionType.BACKGROUND);
        assertThat(typer.type("The four young people")).isEqualTo(SectionType.BACKGROUND);
        assertThat(typer.type("THE TWO BROTHERS")).isEqualTo(SectionType.BACKGROUND);
        assertThat(typer.type("The 3 babies")).isEqualTo(SectionType.BACKGROUND);
        assertThat(typer.isStandardHeading("2 The six siblings")).isTrue();
    }

    @Test
    void aCountBeforeOtherWordsTypesNothingNew() {
        assertThat(typer.type("The three weeks before the move")).isEqualTo(SectionType.OTHER);
        assertThat(typer.type("Three children")).isEqualTo(typer.type("Children"));
        assertThat(typer.isStandardHeading("The three children at school")).isFalse();
        // typed with the count as printed: the count is not dropped
        assertThat(typer.type("The 7 minute briefing")).isEqualTo(typer.type("7 minute briefing"));
    }

    @Test
    void aHeadingThatTypesAsPrintedIsStandardOnlyAsPrinted() {
        // typed by 'agencies involved' as printed, so the count is not dropped, nor is it for the standard heading
        assertThat(typer.type("The three agencies involved")).isEqualTo(SectionType.BACKGROUND);
        assertThat(typer.isStandardHeading("The three agencies involved")).isFalse();
        assertThat(typer.isStandardHeading("The agencies involved")).isTrue();
        assertThat(typer.isStandardHeading("The three children")).isTrue();
    }
}
