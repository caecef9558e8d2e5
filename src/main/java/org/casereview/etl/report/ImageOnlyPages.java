package org.casereview.etl.report;

import java.util.List;

import org.casereview.etl.document.ParseProblem;
import org.casereview.etl.document.RejectReason;

/**
 * Pages with no text layer in a report that has text elsewhere (pages printed or scanned as images and never OCRed):
 * what they hold is missing from the sections and items, so the reading is told so page by page, as the layout notes
 * the self-check reports are ('page N ...'), and the report is not taken as read whole.
 */
final class ImageOnlyPages {

    private ImageOnlyPages() {
    }

    static List<String> notes(List<ParseProblem> problems) {
        return problems.stream().filter(p -> p.reason() == RejectReason.NO_TEXT_LAYER)
                .map(p -> p.location() + " has no text layer (an image of the page): its text is not read").toList();
    }
}
