package org.casereview.etl.layout;

import java.util.List;

/**
 * One typed block of a document page.
 *
 * @param kind       what the block is
 * @param level      heading level (1 = top) or list depth (1 = outermost); 0 where neither applies
 * @param marker     a list item's bullet or number as printed ("1.", "a)", "•"), else empty
 * @param text       the block's text, lines joined with spaces (for a table, its cells row by row)
 * @param page       1-based physical page
 * @param x          left edge of its first glyph, in points; -1 when the evidence gives no position
 * @param top        top of its first glyph from the top of the page, in points; -1 when unknown
 * @param fontSize   the size of most of its glyphs, in points; 0 when unknown
 * @param bold       most of its glyphs are in a bold face
 * @param rows       a table's cells, row by row (a cell's paragraphs and list items on lines of their own);
 *                   empty for other kinds
 * @param headerRows how many leading rows of a table are header rows
 * @param link       the URI of the web link whose annotation lies over the block's text, else empty
 * @param cellLinks  a table's links, shaped as its rows: for each cell, one URI per line of the cell's text (lines
 *                   joined with newlines as the cell's are; an empty line where no link lies over it); empty when
 *                   the evidence gives none
 * @param rowPages   a table's rows' pages, one per row, where each row's first glyph is printed (rows of a table run
 *                   over a page break stand on different pages); empty when the evidence gives none
 */
public record LayoutBlock(BlockKind kind, int level, String marker, String text, int page, float x, float top,
                          float fontSize, boolean bold, List<List<String>> rows, int headerRows, String link,
                          List<List<String>> cellLinks, List<Integer> rowPages) {

    public LayoutBlock {
        rows = rows.stream().map(List::copyOf).toList();
        link = link == null ? "" : link;
        cellLinks = cellLinks == null ? List.of() : cellLinks.stream().map(List::copyOf).toList();
        rowPages = rowPages == null ? List.of() : List.copyOf(rowPages);
    }

    /** A block whose table rows carry no pages of their own. */
    public LayoutBlock(BlockKind kind, int level, String marker, String text, int page, float x, float top,
                       float fontSize, boolean bold, List<List<String>> rows, int headerRows, String link,
                       List<List<String>> cellLinks) {
        this(kind, level, marker, text, page, x, top, fontSize, bold, rows, headerRows, link, cellLinks, List.of());
    }

    /** A block whose table cells carry no links. */
    public LayoutBlock(BlockKind kind, int level, String marker, String text, int page, float x, float top,
                       float fontSize, boolean bold, List<List<String>> rows, int headerRows, String link) {
        this(kind, level, marker, text, page, x, top, fontSize, bold, rows, headerRows, link, List.of());
    }

    /** A block that is no link. */
    public LayoutBlock(BlockKind kind, int level, String marker, String text, int page, float x, float top,
                       float fontSize, boolean bold, List<List<String>> rows, int headerRows) {
        this(kind, level, marker, text, page, x, top, fontSize, bold, rows, headerRows, "");
    }

    /** A block of text without table cells. */
    public static LayoutBlock of(BlockKind kind, int level, String marker, String text, int page, Style style) {
        return new LayoutBlock(kind, level, marker, text, page, style.x(), style.top(), style.fontSize(),
                style.bold(), List.of(), 0);
    }

    /** The same block under the link {@code uri}. */
    public LayoutBlock withLink(String uri) {
        return new LayoutBlock(kind, level, marker, text, page, x, top, fontSize, bold, rows, headerRows, uri,
                cellLinks, rowPages);
    }

    /** The same table with the links of its cells' lines ({@link #cellLinks}). */
    public LayoutBlock withCellLinks(List<List<String>> links) {
        return new LayoutBlock(kind, level, marker, text, page, x, top, fontSize, bold, rows, headerRows, link, links,
                rowPages);
    }

    /** The same table with the pages its rows are printed on ({@link #rowPages}). */
    public LayoutBlock withRowPages(List<Integer> pages) {
        return new LayoutBlock(kind, level, marker, text, page, x, top, fontSize, bold, rows, headerRows, link,
                cellLinks, pages);
    }

    /** The page a table's row is printed on: its own where the evidence gives it, else the table's. */
    public int pageOfRow(int row) {
        return row >= 0 && row < rowPages.size() && rowPages.get(row) > 0 ? rowPages.get(row) : page;
    }

    /** Position and look of a block's first glyphs. */
    public record Style(float x, float top, float fontSize, boolean bold) {
        public static final Style UNKNOWN = new Style(-1, -1, 0, false);
    }
}
