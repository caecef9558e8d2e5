package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.casereview.etl.digest.DigestTable;

/**
 * GitHub-flavoured markdown pipe tables in a markdown digest read as the HTML and Word tables are: a header row, a
 * delimiter row ({@code |:--|---:|}), then one row a line. A table whose header names labelled sections ("Case |
 * Summary | Learning includes | Recommendations") becomes one entry per row ({@link DigestTable#entries}); one
 * review's table whose first column holds its labels ("| **Summary** | text |", "| **Learning includes** | a list |")
 * becomes its labels over their text ({@link DigestTable#labelledRows}); any other table stays as written. In a cell
 * {@code <br>} breaks the line, {@code \|} is a pipe and bold marks are dropped.
 */
final class MarkdownPipeTables {
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(?:```|~~~)");
    private static final Pattern DELIMITER_CELL = Pattern.compile("\\s*:?-+:?\\s*");
    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*<br\\s*/?>\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOLD = Pattern.compile("\\*\\*|__");

    private MarkdownPipeTables() {
    }

    static String read(String markdown) {
        if (!markdown.contains("|")) {
            return markdown;
        }
        List<String> lines = List.of(markdown.split("\n", -1));
        List<String> out = new ArrayList<>(lines.size());
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            fenced ^= FENCE.matcher(line).find();
            int end = fenced ? i : tableEnd(lines, i);
            Optional<String> entries = end > i + 2 ? digestText(rows(lines.subList(i, end))) : Optional.empty();
            if (entries.isEmpty()) {
                out.add(line);
                continue;
            }
            out.add("");
            out.add(entries.get());
            out.add("");
            i = end - 1;
        }
        return String.join("\n", out);
    }

    /** One entry per row under a header naming labelled sections, or one review's rows headed by its labels. */
    private static Optional<String> digestText(List<List<String>> rows) {
        return DigestTable.entries(rows, 1).or(() -> DigestTable.labelledRows(rows));
    }

    /**
     * The line after a table that starts at {@code start}: its header row, a delimiter row with as many cells, and its
     * body rows up to a blank line or a line without a pipe; {@code start} itself when no table starts there.
     */
    private static int tableEnd(List<String> lines, int start) {
        if (start + 1 >= lines.size() || !UNESCAPED_PIPE.matcher(lines.get(start)).find()) {
            return start;
        }
        List<String> delimiter = cells(lines.get(start + 1));
        if (delimiter.size() != cells(lines.get(start)).size()
                || !delimiter.stream().allMatch(cell -> DELIMITER_CELL.matcher(cell).matches())) {
            return start;
        }
        int end = start + 2;
        while (end < lines.size() && !lines.get(end).isBlank() && UNESCAPED_PIPE.matcher(lines.get(end)).find()) {
            end++;
        }
        return end;
    }

    /** The header and body rows (the delimiter row left out), each with as many cells as the header. */
    private static List<List<String>> rows(List<String> table) {
        List<String> header = cells(table.get(0));
        List<List<String>> rows = new ArrayList<>();
        rows.add(header.stream().map(MarkdownPipeTables::cellText).toList());
        for (String line : table.subList(2, table.size())) {
            List<String> row = new ArrayList<>();
            List<String> cells = cells(line);
            for (int c = 0; c < header.size(); c++) {
                row.add(c < cells.size() ? cellText(cells.get(c)) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** A row's cells split at its unescaped pipes, a leading and a trailing pipe left out. */
    private static List<String> cells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        return List.of(UNESCAPED_PIPE.split(s, -1));
    }

    private static String cellText(String cell) {
        String s = LINE_BREAK.matcher(cell.replace("\\|", "|")).replaceAll("\n");
        return BOLD.matcher(s).replaceAll("").strip();
    }
}
