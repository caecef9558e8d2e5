/**
 * Report PDFs to headed sections, items and metadata, in plain Java over PDFBox.
 *
 * <p>{@link org.casereview.etl.report.ReportExtractor} is the entry point. The stages, each a
 * small class: {@code ReportPdfFile} (the job's {@code pdf.PdfOpener}, reject reasons) ->
 * {@code PositionedTextStripper} and {@code LineAssembler}/{@code ColumnGutter}/{@code ColumnGutters}/
 * {@code TileColumns} (lines with size, weight and position, reading order of two or more columns and of
 * tiles; {@code MarginHeadings} splits a margin heading off the line beside it, {@code Sidebars} reads a sidebar
 * on a filled panel down one side as a block of its own, {@code FloatedBoxes} reads a shaded box floated beside a
 * paragraph after it; {@code RuledLines} marks lines with a drawn or typed rule
 * under them) -> {@code FurnitureFilter} (running
 * headers, footers, page numbers, footnotes) -> {@code ContentsDetector} -> {@code HeadingDetector}
 * or {@code OutlineHeadings}, with {@code TaggedHeadings} adding what the tagged structure tree names (the
 * {@code layout} model) -> {@code BlockBuilder} (paragraphs, list entries, tables, joined over
 * page breaks) -> {@code SectionTyper} and {@code ItemSplitter}/{@code TableRows} ->
 * {@code MetadataReader}. Every word list lives in {@code src/main/resources/vocabulary/}
 * (section-headings.yml, item-labels.yml, report-metadata.yml, layout-words.yml, review-types.yml).
 */
package org.casereview.etl.report;
