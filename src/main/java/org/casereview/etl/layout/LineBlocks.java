package org.casereview.etl.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.text.TextPosition;

/**
 * Printed lines in reading order as blocks: a line that starts with a bullet glyph, or after a drawn dot ({@link
 * DrawnDot}: a marker painted as a path, as browsers and Qt paint {@code <li>} discs), starts a list item, whose wrapped
 * lines (indented under its words) go on it; other lines close together, in one size and weight, in one box, are a
 * paragraph; a paragraph clearly larger than the page's body text is a heading (its level set later, by size over
 * the document); a page number at the top or foot is furniture; the lines of a label cell beside its text are a
 * label. A block under a link annotation carries its URI.
 */
final class LineBlocks {

    private static final float PARAGRAPH_GAP = 1.6f;
    /** The marker given to an item whose bullet is painted. */
    private static final String DRAWN_MARKER = "\u2022";
    private static final float HEADING_SIZE = 1.2f;
    private static final float SAME_SIZE = 0.1f;
    private static final float INDENT_SLACK = 2f;
    private static final float EDGE = 0.08f;
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?");

    /** Lines gathered into one block. */
    private static final class Draft {
        final List<TextPosition> marker;
        final List<TextPosition> glyphs = new ArrayList<>();
        final int region;
        final boolean label;
        /** The item's marker is painted (a drawn disc), not printed. */
        final boolean drawnMarker;
        final float textLeft;
        GlyphLine last;

        Draft(List<TextPosition> marker, boolean drawnMarker, List<TextPosition> words, GlyphLine line,
              BoxRegions.Placed placed) {
            this.marker = marker;
            this.drawnMarker = drawnMarker;
            this.region = placed.region();
            this.label = placed.label();
            this.textLeft = words.isEmpty() ? line.glyphs().get(0).getXDirAdj() : words.get(0).getXDirAdj();
            glyphs.addAll(words);
            last = line;
        }

        boolean item() {
            return drawnMarker || !marker.isEmpty();
        }
    }

    private final PageGlyphs.Page page;
    private final float bodySize;
    private final List<LayoutBlock> blocks = new ArrayList<>();
    private Draft draft;

    private LineBlocks(PageGlyphs.Page page) {
        this.page = page;
        this.bodySize = TextBlocks.bodySize(page.glyphs());
    }

    /** Headings have level 0 here: the caller ranks their sizes over the document. */
    static List<LayoutBlock> of(List<BoxRegions.Placed> lines, PageGlyphs.Page page) {
        LineBlocks reader = new LineBlocks(page);
        for (BoxRegions.Placed placed : lines) {
            reader.add(placed.line(), placed);
        }
        reader.flush();
        return reader.blocks;
    }

    private void add(GlyphLine line, BoxRegions.Placed placed) {
        int bullet = placed.label() ? 0 : BulletGlyphs.leading(line.glyphs());
        if (bullet > 0) {
            flush();
            List<TextPosition> words = line.glyphs().subList(bullet, line.glyphs().size());
            draft = new Draft(line.glyphs().subList(0, bullet), false, words, line, placed);
        } else if (!placed.label() && drawnMarker(line)) {
            flush();
            draft = new Draft(List.of(), true, line.glyphs(), line, placed);
        } else if (draft != null && goesOn(draft, line, placed.region())) {
            draft.glyphs.addAll(line.glyphs());
            draft.last = line;
        } else {
            flush();
            draft = new Draft(List.of(), false, line.glyphs(), line, placed);
        }
    }

    /** A disc or square painted just before the line's first glyph: a list marker drawn, not printed. */
    private boolean drawnMarker(GlyphLine line) {
        TextPosition first = line.glyphs().get(0);
        return DrawnDot.markerBefore(page.dots(), first.getXDirAdj(), line.baseline(), line.fontSize());
    }

    /** The line goes on the block: same box, close under its last line, same size and weight, under an item's words. */
    private static boolean goesOn(Draft draft, GlyphLine line, int region) {
        LayoutBlock.Style before = GlyphText.style(draft.last.glyphs());
        LayoutBlock.Style style = GlyphText.style(line.glyphs());
        float size = Math.max(before.fontSize(), style.fontSize());
        float gap = line.baseline() - draft.last.baseline();
        boolean underWords = !draft.item()
                || line.glyphs().get(0).getXDirAdj() >= draft.textLeft - INDENT_SLACK;
        return region == draft.region && gap > 0 && gap <= PARAGRAPH_GAP * size
                && Math.abs(before.fontSize() - style.fontSize()) <= SAME_SIZE * size
                && before.bold() == style.bold() && underWords;
    }

    private void flush() {
        if (draft == null) {
            return;
        }
        String text = GlyphText.text(draft.glyphs);
        LayoutBlock.Style style = GlyphText.style(draft.glyphs);
        String link = PageLinks.over(draft.glyphs, page.links());
        if (draft.drawnMarker) {
            blocks.add(LayoutBlock.of(BlockKind.LIST_ITEM, 1, DRAWN_MARKER, text, page.number(), style).withLink(link));
        } else if (!draft.marker.isEmpty()) {
            blocks.add(LayoutBlock.of(BlockKind.LIST_ITEM, 1, GlyphText.text(draft.marker), text, page.number(),
                    GlyphText.style(draft.marker)).withLink(link));
        } else if (!text.isEmpty()) {
            BlockKind kind = draft.label ? BlockKind.LABEL : kind(text, style);
            blocks.add(LayoutBlock.of(kind, 0, "", text, page.number(), style).withLink(link));
        }
        draft = null;
    }

    private BlockKind kind(String text, LayoutBlock.Style style) {
        float baseline = draft.glyphs.get(0).getYDirAdj();
        boolean edge = baseline < EDGE * page.height() || baseline > (1 - EDGE) * page.height();
        if (PAGE_NUMBER.matcher(text).matches() && edge) {
            return BlockKind.FURNITURE;
        }
        return bodySize > 0 && style.fontSize() >= HEADING_SIZE * bodySize ? BlockKind.HEADING : BlockKind.PARAGRAPH;
    }
}
