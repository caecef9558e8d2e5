package org.casereview.etl.quality;

import java.util.List;

import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.Section;

/**
 * What the self-check looks at for one report.
 *
 * @param pages    the PDF's page count (0 when unknown)
 * @param sections the report's sections as stored
 * @param items    the report's items typed by what they are
 * @param layoutNotes what the reading doubted of the layout as it read it ("page 2 read across columns (...)")
 */
public record ReportEvidence(int pages, List<Section> sections, List<ItemRow> items, List<String> layoutNotes) {
    public ReportEvidence {
        sections = List.copyOf(sections);
        items = List.copyOf(items);
        layoutNotes = List.copyOf(layoutNotes);
    }

    public ReportEvidence(int pages, List<Section> sections, List<ItemRow> items) {
        this(pages, sections, items, List.of());
    }
}
