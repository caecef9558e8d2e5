package org.casereview.etl.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A paragraph, list entry or heading: lines read together. May run over a page break.
 *
 * @param lines   the printed lines
 * @param heading true for a heading line (any level)
 * @param table   true for a run of table rows
 */
record Block(List<TextLine> lines, boolean heading, boolean table) {
    private static final Pattern SPACES = Pattern.compile("\\s+");

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
        return SPACES.split(text()).length;
    }
}
