package org.casereview.etl.report;

import java.util.List;

import org.casereview.etl.document.Item;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.ReportMetadata;
import org.casereview.etl.document.Section;

/**
 * A report read from the pages cut out of imposed sheets, its places given back as the file's pages: a section, an
 * item and the page count say the sheet a reader of the file turns to. A section whose pages run over sheets out of
 * order (a booklet's page 6 is on sheet 3, its page 7 on sheet 2) ends on the last sheet it touches.
 */
final class SheetPages {

    private final List<Integer> sheets;

    /** {@code sheets}: for each page read, 1-based, the file's page it stands on; empty when they are the same. */
    SheetPages(List<Integer> sheets) {
        this.sheets = List.copyOf(sheets);
    }

    ExtractedReport onSheets(ExtractedReport report) {
        if (sheets.isEmpty()) {
            return report;
        }
        ReportDocument document = report.document();
        ReportMetadata m = document.metadata();
        ReportMetadata metadata = new ReportMetadata(m.title(), m.childName(), m.reviewTypeText(), m.area(),
                m.partnership(), m.publicationYear(), m.author(), sheetCount());
        List<Section> sections = document.sections().stream().map(this::onSheets).toList();
        List<ReportItem> items = report.items().stream().map(item -> new ReportItem(item.type(), item.sectionOrdinal(),
                item.itemNo(), item.text(), sheet(item.page()))).toList();
        return new ExtractedReport(new ReportDocument(document.fileName(), metadata, sections, document.problems()),
                items, report.layoutNotes());
    }

    private Section onSheets(Section section) {
        List<Item> items = section.items().stream()
                .map(item -> new Item(item.itemNo(), item.text(), item.page() == null ? null : sheet(item.page())))
                .toList();
        Integer start = section.pageStart();
        Integer end = section.pageEnd();
        Integer sheetStart = start == null ? null : sheet(start);
        Integer sheetEnd = end == null ? null : lastSheet(start == null ? end : start, end);
        return new Section(section.type(), section.ordinal(), section.heading(), section.text(), sheetStart, sheetEnd,
                items);
    }

    private int lastSheet(int from, int to) {
        int last = sheet(from);
        for (int page = from; page <= to; page++) {
            last = Math.max(last, sheet(page));
        }
        return last;
    }

    /** The file's page of a page read; a number outside the pages read is kept as it is. */
    int sheet(int page) {
        return page >= 1 && page <= sheets.size() ? sheets.get(page - 1) : page;
    }

    private int sheetCount() {
        return sheets.stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
