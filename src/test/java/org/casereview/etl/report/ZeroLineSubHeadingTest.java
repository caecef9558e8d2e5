package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A sub-heading of no lines of its own (a tagged heading drawn as a picture of its words) breaks
 * the block it stands in and takes no line: session 33 (mem-b35) the block pass added an empty heading
 * block for it forever and a 59 KB one-page PDF filled 1 GB.
 */
class ZeroLineSubHeadingTest {

    @Test
    void aSubHeadingOfNoLinesBreaksTheBlockAndTheLinesAreRead() {
        List<TextLine> lines = List.of(
                line(72, 100, "Staff recorded that the family moved twice in the year and"),
                line(72, 114, "no agency followed them to the new address."),
                line(72, 140, "Learning includes the sharing of every arrest of a child known"),
                line(72, 154, "to children's services on the same day."));
        List<Block> blocks = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> new BlockBuilder(new BodyStyle(11), 14, new ItemLabels(Vocabulary.defaults()))
                        .build(lines, Map.of(2, 0)));
        assertThat(blocks).extracting(Block::text).containsExactly(
                "Staff recorded that the family moved twice in the year and no agency followed them to the new address.",
                "Learning includes the sharing of every arrest of a child known to children's services on the same day.");
        assertThat(blocks).noneMatch(Block::heading);
    }

    private static TextLine line(float x, float y, String text) {
        return new TextLine(1, text, List.of(new TextFragment(text, x, x + text.length() * 11 * 0.45f, y, 11, false)));
    }
}
