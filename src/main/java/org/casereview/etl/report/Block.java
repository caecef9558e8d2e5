package org.casereview.etl.report;

import java.util.List;

/**
 * A paragraph, list entry or heading: lines read together. May run over a page break.
 *
 * @param lines   the printed lines
 * @param heading true for a heading line (any level)
 * @param table   true for a run of table rows
 */
record Block(List<TextLine> lines, boolean heading, boolean table) {

    Block {
        lines = List.copyOf(lines);
    }

    TextLine first() {
        return lines.get(0);
    }

    int page() {
        return first().page();
    }

    String text() {
        return TextRepair.join(lines.stream().map(TextLine::text).toList());
    }

    boolean bold() {
        return lines.stream().allMatch(TextLine::bold);
    }

    int words() {
        return text().split("\\s+").length;
    }
}
