/**
 * A document as typed blocks (heading with level, paragraph, list item with marker and depth, table with rows,
 * cells and header rows, box, caption, furniture), each with page, position and style, read from what a PDF says
 * about itself, best evidence first per page.
 *
 * <p>{@link org.casereview.etl.layout.LayoutReader} is the entry point: the tagged-PDF structure tree
 * ({@code StructureTreeReader}: role map, marked-content ids through {@code MarkedContentText}) where it covers the
 * page's text, the outline ({@link org.casereview.etl.layout.OutlineReader}) for heading levels, else nothing, and
 * the caller's layout analysis ({@code report}'s lines, fonts and gutters) decides. For an untagged page laid out as
 * a table, {@link org.casereview.etl.layout.UntaggedTableReader} reads the layout itself: a header line the caller
 * names, columns from its cells and drawn rules, rows from drawn rules or gaps ({@code TableGrid},
 * {@code DrawnRulings}, {@code CellText}), a table going on over pages. For an untagged page whose text sits in
 * drawn boxes (cards, panels) that the content stream writes out of reading order, {@link
 * org.casereview.etl.layout.BoxReader} reads it box by box ({@code BoxRegions}: the filled shapes {@code DrawnRulings}
 * keeps as boxes, rows and columns of boxes, a box drawn on another read where it stands; {@code LabelColumn}: a
 * box's label|content table read row by row, its left cells as labels; {@code LineBlocks}: items after bullet glyphs,
 * paragraphs, headings by size). Link annotations over a block's words give its {@code link} ({@link org.casereview.etl.layout.PageLinks}).
 * Plain Java over PDFBox; imports nothing of the project.
 */
package org.casereview.etl.layout;
