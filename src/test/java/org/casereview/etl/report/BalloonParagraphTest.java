package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/**
 * A tracked-change balloon ('Deleted: ...', its label in bold) read as a paragraph of a findings section, as a draft
 * printed with its markup gives it after the page's text: the drafters' remark, no item; the bold-led point before it
 * still is one.
 */
class BalloonParagraphTest {

    private static final Vocabulary VOCABULARY = Vocabulary.defaults();

    private static Block paragraph(float y, String lead, String rest) {
        TextFragment bold = new TextFragment(lead, 62, 62 + lead.length() * 5.5f, y, 11, true);
        TextFragment plain = new TextFragment(rest, bold.endX() + 3, bold.endX() + 3 + rest.length() * 5.5f, y, 11, false);
        return new Block(List.of(new TextLine(2, lead + " " + rest, List.of(bold, plain))), false, false);
    }

    @Test
    void aBalloonGivesNoItem() {
        List<Block> blocks = List.of(
                paragraph(300, "Plans did not change.", "The same actions were carried from one core group to the next."),
                paragraph(260, "Deleted:", "and the family had recently moved to a new address in the town."));

        List<ItemSplitter.Found> found = new ItemSplitter(new SectionTyper(VOCABULARY), new ItemLabels(VOCABULARY))
                .split(SectionType.FINDINGS, "3. Findings", blocks);

        assertThat(found).extracting(ItemSplitter.Found::text).containsExactly(
                "Plans did not change. The same actions were carried from one core group to the next.");
        assertThat(MarkupBalloons.opensWithLabel("Formatted: Font: Bold")).isTrue();
        assertThat(MarkupBalloons.opensWithLabel("Deleted items were restored by the school.")).isFalse();
    }
}
