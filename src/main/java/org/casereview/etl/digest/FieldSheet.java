package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A sheet printed as one long two-column table, one row per field or item, under a header that names its two columns
 * ("Field | Entry"): each review opens with a row whose second cell is its title ("Review | Child A: ..."), and its
 * other rows name a part of it in the first cell ('Summary', 'Learning includes:', 'Link'); a list's label stands beside
 * its first item only, each further item its own row under an empty first cell. Read as each review's titled label rows
 * ({@link DigestTable#titledLabelledRows}), each item cell one item. A spreadsheet has no list marker: its cell is the
 * item, its lines one wrapped item.
 */
final class FieldSheet {

    /** A column's name: one or two words of letters ("Field", "Entry", "Item name"). */
    private static final Pattern COLUMN_NAME = Pattern.compile("\\p{Lu}\\p{L}*(?: \\p{L}+)?");

    /** A row's name: up to three words of letters. */
    private static final Pattern NAME = Pattern.compile("\\p{L}+(?: \\p{L}+){0,2}");
    private static final UnitShapes SHAPES = new UnitShapes(DigestGrammar.standard());

    private FieldSheet() {
    }

    /**
     * A header row of two short column names, neither a section's label nor a review's title: a sheet of fields whose
     * rows say what each is ({@link #entries} decides from the rows under it).
     */
    static boolean isHeader(List<String> cells) {
        return cells.size() == 2 && cells.stream().allMatch(cell -> COLUMN_NAME.matcher(cell.strip()).matches()
                && !DigestTable.isSectionLabel(cell));
    }

    /**
     * The rows under such a header as entries; empty unless the first row names a review by its title and every
     * review's rows are its labels ({@link DigestTable#titledLabelledRows}). Rows wholly empty are left out.
     */
    static Optional<String> entries(List<List<String>> body) {
        List<List<List<String>>> reviews = new ArrayList<>();
        for (List<String> row : body) {
            if (row.size() != 2 || row.stream().allMatch(String::isBlank)) {
                continue;
            }
            String cell = oneItem(row.get(1));
            if (opensReview(row)) {
                reviews.add(new ArrayList<>());
            } else if (reviews.isEmpty()) {
                return Optional.empty();
            }
            List<List<String>> rows = reviews.get(reviews.size() - 1);
            if (row.get(0).isBlank() && !rows.isEmpty()) {
                List<String> last = rows.get(rows.size() - 1);
                rows.set(rows.size() - 1, List.of(last.get(0), last.get(1) + "\n" + cell)); // the next item of its list
            } else {
                rows.add(List.of(row.get(0), cell));
            }
        }
        if (reviews.isEmpty()) {
            return Optional.empty();
        }
        List<String> after = endNote(reviews.get(reviews.size() - 1));
        StringBuilder out = new StringBuilder();
        for (List<List<String>> review : reviews) {
            Optional<String> entry = DigestTable.titledLabelledRows(review);
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            out.append(entry.get()).append("\n\n");
        }
        after.forEach(note -> out.append(note).append("\n\n"));
        return Optional.of(out.toString().strip());
    }

    /**
     * The rows after the last review's last labelled row whose first cell names no part of a review (a note set under
     * the sheet, over both columns), taken off that review: their text, a row a line.
     */
    private static List<String> endNote(List<List<String>> review) {
        int end = review.size();
        while (end > 1 && !isPart(review.get(end - 1))) {
            end--;
        }
        List<List<String>> note = review.subList(end, review.size());
        List<String> text = note.stream().map(row -> (row.get(0).strip() + " " + row.get(1).strip()).strip()).toList();
        note.clear();
        return text;
    }

    /**
     * A row naming a review: a first cell of a few words ("Review", "Case") beside a title alone, not the link's
     * words ("Link | Read the practice review (PDF)").
     */
    private static boolean opensReview(List<String> row) {
        return NAME.matcher(row.get(0).strip()).matches() && DigestTable.isTitleRow(row)
                && SHAPES.link(row.get(1).strip()) == null;
    }

    private static boolean isPart(List<String> row) {
        return DigestTable.isRowLabel(row.get(0)) || DigestTable.isDetail(row) || DigestTable.isLinkRow(row);
    }

    /** A cell's wrapped lines as one line; a cell whose lines carry list markers keeps them, an item a line. */
    private static String oneItem(String cell) {
        List<String> lines = cell.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        boolean marked = lines.stream().anyMatch(line -> UnitShapes.BULLET.matcher(line).find());
        return marked ? String.join("\n", lines) : String.join(" ", lines);
    }
}
