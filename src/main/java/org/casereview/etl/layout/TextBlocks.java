package org.casereview.etl.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.text.TextPosition;

/**
 * Page lines outside a table as blocks: lines close together in one size are a paragraph, one clearly larger than
 * the page's body text is a heading, a page number or "Page N of M" near the top or foot is furniture.
 */
final class TextBlocks {

    private static final float PARAGRAPH_GAP = 1.6f;
    private static final float HEADING_SIZE = 1.2f;
    private static final float SAME_SIZE = 0.1f;
    private static final float EDGE = 0.08f;
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?");

    private TextBlocks() {
    }

    static List<LayoutBlock> of(List<GlyphLine> lines, int page, float pageHeight, float bodySize) {
        List<LayoutBlock> blocks = new ArrayList<>();
        List<List<TextPosition>> paragraph = new ArrayList<>();
        GlyphLine previous = null;
        for (GlyphLine line : lines) {
            if (previous != null && apart(previous, line)) {
                blocks.add(block(paragraph, page, pageHeight, bodySize));
                paragraph = new ArrayList<>();
            }
            paragraph.add(line.glyphs());
            previous = line;
        }
        if (!paragraph.isEmpty()) {
            blocks.add(block(paragraph, page, pageHeight, bodySize));
        }
        return blocks;
    }

    /** The size most of a page's glyphs have. */
    static float bodySize(List<TextPosition> glyphs) {
        List<Float> sizes = new ArrayList<>(glyphs.stream().map(TextPosition::getFontSizeInPt).toList());
        sizes.sort(Float::compare);
        return sizes.isEmpty() ? 0 : sizes.get(sizes.size() / 2);
    }

    private static boolean apart(GlyphLine previous, GlyphLine line) {
        float size = Math.max(previous.fontSize(), line.fontSize());
        return line.baseline() - previous.baseline() > PARAGRAPH_GAP * size
                || Math.abs(previous.fontSize() - line.fontSize()) > SAME_SIZE * size;
    }

    private static LayoutBlock block(List<List<TextPosition>> lines, int page, float pageHeight, float bodySize) {
        String text = CellText.of(lines, 0).replace('\n', ' ');
        List<TextPosition> all = lines.stream().flatMap(List::stream).toList();
        LayoutBlock.Style style = GlyphText.style(all);
        float baseline = lines.get(0).get(0).getYDirAdj();
        BlockKind kind = BlockKind.PARAGRAPH;
        if (PAGE_NUMBER.matcher(text).matches() && (baseline < EDGE * pageHeight || baseline > (1 - EDGE) * pageHeight)) {
            kind = BlockKind.FURNITURE;
        } else if (bodySize > 0 && style.fontSize() >= HEADING_SIZE * bodySize) {
            kind = BlockKind.HEADING;
        }
        return LayoutBlock.of(kind, kind == BlockKind.HEADING ? 1 : 0, "", text, page, style);
    }
}
