package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.casereview.etl.document.SectionType;
import org.casereview.etl.layout.LayoutBlock;

/**
 * A table laid out as a digest, one row per review ("Review | Summary | Learning | Recommendations"): its header
 * row names labelled sections, and each other row is an entry. As grammar text each row becomes a heading (the
 * first line of its first cell), the summary cells as a paragraph, each labelled column as its label with the
 * cell's lines as list items, then the rest of the first cell (the report link). A table whose header names no
 * labelled section is left as its cells' lines.
 */
public final class DigestTable {

    private static final UnitShapes SHAPES = new UnitShapes(DigestGrammar.standard());
    private static final int MAX_HEADER_WORDS = 12;

    private DigestTable() {
    }

    /**
     * A table from any reader (cells as lines, a cell's list items as {@code - } lines) as digest entries, one per row
     * under its header rows; empty when the header row names no labelled section.
     */
    public static Optional<String> entries(List<List<String>> rows, int headerRows) {
        int header = Math.max(1, headerRows);
        if (rows.size() <= header || !hasLabelColumn(rows.get(header - 1))) {
            return Optional.empty();
        }
        List<String> names = rows.get(header - 1);
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows.subList(header, rows.size())) {
            out.append(entry(names, row));
        }
        return Optional.of(out.toString().strip());
    }

    /**
     * A line's cells read as a digest table's header: a first cell that is no label (the review), and two or more
     * labelled sections after it, one of them with items ("Review | Summary | Learning | Recommendations").
     */
    public static boolean isHeader(List<String> cells) {
        if (cells.size() < 3 || labelType(cells.get(0)) != null) {
            return false;
        }
        long labels = cells.stream().skip(1).map(DigestTable::labelType).filter(t -> t != null).count();
        return labels >= 2 && hasLabelColumn(cells);
    }

    /**
     * Some line of a text layer names two or more labelled sections, as a table's header line does ("Review Summary
     * Learning Recommendations"): a cheap look before reading a page's layout for a table.
     */
    public static boolean hasHeaderLine(String text) {
        for (String line : text.split("\n")) {
            String[] words = line.strip().split("\\s+");
            if (words.length >= 3 && words.length <= MAX_HEADER_WORDS && labelsIn(words) >= 2) {
                return true;
            }
        }
        return false;
    }

    private static int labelsIn(String[] words) {
        int labels = 0;
        for (int i = 0; i < words.length; i++) {
            for (int n = Math.min(3, words.length - i); n >= 1; n--) {
                if (labelType(String.join(" ", java.util.Arrays.asList(words).subList(i, i + n))) != null) {
                    labels++;
                    i += n - 1;
                    break;
                }
            }
        }
        return labels;
    }

    /** The rows of tables that go on over pages as one table: a row whose first cell is empty goes on from the last. */
    public static List<List<String>> joined(List<List<String>> rows, List<List<String>> more, int headerRows) {
        List<List<String>> all = new ArrayList<>(rows);
        boolean sameHeader = headerRows > 0 && more.size() > headerRows && rows.size() >= headerRows
                && more.subList(0, headerRows).equals(rows.subList(0, headerRows));
        for (List<String> row : more.subList(sameHeader ? headerRows : 0, more.size())) {
            List<String> last = all.get(all.size() - 1);
            if (!row.isEmpty() && row.get(0).isBlank() && all.size() > headerRows && row.size() == last.size()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.size(); c++) {
                    cells.add((last.get(c) + "\n" + row.get(c)).strip());
                }
                all.set(all.size() - 1, cells);
            } else {
                all.add(row);
            }
        }
        return all;
    }

    static String text(LayoutBlock table) {
        return entries(table.rows(), table.headerRows()).orElseGet(() -> plain(table.rows()));
    }

    private static String entry(List<String> names, List<String> row) {
        if (row.isEmpty() || row.get(0).isBlank()) {
            return "";
        }
        List<String> title = lines(row.get(0));
        StringBuilder summary = new StringBuilder();
        StringBuilder sections = new StringBuilder();
        for (int c = 1; c < row.size(); c++) {
            List<String> cell = lines(row.get(c));
            SectionType type = c < names.size() ? labelType(names.get(c)) : null;
            if (cell.isEmpty()) {
                continue;
            }
            if (type == null || type == SectionType.SUMMARY) {
                summary.append(String.join(" ", cell)).append(' ');
            } else {
                // a cell may repeat its column's label ("Learning includes:") over its list
                boolean ownLabel = labelType(cell.get(0)) != null && cell.size() > 1;
                sections.append(label(ownLabel ? cell.get(0) : names.get(c))).append('\n');
                cell.subList(ownLabel ? 1 : 0, cell.size())
                        .forEach(line -> sections.append("- ").append(bulletless(line)).append('\n'));
                sections.append('\n');
            }
        }
        StringBuilder out = new StringBuilder("## ").append(title.get(0)).append("\n\n");
        if (!summary.isEmpty()) {
            out.append(summary.toString().strip()).append("\n\n");
        }
        out.append(sections);
        title.subList(1, title.size()).forEach(line -> out.append(line).append("\n\n"));
        return out.toString();
    }

    private static boolean hasLabelColumn(List<String> names) {
        return names.stream().skip(1).map(DigestTable::labelType)
                .anyMatch(type -> type != null && type.hasItems());
    }

    private static SectionType labelType(String name) {
        String text = String.join(" ", lines(name));
        UnitShapes.LabelMatch match = text.isEmpty() ? null : SHAPES.labelAt(text, 0);
        return match != null && match.end() >= text.length() - 1 ? match.type() : null;
    }

    /** The header as a label the grammar reads: "Learning" becomes "Learning:". */
    private static String label(String name) {
        String text = String.join(" ", lines(name));
        return text.endsWith(":") ? text : text + ":";
    }

    private static String bulletless(String line) {
        return UnitShapes.BULLET.matcher(line).replaceFirst("");
    }

    private static List<String> lines(String cell) {
        List<String> lines = new ArrayList<>();
        for (String line : cell.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private static String plain(List<List<String>> rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(row -> row.forEach(cell -> out.addAll(lines(cell))));
        return String.join("\n\n", out);
    }
}
