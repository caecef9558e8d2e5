package org.casereview.etl.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A paragraph, list entry or heading: lines read together. May run over a page break.
 *
 * @param lines   the printed lines
 * @param heading true for a heading line (any level)
 * @param table   true for a run of table rows
 * @param text    the lines joined as running text ({@link TextRepair#join}): joined once, as the block is read many
 *                times over (item splitting, the section's text)
 */
record Block(List<TextLine> lines, boolean heading, boolean table, String text) {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    Block {
        lines = List.copyOf(lines);
    }

    Block(List<TextLine> lines, boolean heading, boolean table) {
        this(lines, heading, table, TextRepair.join(lines.stream().map(TextLine::text).toList()));
    }

    TextLine first() {
        return lines.get(0);
    }

    int page() {
        return first().page();
    }

    boolean bold() {
        return lines.stream().allMatch(TextLine::bold);
    }

    int words() {
        return SPACES.split(text()).length;
    }
}
