package org.casereview.etl.report;

import java.util.List;

import org.casereview.etl.document.ReportDocument;

/**
 * A report's document plus its items typed by what they are. {@link ReportDocument} sections
 * carry their items too, but an item's type can differ from its section's type (learning
 * points inside a findings section), which {@code Item} cannot say.
 *
 * @param document sections, metadata, problems
 * @param items    every learning point, recommendation and good-practice point, in reading order
 * @param layoutNotes what the reading itself doubts of its layout ("page 2 read across columns (...)"), for the
 *                    self-check; empty when nothing
 */
public record ExtractedReport(ReportDocument document, List<ReportItem> items, List<String> layoutNotes) {
    public ExtractedReport {
        items = List.copyOf(items);
        layoutNotes = List.copyOf(layoutNotes);
    }

    public ExtractedReport(ReportDocument document, List<ReportItem> items) {
        this(document, items, List.of());
    }
}
