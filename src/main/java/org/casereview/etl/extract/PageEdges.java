package org.casereview.etl.extract;

import java.util.List;

/** The lines of each page in its top and bottom margins, where running heads, feet and print headers stand. */
final class PageEdges {

    /** Share of the page's height at the top and at the foot that holds a running line. */
    private static final float MARGIN = 0.1f;
    /** On a single page, nothing repeats to tell a running line from the text: only the outermost lines. */
    private static final float OUTERMOST = 0.05f;

    private PageEdges() {
    }

    static List<List<String>> lines(List<List<PdfPageLines.Line>> pages) {
        float band = pages.size() == 1 ? OUTERMOST : MARGIN;
        return pages.stream().map(page -> page.stream()
                .filter(line -> line.top() < band || line.top() > 1 - band)
                .map(PdfPageLines.Line::text).filter(text -> !text.isBlank()).toList()).toList();
    }
}
