package org.casereview.etl.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * An untagged PDF's pages as blocks from their layout, for a document laid out as a table: on each page, the first
 * line whose cells (stretches of text set apart by a gap of about a character's height or more) the caller takes for
 * a table's header starts a table ({@link TableGrid}); the lines above and below it are paragraphs, headings and
 * furniture ({@link TextBlocks}). A page without such a line is all paragraphs.
 */
public final class UntaggedTableReader {

    /** Gap between a header's cells, as a share of the font size. */
    private static final float CELL_GAP = 0.9f;
    private static final int MIN_HEADER_CELLS = 2;

    private UntaggedTableReader() {
    }

    /**
     * The first {@code pages} pages; {@code header} is given the texts of a line's cells. Empty when the file
     * cannot be read; a page past the character limit or the deadline stops it with a runtime exception.
     */
    public static LayoutDocument read(PDDocument document, int pages, Predicate<List<String>> header) {
        List<PageGlyphs.Page> glyphPages;
        try {
            glyphPages = PageGlyphs.read(document, pages);
        } catch (IOException e) {
            return LayoutDocument.EMPTY;
        }
        List<PageLayout> layouts = new ArrayList<>();
        for (PageGlyphs.Page page : glyphPages) {
            List<GlyphLine> lines = GlyphLine.of(page.glyphs());
            float body = TextBlocks.bodySize(page.glyphs());
            layouts.add(new PageLayout(page.number(), Evidence.LAYOUT, 0, blocks(lines, page, body, header)));
        }
        return new LayoutDocument(layouts, false);
    }

    private static List<LayoutBlock> blocks(List<GlyphLine> lines, PageGlyphs.Page page, float body,
                                            Predicate<List<String>> header) {
        for (int i = 0; i < lines.size(); i++) {
            GlyphLine line = lines.get(i);
            List<GlyphLine.Run> cells = line.runs(CELL_GAP * line.fontSize());
            if (cells.size() < MIN_HEADER_CELLS || !header.test(cells.stream().map(GlyphLine.Run::text).toList())) {
                continue;
            }
            Optional<TableGrid> grid = TableGrid.find(lines, i, cells, page.rulings());
            if (grid.isPresent()) {
                List<LayoutBlock> blocks = new ArrayList<>(TextBlocks.of(lines.subList(0, i), page.number(),
                        page.height(), body));
                blocks.add(table(grid.get(), line, page.number()));
                List<GlyphLine> rest = lines.subList(Math.max(i + 1, grid.get().endLine()), lines.size());
                blocks.addAll(blocks(rest, page, body, header));
                return blocks;
            }
        }
        return TextBlocks.of(lines, page.number(), page.height(), body);
    }

    private static LayoutBlock table(TableGrid grid, GlyphLine header, int page) {
        String text = String.join(" ", grid.rows().stream().map(r -> String.join(" ", r).replace('\n', ' ')).toList());
        LayoutBlock.Style style = GlyphText.style(header.glyphs());
        return new LayoutBlock(BlockKind.TABLE, 0, "", text, page, style.x(), style.top(), style.fontSize(),
                style.bold(), grid.rows(), 1);
    }
}
