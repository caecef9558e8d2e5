package org.casereview.etl.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * An untagged PDF's pages as blocks from their layout, for a document laid out as a table: on each page, a line whose
 * cells (stretches of text set apart by a gap of about a character's height or more), with the lines they wrap onto
 * ({@link TableHeader}), the caller takes for a table's header starts a table ({@link TableGrid}); a table that reaches the foot of its page goes on at the top of the next
 * page even without its header row there, and so does one whose last row the page break cut (drawn walls, no rule
 * under them), whatever line stands below it; the lines above and below are paragraphs, headings and furniture
 * ({@link TextBlocks}), running heads and feet and page numbers at a page's edges furniture ({@link RunningLines})
 * before any table is looked for. A page without a table is all paragraphs. A page that carries on the columns of the
 * page before (a spreadsheet printed too wide for its paper) is read beside it first ({@link ColumnsCutOverPages}).
 */
public final class UntaggedTableReader {

    /** Gap between a header's cells, as a share of the font size. */
    private static final float CELL_GAP = 0.9f;
    private static final int MIN_HEADER_CELLS = 2;

    private UntaggedTableReader() {
    }

    /** A page's blocks and the table it ends in, if it does (to go on over the next page). */
    private record PageResult(List<LayoutBlock> blocks, TableGrid open) {
    }

    /**
     * The first {@code pages} pages; {@code header} is given the texts of a line's cells. Empty when the file
     * cannot be read; the counter may stop it with a runtime exception.
     */
    public static LayoutDocument read(PDDocument document, int pages, Predicate<List<String>> header,
                                      GlyphCounter counter) {
        List<PageGlyphs.Page> glyphPages;
        try {
            glyphPages = PageGlyphs.read(document, pages, counter);
        } catch (IOException e) {
            return LayoutDocument.EMPTY;
        }
        glyphPages = ColumnsCutOverPages.joined(glyphPages,
                line -> header.test(line.runs(CELL_GAP * line.fontSize()).stream().map(GlyphLine.Run::text).toList()));
        List<List<GlyphLine>> pageLines = glyphPages.stream().map(p -> GlyphLine.of(p.glyphs())).toList();
        RunningLines running = RunningLines.of(pageLines, glyphPages.stream().map(PageGlyphs.Page::height).toList(),
                line -> header.test(line.runs(CELL_GAP * line.fontSize()).stream().map(GlyphLine.Run::text).toList()));
        List<PageLayout> layouts = new ArrayList<>();
        TableGrid open = null;
        for (int p = 0; p < glyphPages.size(); p++) {
            PageGlyphs.Page page = glyphPages.get(p);
            List<GlyphLine> lines = pageLines.get(p);
            int[] edges = running.edgeCounts(p, lines, page.height());
            List<LayoutBlock> blocks = new ArrayList<>(furniture(lines.subList(0, edges[0]), page.number()));
            PageResult result = page(page, lines.subList(edges[0], lines.size() - edges[1]), header, open);
            open = result.open();
            blocks.addAll(result.blocks());
            blocks.addAll(furniture(lines.subList(lines.size() - edges[1], lines.size()), page.number()));
            layouts.add(new PageLayout(page.number(), Evidence.LAYOUT, 0, blocks));
        }
        return new LayoutDocument(layouts, false);
    }

    /** Running heads and feet and page numbers, one block a line. */
    private static List<LayoutBlock> furniture(List<GlyphLine> lines, int page) {
        return lines.stream().map(line -> LayoutBlock.of(BlockKind.FURNITURE, 0, "", GlyphText.text(line.glyphs()),
                page, GlyphText.style(line.glyphs()))).toList();
    }

    /** The page's lines between its furniture at the top and at the foot. */
    private static PageResult page(PageGlyphs.Page page, List<GlyphLine> lines, Predicate<List<String>> header,
                                   TableGrid open) {
        float body = TextBlocks.bodySize(page.glyphs());
        List<LayoutBlock> blocks = new ArrayList<>();
        int from = 0;
        TableGrid last = null;
        Optional<TableGrid> grid = next(lines, 0, page, header);
        Optional<TableGrid> continued = open == null ? Optional.empty()
                : TableGrid.continued(lines, open, page.rulings(), page.dots(), page.links());
        if (continued.isPresent() && (grid.isEmpty() || continued.get().startLine() < grid.get().startLine())) {
            grid = continued; // a header row repeated at the top of the page starts the table there instead
        }
        while (grid.isPresent()) {
            last = grid.get();
            blocks.addAll(TextBlocks.of(lines.subList(from, last.startLine()), page.number(), page.height(), body));
            blocks.add(table(last, lines.get(last.startLine()), page.number()));
            from = Math.max(last.startLine() + 1, last.endLine());
            grid = next(lines, from, page, header);
        }
        blocks.addAll(TextBlocks.of(lines.subList(from, lines.size()), page.number(), page.height(), body));
        boolean endsInTable = !blocks.isEmpty() && blocks.stream().filter(b -> b.kind() != BlockKind.FURNITURE)
                .reduce((a, b) -> b).map(b -> b.kind() == BlockKind.TABLE).orElse(false);
        // a table whose last row the page break cut goes on over the page, whatever line stands under it ('Continued')
        return new PageResult(blocks, endsInTable || last != null && last.cut() ? last : null);
    }

    /** The next table from line {@code from} on whose header line the caller takes for one. */
    private static Optional<TableGrid> next(List<GlyphLine> lines, int from, PageGlyphs.Page page,
                                            Predicate<List<String>> header) {
        for (int i = from; i < lines.size(); i++) {
            GlyphLine line = lines.get(i);
            List<GlyphLine.Run> cells = line.runs(CELL_GAP * line.fontSize());
            if (cells.size() < MIN_HEADER_CELLS) {
                continue;
            }
            TableHeader wrapped = TableHeader.of(lines, i, cells, CELL_GAP * line.fontSize(), page.rulings());
            TableHeader head = header.test(wrapped.names()) ? wrapped : TableHeader.single(i, cells);
            if (header.test(head.names())) {
                Optional<TableGrid> grid = TableGrid.find(lines, i, head, page.rulings(), page.dots(),
                        page.links());
                if (grid.isPresent()) {
                    return grid;
                }
            }
        }
        return Optional.empty();
    }

    private static LayoutBlock table(TableGrid grid, GlyphLine first, int page) {
        String text = String.join(" ", grid.rows().stream().map(r -> String.join(" ", r).replace('\n', ' ')).toList());
        LayoutBlock.Style style = GlyphText.style(first.glyphs());
        return new LayoutBlock(BlockKind.TABLE, 0, "", text, page, style.x(), style.top(), style.fontSize(),
                style.bold(), grid.rows(), 1).withCellLinks(grid.links());
    }
}
