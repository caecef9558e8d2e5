package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

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

    private static final DigestGrammar GRAMMAR = DigestGrammar.standard();
    private static final UnitShapes SHAPES = new UnitShapes(GRAMMAR);
    private static final int MAX_HEADER_WORDS = 12;
    private static final Pattern URL_START = Pattern.compile("https?://|www\\.");
    /** Link words already under their link annotation's address ("[Read the review (PDF)](https://...)"). */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[[^\\]]*]\\([^)\\s]+\\)");
    private static final Pattern LINK_ONLY = Pattern.compile("\\[[^\\]]+]\\([^)\\s]+\\)(?:\\s*[(\\[][^)\\]]{1,30}[)\\]])?");
    private static final Pattern URL_ONLY = Pattern.compile("<?(?:https?://|www\\.)\\S+>?");
    private static final Pattern TITLE_CUT = Pattern.compile("[:;,&/\u2013\u2014-]$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u2019\u201d)]*$");

    private DigestTable() {
    }

    /**
     * A table from any reader (cells as lines, a cell's list items as {@code - } lines) as digest entries, one per row
     * under its header rows; empty when the header row names no labelled section.
     */
    public static Optional<String> entries(List<List<String>> table, int headerRows) {
        List<List<String>> rows = SheetRowNumbers.without(table);
        if (isTransposed(rows)) {
            return Optional.of(columnEntries(rows));
        }
        int header = Math.max(1, headerRows);
        if (rows.size() > header && FieldSheet.isHeader(rows.get(header - 1))) {
            return FieldSheet.entries(rows.subList(header, rows.size()));
        }
        if (rows.size() > header && isLabelsHeader(rows.get(header - 1))) {
            return Optional.of(labelledColumns(rows.get(header - 1), rows.subList(header, rows.size())));
        }
        if (rows.size() <= header || !hasLabelColumn(rows.get(header - 1))) {
            return Optional.empty();
        }
        List<String> names = rows.get(header - 1);
        StringBuilder out = new StringBuilder();
        for (List<String> row : continuedRows(rows.subList(header, rows.size()))) {
            out.append(row.get(0).isBlank() ? plain(List.of(row)) + "\n\n" : entry(names, row));
        }
        return Optional.of(out.toString().strip());
    }

    /**
     * A table laid out the other way round, one column per review ("Review | Child A: ... | Child B: ...", then
     * "Summary | ... | ...", "Learning includes: | ... | ..."): the first row names the reviews (its first cell is no
     * section label, and every cell after it a title, no label or link column's name), and the first cell of every
     * row under it is a label or the link column's name, one of them a list's.
     */
    private static boolean isTransposed(List<List<String>> rows) {
        if (rows.size() < 3 || rows.get(0).size() < 2 || rows.stream().anyMatch(row -> row.isEmpty()
                || row.size() > rows.get(0).size()) || labelType(rows.get(0).get(0)) != null) {
            return false;
        }
        List<List<String>> body = rows.subList(1, rows.size());
        return rows.get(0).stream().skip(1).allMatch(DigestTable::namesAReview)
                && body.stream().allMatch(row -> isRowLabel(row.get(0)))
                && body.stream().map(row -> labelType(row.get(0))).anyMatch(type -> type != null && type.hasItems());
    }

    /** A transposed table's head cell over a review's column: a title, not a label or a column's name ("Text"). */
    private static boolean namesAReview(String cell) {
        return !cell.isBlank() && !isRowLabel(cell) && SHAPES.looksLikeTitle(lines(cell).get(0));
    }

    /** Each review column of a transposed table as an entry: its title as the heading, the rows' labels over its cells. */
    private static String columnEntries(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (int c = 1; c < rows.get(0).size(); c++) {
            List<String> title = lines(rows.get(0).get(c));
            List<List<String>> column = new ArrayList<>();
            for (List<String> row : rows.subList(1, rows.size())) {
                column.add(List.of(row.get(0), c < row.size() ? row.get(c) : "")); // an empty cell a producer left out
            }
            out.append("## ").append(title.get(0)).append("\n\n");
            title.subList(1, title.size()).forEach(line -> out.append(line).append("\n\n"));
            labelledRows(column).ifPresent(text -> out.append(text).append("\n\n"));
        }
        return out.toString().strip();
    }

    /**
     * A row whose first cell (the review's) is empty goes on with the row above (a row the page break or the producer
     * cut in two); one with no row above stays, and is written as its cells' text, so the grammar keeps it with the
     * entry before the table or reports it: no text of a table is left out.
     */
    private static List<List<String>> continuedRows(List<List<String>> body) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : body) {
            if (row.isEmpty() || row.stream().allMatch(String::isBlank)) {
                continue;
            }
            List<String> last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (row.get(0).isBlank() && last != null && !last.get(0).isBlank() && last.size() == row.size()) {
                rows.set(rows.size() - 1, joinedCells(last, row));
            } else {
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * A header whose every cell names a labelled section or the link column, one of them a list ("Learning includes |
     * Recommendations include", "Learning includes" alone): no cell names the reviews, so the table is not one review a
     * row but one review's sections laid side by side, each column a section.
     */
    private static boolean isLabelsHeader(List<String> names) {
        return !names.isEmpty() && labelType(names.get(0)) != null
                && names.stream().allMatch(DigestTable::isRowLabel)
                && names.stream().map(DigestTable::labelType).anyMatch(type -> type != null && type.hasItems());
    }

    /**
     * One review's sections side by side, a column each: its label over its non-empty cells, one item a cell (a cell's
     * bullet lines an item each); a summary column as a paragraph, a link column as the link line.
     */
    private static String labelledColumns(List<String> names, List<List<String>> body) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < names.size(); c++) {
            List<String> cells = new ArrayList<>();
            for (List<String> row : body) {
                List<String> cell = c < row.size() ? lines(row.get(c)) : List.of();
                boolean bullets = cell.stream().anyMatch(line -> UnitShapes.BULLET.matcher(line).find());
                if (bullets) {
                    cells.addAll(cell);
                } else if (!cell.isEmpty()) {
                    cells.add(String.join(" ", cell));
                }
            }
            out.append(labelledRow(names.get(c), cells));
        }
        return out.toString().strip();
    }

    /**
     * One review's table of two columns whose first cells are its labels ("Summary | text", "Learning includes | a
     * list", "Full report | the link"), as a markdown digest lays a review out under its heading: each row as grammar
     * text, the summary as a paragraph, a label over its cell's lines as items, the link cell as the link line; or its
     * facts ("Review type | Serious case review", "Area | Northfold", "Report | the link"): a fact of one line after its
     * label, an area or date as a detail line. A header row that is empty or no label is left out. Empty when another
     * first cell is neither a label, a link column's name nor a detail's, or no row is a list's or the link's.
     */
    public static Optional<String> labelledRows(List<List<String>> rows) {
        if (rows.isEmpty() || rows.stream().anyMatch(row -> row.size() != 2)) {
            return Optional.empty();
        }
        List<List<String>> body = rows.stream().filter(row -> !row.get(0).isBlank()).toList();
        if (!body.isEmpty() && body.get(0) == rows.get(0) && !isRowLabel(body.get(0).get(0))) {
            body = body.subList(1, body.size());
        }
        boolean labelled = !body.isEmpty()
                && body.stream().allMatch(row -> isRowLabel(row.get(0)) || isDetail(row) || isLinkRow(row))
                && body.stream().anyMatch(row -> isLinkColumn(row.get(0)) || labelType(row.get(0)) != null
                        && labelType(row.get(0)).hasItems());
        if (!labelled) {
            return Optional.empty();
        }
        // the details first: the grammar reads an area or date line only before an entry's first label
        StringBuilder out = new StringBuilder();
        body.stream().filter(DigestTable::isDetail).forEach(row -> out.append(detailLine(row)).append("\n\n"));
        body.stream().filter(row -> !isDetail(row)).forEach(row -> out.append(labelledRow(row.get(0), lines(row.get(1)))));
        return Optional.of(out.toString().strip());
    }

    /**
     * One review's two-column table whose first row holds its title beside a name ("Review | Child A: Child
     * safeguarding practice review"), its other rows its labels ({@link #labelledRows}): the title as a heading over
     * them (a name that is also a link column's, "Review", names the title when no address follows). Empty when the
     * first row's first cell is a section's label, or its second is no title.
     */
    public static Optional<String> titledLabelledRows(List<List<String>> rows) {
        if (rows.size() < 2 || !isTitleRow(rows.get(0))) {
            return Optional.empty();
        }
        String title = String.join(" ", lines(rows.get(0).get(1)));
        return labelledRows(withoutUnknownRows(rows.subList(1, rows.size()))).map(body -> "## " + title + "\n\n" + body);
    }

    /** A row of two cells naming a review: its first cell no section's label, its second a title alone. */
    static boolean isTitleRow(List<String> row) {
        if (row.size() != 2 || labelType(row.get(0)) != null) {
            return false;
        }
        String title = String.join(" ", lines(row.get(1)));
        return !title.isEmpty() && labelType(title) == null && !URL_START.matcher(title).find()
                && SHAPES.looksLikeTitle(title);
    }

    /**
     * A review's form without its rows of names the grammar has no word for ('Contact', 'Lead reviewer'), when it
     * has a summary row and more rows the grammar knows than such rows: the record has no column for them, and read as
     * text they would be points of the list above. A form without a summary row keeps them (one may be its summary
     * under another name), and so does a table most of whose rows are unknown (no review's form).
     */
    private static List<List<String>> withoutUnknownRows(List<List<String>> rows) {
        if (rows.stream().anyMatch(row -> row.size() != 2)
                || rows.stream().noneMatch(row -> labelType(row.get(0)) == SectionType.SUMMARY)) {
            return rows;
        }
        List<List<String>> known = rows.stream().filter(row -> !isUnknownRow(row)).toList();
        long unknown = rows.size() - known.size();
        return unknown > 0 && rows.stream().allMatch(row -> !isUnknownRow(row) || isRowName(row.get(0)))
                && unknown < known.stream().filter(row -> !row.get(0).isBlank()).count() ? known : rows;
    }

    private static boolean isUnknownRow(List<String> row) {
        return !row.get(0).isBlank() && !isRowLabel(row.get(0)) && !isDetail(row) && !isLinkRow(row);
    }

    /** A row's name: a few words, no sentence ("Contact", "Lead reviewer"). */
    private static boolean isRowName(String cell) {
        String name = String.join(" ", lines(cell)).strip();
        return !name.isEmpty() && name.split("\\s+").length <= 4 && !name.matches(".*[.!?]$");
    }

    /** A facts row the grammar reads as a detail line when written "name: value" ("Area | Northfold"). */
    static boolean isDetail(List<String> row) {
        return labelType(row.get(0)) == null && !isLinkColumn(row.get(0)) && !lines(row.get(1)).isEmpty()
                && SHAPES.details().isEntryDetail(detailLine(row));
    }

    private static String detailLine(List<String> row) {
        return String.join(" ", lines(row.get(0))).replaceFirst("\\s*:$", "") + ": " + String.join(" ", lines(row.get(1)));
    }

    /**
     * A row of a form whose name the grammar does not know ("Published as", "Where to read it") and whose cell is only
     * the report's link (a link, or an address): the link row, whatever it is called.
     */
    static boolean isLinkRow(List<String> row) {
        if (labelType(row.get(0)) != null) {
            return false;
        }
        List<String> cell = lines(row.get(1));
        String line = String.join(" ", cell);
        return cell.size() == 1 && (LINK_ONLY.matcher(line).matches() || URL_ONLY.matcher(line).matches());
    }

    static boolean isRowLabel(String cell) {
        return labelType(cell) != null || isLinkColumn(cell);
    }

    private static String labelledRow(String name, List<String> cell) {
        SectionType type = labelType(name);
        if (cell.isEmpty()) {
            return "";
        }
        if (type == null) {
            return linkLine(cell) + "\n\n";
        }
        if (type == SectionType.SUMMARY || statesNoRecommendations(cell)) {
            return String.join(" ", cell) + "\n\n";
        }
        if (!type.hasItems() && cell.size() == 1 && !UnitShapes.BULLET.matcher(cell.get(0)).find()) {
            return label(name) + " " + cell.get(0) + "\n\n"; // a fact of one line: "Review type: Serious case review"
        }
        if (cell.size() == 1 && SHAPES.saysNone(bulletless(cell.get(0)))) {
            return label(name) + "\n" + cell.get(0) + "\n\n"; // a form's "None identified.": no item, as written
        }
        StringBuilder out = new StringBuilder(label(name)).append('\n');
        cell.forEach(line -> out.append(itemOrLabel(line)));
        return out.append('\n').toString();
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
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String[] words = lines[i].strip().split("\\s+");
            if (words.length < 3 || words.length > MAX_HEADER_WORDS) {
                continue;
            }
            int labels = labelsIn(words);
            if (labels >= 2 || labels == 1 && i + 1 < lines.length && labels + wrappedLabels(words, lines[i + 1]) >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Header cells wrapped onto the next line ("Key" over "learning", "Recommend-" over "ations") that are labels. */
    private static int wrappedLabels(String[] words, String next) {
        String[] under = next.strip().split("\\s+");
        if (under.length > MAX_HEADER_WORDS || under[0].isEmpty()) {
            return 0;
        }
        int labels = 0;
        for (String word : words) {
            for (String rest : under) {
                String joined = word.endsWith("-") ? word.substring(0, word.length() - 1) + rest : word + " " + rest;
                if (labelType(word) == null && labelType(joined) != null) {
                    labels++;
                    break;
                }
            }
        }
        return labels;
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

    /**
     * The rows of tables that go on over pages as one table (the later one's header rows, when the same, left out).
     * A row split by the page break goes on in the first row of the next page: that row has an empty first cell or one
     * that names no review ({@link #opensNoEntry}), or the row before stops inside a sentence in a summary column
     * ("... a 17-year-old boy in"); its cells are joined
     * to the row before's, a line cut short joined to the one that goes on with it.
     */
    public static List<List<String>> joined(List<List<String>> rows, List<List<String>> more, int headerRows) {
        List<List<String>> all = new ArrayList<>(rows);
        boolean sameHeader = headerRows > 0 && more.size() > headerRows && rows.size() >= headerRows
                && more.subList(0, headerRows).equals(rows.subList(0, headerRows));
        List<List<String>> added = more.subList(sameHeader ? headerRows : 0, more.size());
        boolean fields = headerRows > 0 && rows.size() >= headerRows && FieldSheet.isHeader(rows.get(headerRows - 1));
        for (int r = 0; r < added.size(); r++) {
            List<String> row = added.get(r);
            List<String> last = all.get(all.size() - 1);
            // a sheet of fields cuts no row: a row under an empty first cell is its own (the next item of a list)
            boolean goesOn = all.size() > headerRows && row.size() == last.size() && !row.isEmpty() && !fields
                    && (row.get(0).isBlank() || r == 0 && (cutShort(last, headerRows > 0 ? rows.get(headerRows - 1) : List.of())
                    || opensNoEntry(last.get(0), row.get(0))));
            if (goesOn) {
                all.set(all.size() - 1, joinedCells(last, row));
            } else {
                all.add(row);
            }
        }
        return all;
    }

    /**
     * The first cell of a page's first row goes on with the first cell above it rather than naming a review: it starts
     * in lower case ("case review"), is a link line ("Read overview report (PDF)"), or the cell above stops inside a
     * title ("Child TD:", "Child TD -").
     */
    private static boolean opensNoEntry(String above, String cell) {
        List<String> lines = lines(cell);
        if (lines.isEmpty()) {
            return false;
        }
        String first = lines.get(0);
        return Character.isLowerCase(first.codePointAt(0)) || SHAPES.link(first) != null
                || TITLE_CUT.matcher(above.strip()).find();
    }

    private static boolean cutShort(List<String> row, List<String> names) {
        for (int c = 1; c < row.size() && c < names.size(); c++) {
            SectionType type = labelType(names.get(c));
            String text = row.get(c).strip();
            if ((type == null || type == SectionType.SUMMARY) && !text.isEmpty() && !SENTENCE_END.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> joinedCells(List<String> last, List<String> row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            String before = last.get(c).strip();
            String after = row.get(c).strip();
            boolean sameLine = !before.isEmpty() && !after.isEmpty() && !SENTENCE_END.matcher(before).find()
                    && !UnitShapes.BULLET.matcher(after).find() && SHAPES.link(lines(after).get(0)) == null;
            cells.add(before.isEmpty() || after.isEmpty() ? before + after : before + (sameLine ? " " : "\n") + after);
        }
        return cells;
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
        List<String> links = new ArrayList<>();
        for (int c = 1; c < row.size(); c++) {
            List<String> cell = lines(row.get(c));
            SectionType type = c < names.size() ? labelType(names.get(c)) : null;
            if (cell.isEmpty()) {
                continue;
            }
            if (type == null && c < names.size() && isLinkColumn(names.get(c))) {
                links.add(linkLine(cell));
            } else if (type == null || type == SectionType.SUMMARY) {
                summary.append(String.join(" ", summaryLines(cell, links))).append(' ');
            } else {
                // a cell may repeat its column's label ("Learning includes:") over its list
                boolean ownLabel = labelType(cell.get(0)) != null && cell.size() > 1;
                List<String> body = cell.subList(ownLabel ? 1 : 0, cell.size());
                if (statesNoRecommendations(body)) {
                    sections.append(String.join(" ", body)).append("\n\n");
                    continue;
                }
                sections.append(label(ownLabel ? cell.get(0) : names.get(c))).append('\n');
                body.forEach(line -> sections.append(itemOrLabel(line)));
                sections.append('\n');
            }
        }
        StringBuilder out = new StringBuilder("## ").append(title.get(0)).append("\n\n");
        if (!summary.isEmpty()) {
            out.append(summary.toString().strip()).append("\n\n");
        }
        out.append(sections);
        title.subList(1, title.size()).forEach(line -> out.append(line).append("\n\n"));
        links.forEach(line -> out.append(line).append("\n\n"));
        return out.toString();
    }

    /**
     * A summary cell's lines but the link lines set under the summary in the same cell ('Read the overview report (PDF)'
     * on a line of its own after the last sentence), which go to {@code links}: the report's link, not the summary's words.
     */
    private static List<String> summaryLines(List<String> cell, List<String> links) {
        List<String> words = new ArrayList<>();
        for (String line : cell) {
            if (!words.isEmpty() && SHAPES.link(line) != null) {
                links.add(line);
            } else {
                words.add(line);
            }
        }
        return words;
    }

    /**
     * A cell's line as a list item, or, when it is a label and no bullet's item ("Identifies good practice
     * including:" under the learning list), as a label line of its own that the lines after it go under.
     */
    private static String itemOrLabel(String line) {
        if (!UnitShapes.BULLET.matcher(line).find() && labelType(line) != null) {
            return "\n" + label(line) + "\n";
        }
        return "- " + bulletless(line) + "\n";
    }

    /**
     * A labelled column's cell that holds, instead of a list, the sentence saying the review makes no recommendations
     * ("Makes no recommendations as the partnership had already ..."): no line is a bullet's and the cell opens with
     * that sentence. It goes out as the paragraph the grammar reads as that statement, not as an item.
     */
    private static boolean statesNoRecommendations(List<String> cell) {
        return !cell.isEmpty() && cell.stream().noneMatch(line -> UnitShapes.BULLET.matcher(line).find())
                && SHAPES.noRecommendationsAt(String.join(" ", cell), 0) == 0;
    }

    private static boolean isLinkColumn(String name) {
        return GRAMMAR.linkColumn.matcher(String.join(" ", lines(name))).matches();
    }

    /** A link cell as one line; a URL broken over the cell's lines ("https://" "example.org/" "a.pdf") is made whole. */
    private static String linkLine(List<String> cell) {
        String text = String.join(" ", cell);
        java.util.regex.Matcher url = URL_START.matcher(text);
        if (MARKDOWN_LINK.matcher(text).find() || !url.find()) {
            return text;
        }
        String words = text.substring(0, url.start()).strip();
        String target = text.substring(url.start()).replaceAll("\\s+", "");
        return words.isEmpty() ? target : words + " " + target;
    }

    private static boolean hasLabelColumn(List<String> names) {
        return names.stream().skip(1).map(DigestTable::labelType)
                .anyMatch(type -> type != null && type.hasItems());
    }

    /** Whether the grammar reads the text as a section's label ('Learning', 'Summary:'), alone on its line. */
    public static boolean isSectionLabel(String name) {
        return labelType(name) != null;
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
