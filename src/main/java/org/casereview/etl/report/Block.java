package org.casereview.etl.report;

import java.util.List;

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

    /**
     * {@code text().split("\\s+").length}, counted without the split: the runs of characters other than {@code \s}
     * (space, tab, line break, vertical tab, form feed), one more where white space opens the text (the split's empty
     * first piece); 1 for an empty text, 0 for one of white space alone.
     */
    int words() {
        String text = text();
        if (text.isEmpty()) {
            return 1;
        }
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = isRegexSpace(text.charAt(i));
            if (!space && !inRun) {
                runs++;
            }
            inRun = !space;
        }
        return runs > 0 && isRegexSpace(text.charAt(0)) ? runs + 1 : runs;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
