package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;

import org.casereview.etl.layout.BlockKind;
import org.casereview.etl.layout.LayoutBlock;
import org.junit.jupiter.api.Test;

class TaggedHeadingsTest {

    private static final ItemLabels LABELS = new ItemLabels(Vocabulary.defaults());

    private static TextLine line(int page, String text) {
        return new TextLine(page, text, List.of(new TextFragment(text, 72, 72 + text.length() * 5, 100, 11, false)));
    }

    private static LayoutBlock tag(int level, String text, int page) {
        return LayoutBlock.of(BlockKind.HEADING, level, "", text, page, LayoutBlock.Style.UNKNOWN);
    }

    @Test
    void taggedHeadingsTheStyleMissedAreAddedAtTheirLevelAndFoundOnesStay() {
        List<TextLine> lines = List.of(line(2, "Introduction"), line(2, "Some text."), line(2, "What we heard from"),
                line(2, "the family"), line(2, "More text."), line(3, "A point"), line(3, "Recommendations"));
        List<Heading> styled = List.of(new Heading(0, 1, 1, "Introduction", 2), new Heading(6, 1, 1, "Recommendations", 3));
        List<LayoutBlock> tags = List.of(tag(2, "Cover title", 1), tag(2, "Introduction", 2),
                tag(2, "What we heard from the family", 2), tag(3, "A point", 3), tag(2, "Recommendations", 3));

        List<Heading> out = TaggedHeadings.apply(lines, tags, styled, Set.of(1), LABELS);

        assertThat(out).extracting(Heading::lineIndex, Heading::lineCount, Heading::level, Heading::text)
                .containsExactly(tuple(0, 1, 1, "Introduction"), tuple(2, 2, 1, "What we heard from the family"),
                        tuple(5, 1, 2, "A point"), tuple(6, 1, 1, "Recommendations"));
    }

    @Test
    void withoutTaggedHeadingsTheStyledOnesAreKept() {
        List<Heading> styled = List.of(new Heading(0, 1, 1, "Introduction", 2));
        assertThat(TaggedHeadings.apply(List.of(line(2, "Introduction")), List.of(), styled, Set.of(), LABELS))
                .isEqualTo(styled);
    }

    @Test
    void anItemLabelTaggedAsAHeadingIsLeftToTheItems() {
        List<TextLine> lines = List.of(line(2, "Learning"), line(2, "Learning point 1"), line(2, "Share early."));
        List<Heading> styled = List.of(new Heading(0, 1, 1, "Learning", 2));
        assertThat(TaggedHeadings.apply(lines, List.of(tag(1, "Learning", 2), tag(3, "Learning point 1", 2)), styled,
                Set.of(), LABELS)).isEqualTo(styled);
    }

    private static LayoutBlock paragraph(String text, int page) {
        return LayoutBlock.of(BlockKind.PARAGRAPH, 0, "", text, page, LayoutBlock.Style.UNKNOWN);
    }

    @Test
    void styledTopLinesTaggedPOverTaggedHeadingsFoundBelowThemGiveWayToTheTree() {
        List<TextLine> lines = List.of(line(2, "About Amelia"), line(2, "Text."), line(2, "\u201cThey rang my dad.\u201d"),
                line(3, "What we learned"), line(3, "More text."));
        List<Heading> styled = List.of(new Heading(0, 1, 2, "About Amelia", 2),
                new Heading(2, 1, 1, "\u201cThey rang my dad.\u201d", 2), new Heading(3, 1, 2, "What we learned", 3));
        List<LayoutBlock> tags = List.of(tag(1, "About Amelia", 2), paragraph("Text.", 2),
                paragraph("\u201cThey rang my dad.\u201d", 2), tag(1, "What we learned", 3));

        assertThat(TaggedHeadings.apply(lines, tags, styled, Set.of(), LABELS))
                .extracting(Heading::lineIndex, Heading::level, Heading::text)
                .containsExactly(tuple(0, 1, "About Amelia"), tuple(3, 1, "What we learned"));
    }

    @Test
    void aStyledTopLineTaggedPStaysWhenTheTreesHeadingsWereFoundAtTheTopToo() {
        List<TextLine> lines = List.of(line(2, "Introduction"), line(2, "Key facts"), line(2, "Text."));
        List<Heading> styled = List.of(new Heading(0, 1, 1, "Introduction", 2), new Heading(1, 1, 1, "Key facts", 2));
        List<LayoutBlock> tags = List.of(tag(1, "Introduction", 2), paragraph("Key facts", 2), paragraph("Text.", 2));

        assertThat(TaggedHeadings.apply(lines, tags, styled, Set.of(), LABELS)).isEqualTo(styled);
    }
}
