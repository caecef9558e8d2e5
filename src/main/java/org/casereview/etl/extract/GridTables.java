package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.digest.DigestTable;

/**
 * Grid tables of a plain-text or markdown digest (pandoc's grid tables, a system's text rendering of its tables): a
 * table framed by rules ({@code +----+----+}, the header closed by {@code +====+}) whose rows are lines between
 * {@code |} frames, each cell's text wrapped over several lines inside its frame. The column edges are the rule's
 * {@code +} marks; a cell's text is its lines' slices between two edges, wrapped lines joined: a bullet line ({@code - })
 * starts an item, a more indented line goes on with the line above, a blank line ends a paragraph; an address in
 * angle brackets is the address. The rows are read as the HTML and Word tables are ({@link DigestTable}): one review a
 * row under a header naming labelled sections, or one review's table whose first row holds its title beside a name
 * ("Review | Child A: ...") and whose other rows are its labels; any other table as its cells' text, a paragraph each.
 * Text that is no grid table (a rule without framed rows under it, rows whose frames are not at the rule's edges) stays
 * as it is.
 */
final class GridTables {
    private static final Pattern RULE = Pattern.compile("^\\+(?:[-=:]{1,1000}\\+){1,40}\\s*$");
    private static final Pattern ANGLE_ADDRESS = Pattern.compile("<((?:https?|ftp)://[^\\s<>]{1,2000}|mailto:[^\\s<>]{1,500})>");
    private static final Pattern BULLET = Pattern.compile("^(?:[-*+\u2022]|\\d{1,3}[.)])\\s+\\S");

    private GridTables() {
    }

    static String read(String text) {
        if (!text.contains("+-") && !text.contains("+=")) {
            return text;
        }
        List<String> lines = List.of(text.split("\n", -1));
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Optional<Table> table = RULE.matcher(lines.get(i)).matches() ? Table.at(lines, i) : Optional.empty();
            if (table.isEmpty()) {
                out.add(lines.get(i));
                continue;
            }
            out.add("");
            out.add(table.get().digestText());
            out.add("");
            i = table.get().end() - 1;
        }
        return String.join("\n", out);
    }

    /** One grid table: its rows' cells and the line after it; {@code headerRows} above a '=' rule, else 0. */
    private record Table(List<List<String>> rows, int headerRows, int end) {

        /** The table starting at a rule, when every line down to its last rule is a rule or a row framed at its edges. */
        static Optional<Table> at(List<String> lines, int start) {
            int[] edges = edges(lines.get(start));
            List<List<String>> rows = new ArrayList<>();
            List<String> rowLines = new ArrayList<>();
            int headerRows = 0;
            int end = start + 1;
            for (; end < lines.size(); end++) {
                String line = lines.get(end).stripTrailing();
                if (RULE.matcher(line).matches()) {
                    if (!sameEdges(line, edges) || rowLines.isEmpty()) {
                        return Optional.empty();
                    }
                    rows.add(cells(rowLines, edges));
                    rowLines.clear();
                    headerRows = line.contains("=") && headerRows == 0 ? rows.size() : headerRows;
                } else if (framed(line, edges)) {
                    rowLines.add(line);
                } else {
                    break;
                }
            }
            return rows.isEmpty() || !rowLines.isEmpty() ? Optional.empty() : Optional.of(new Table(rows, headerRows, end));
        }

        String digestText() {
            return DigestTable.entries(rows, headerRows)
                    .filter(entries -> headerRows > 0)
                    .or(() -> DigestTable.titledLabelledRows(rows))
                    .or(() -> DigestTable.labelledRows(rows))
                    .orElseGet(this::plain);
        }

        private String plain() {
            List<String> paragraphs = new ArrayList<>();
            rows.forEach(row -> row.stream().filter(cell -> !cell.isBlank()).forEach(paragraphs::add));
            return String.join("\n\n", paragraphs);
        }
    }

    private static int[] edges(String rule) {
        String s = rule.stripTrailing();
        return java.util.stream.IntStream.range(0, s.length()).filter(i -> s.charAt(i) == '+').toArray();
    }

    private static boolean sameEdges(String rule, int[] edges) {
        return java.util.Arrays.equals(edges(rule), edges);
    }

    private static boolean framed(String line, int[] edges) {
        if (line.length() != edges[edges.length - 1] + 1) {
            return false;
        }
        for (int edge : edges) {
            if (line.charAt(edge) != '|') {
                return false;
            }
        }
        return true;
    }

    /** A row's cells: each the slices of its lines between two edges, its wrapped lines joined. */
    private static List<String> cells(List<String> rowLines, int[] edges) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c + 1 < edges.length; c++) {
            List<String> slices = new ArrayList<>();
            for (String line : rowLines) {
                slices.add(line.substring(edges[c] + 1, edges[c + 1]).stripTrailing());
            }
            cells.add(cellText(slices));
        }
        return cells;
    }

    /**
     * A cell's lines made whole: without their common indent, a bullet line starts an item, a line indented more than
     * the cell goes on with the line above, as does a line under a paragraph's line; a blank line ends a paragraph.
     */
    private static String cellText(List<String> slices) {
        int indent = slices.stream().filter(s -> !s.isBlank()).mapToInt(GridTables::indentOf).min().orElse(0);
        StringBuilder out = new StringBuilder();
        boolean blankBefore = true;
        for (String slice : slices) {
            if (slice.isBlank()) {
                blankBefore = true;
                continue;
            }
            String line = slice.substring(indent);
            String bare = ANGLE_ADDRESS.matcher(line.strip()).replaceAll("$1");
            boolean startsNew = blankBefore || BULLET.matcher(line).find() && !Character.isWhitespace(line.charAt(0));
            if (!out.isEmpty()) {
                out.append(startsNew ? "\n" : " ");
            }
            out.append(bare);
            blankBefore = false;
        }
        return out.toString();
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
