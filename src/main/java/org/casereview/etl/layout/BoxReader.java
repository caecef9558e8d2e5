package org.casereview.etl.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;

/**
 * An untagged PDF whose pages hold their text in drawn boxes, read box by box ({@link BoxRegions}) into blocks
 * ({@link LineBlocks}): for a file whose content stream is not in reading order on such a page (a newsletter of
 * cards that writes each card's body before its title band). The file's other pages are read in content order.
 * Headings get their level by size over the whole file, the largest first.
 */
public final class BoxReader {

    private static final int MAX_LEVEL = 6;

    private BoxReader() {
    }

    /**
     * The first {@code pages} pages; empty when no page is read by boxes or the file cannot be read. The counter may
     * stop the reading with a runtime exception.
     */
    public static Optional<LayoutDocument> read(PDDocument document, int pages, GlyphCounter counter) {
        return read(document, pages, counter, text -> false);
    }

    /** As {@link #read(PDDocument, int, GlyphCounter)}; {@code isLabel} names a section (side labels, {@link SideLabelRows}). */
    public static Optional<LayoutDocument> read(PDDocument document, int pages, GlyphCounter counter,
                                                Predicate<String> isLabel) {
        List<PageGlyphs.Page> glyphPages;
        try {
            glyphPages = PageGlyphs.read(document, pages, counter);
        } catch (IOException e) {
            return Optional.empty();
        }
        List<List<LayoutBlock>> pageBlocks = new ArrayList<>();
        boolean byBoxes = false;
        for (PageGlyphs.Page page : glyphPages) {
            Optional<List<BoxRegions.Placed>> boxed = BoxRegions.order(page, isLabel);
            byBoxes |= boxed.isPresent();
            pageBlocks.add(LineBlocks.of(boxed.orElseGet(() -> contentOrder(page.glyphs())), page));
        }
        if (!byBoxes) {
            return Optional.empty();
        }
        List<Float> sizes = headingSizes(pageBlocks);
        List<PageLayout> layouts = new ArrayList<>();
        for (int i = 0; i < glyphPages.size(); i++) {
            List<LayoutBlock> blocks = pageBlocks.get(i).stream().map(b -> leveled(b, sizes)).toList();
            layouts.add(new PageLayout(glyphPages.get(i).number(), Evidence.LAYOUT, 0, blocks));
        }
        return Optional.of(new LayoutDocument(layouts, false));
    }

    /** A page's lines as the content stream writes them: a new line where the baseline moves. */
    private static List<BoxRegions.Placed> contentOrder(List<TextPosition> glyphs) {
        List<BoxRegions.Placed> lines = new ArrayList<>();
        List<TextPosition> line = new ArrayList<>();
        for (TextPosition glyph : glyphs) {
            if (!line.isEmpty() && GlyphText.newLine(line.get(line.size() - 1), glyph)) {
                GlyphLine.of(line).forEach(l -> lines.add(new BoxRegions.Placed(l, -1)));
                line = new ArrayList<>();
            }
            line.add(glyph);
        }
        GlyphLine.of(line).forEach(l -> lines.add(new BoxRegions.Placed(l, -1)));
        return lines;
    }

    /** The heading sizes of the file, largest first, rounded to half a point. */
    private static List<Float> headingSizes(List<List<LayoutBlock>> pages) {
        TreeSet<Float> sizes = new TreeSet<>((a, b) -> Float.compare(b, a));
        pages.forEach(blocks -> blocks.stream().filter(b -> b.kind() == BlockKind.HEADING)
                .forEach(b -> sizes.add(halfPoint(b.fontSize()))));
        return List.copyOf(sizes);
    }

    private static LayoutBlock leveled(LayoutBlock block, List<Float> sizes) {
        if (block.kind() != BlockKind.HEADING) {
            return block;
        }
        int level = Math.min(MAX_LEVEL, sizes.indexOf(halfPoint(block.fontSize())) + 1);
        return new LayoutBlock(block.kind(), level, block.marker(), block.text(), block.page(), block.x(), block.top(),
                block.fontSize(), block.bold(), block.rows(), block.headerRows(), block.link());
    }

    private static float halfPoint(float size) {
        return Math.round(size * 2) / 2f;
    }
}
