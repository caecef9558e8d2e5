package org.casereview.etl.digest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A two-column table copied as plain text: each row a field's name, a tab, its value ('Summary&lt;TAB&gt;Neglect of
 * ...'), each further paragraph of a value's cell on a line of its own opened by a tab. The tab is the cell's edge, so
 * it stands for a colon: the row becomes a label line ('Summary: Neglect of ...'), a title field ({@code title_field}
 * of digest-grammar.yml) only its value, the title line. Under a label that opens a list (learning, recommendations)
 * the cell's further paragraphs are points, one '- ' line each; its first line is read as a list label's text is
 * (points parted by semicolons). Only a text whose lines are mostly such rows is a table: a tab elsewhere is white
 * space.
 */
final class TabbedFields {

    private static final int MIN_ROWS = 3;
    /** A short name at the line start (up to five words, no sentence end), one tab or more, the value. */
    private static final Pattern ROW = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'\u2019()/&-]*(?: [\\p{L}'\u2019()/&-]+){0,4}):?\\t+[ \\t]*(\\S.*)$");
    /** A further paragraph of the cell above: a line opened by a tab. */
    private static final Pattern CELL_LINE = Pattern.compile("^\\t+[ \\t]*(\\S.*)$");

    private final Pattern titleField;
    private final UnitShapes shapes;

    TabbedFields(DigestGrammar grammar, UnitShapes shapes) {
        this.titleField = grammar.titleField;
        this.shapes = shapes;
    }

    String asFields(String text) {
        if (text.indexOf('\t') < 0) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        if (!isTable(lines)) {
            return text;
        }
        boolean points = false;
        for (int i = 0; i < lines.length; i++) {
            Matcher row = ROW.matcher(lines[i]);
            Matcher cell = CELL_LINE.matcher(lines[i]);
            if (row.matches()) {
                String name = row.group(1);
                String value = row.group(2).strip();
                points = opensList(name);
                lines[i] = titleField.matcher(name).matches() ? value : name + ": " + value;
            } else if (cell.matches()) {
                lines[i] = (points ? "- " : "") + cell.group(1).strip();
            } else {
                points = false;
            }
        }
        return String.join("\n", lines);
    }

    /** At least {@value #MIN_ROWS} rows, and rows with their cells' further lines more than half the text's lines. */
    private static boolean isTable(String[] lines) {
        int rows = 0;
        int tabled = 0;
        int written = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            written++;
            boolean row = ROW.matcher(line).matches();
            rows += row ? 1 : 0;
            tabled += row || CELL_LINE.matcher(line).matches() ? 1 : 0;
        }
        return rows >= MIN_ROWS && tabled * 2 > written;
    }

    private boolean opensList(String name) {
        UnitShapes.LabelMatch label = shapes.labelAt(name + ":", 0);
        return label != null && label.type().hasItems();
    }
}
