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
 */
public record ReportEvidence(int pages, List<Section> sections, List<ItemRow> items) {
    public ReportEvidence {
        sections = List.copyOf(sections);
        items = List.copyOf(items);
    }
}
