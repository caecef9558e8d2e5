package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered points of one table cell (a form's answer cell holding '1.' and '2.'), each a point of its own. Only
 * where the evidence is strong: each number stands alone, apart from its point's words, and the point's further lines
 * start where its words start, right of the number (a list's hanging indent inside the cell: the numbers in a column
 * of their own); the cell's first line opens point 1 and the numbers count up one by one (1, 2, 3 ...). A number run
 * into the cell's text whose next lines start under it (two text columns read across the page as a table's rows, a
 * paragraph's '2.') and a tracked change's marker ('[1.]', '1.[2.]') split nothing.
 */
final class NumberedCellPoints {

    /** A bare list number: '1.' or '2)'; not '[1.]', '(a)' or a paragraph number '2.3'. */
    private static final Pattern BARE_NUMBER = Pattern.compile("(\\d{1,2})[.)]");
    /** A point's further lines start where its words start, to a point or two. */
    private static final float SAME_PLACE = 2f;

    private NumberedCellPoints() {
    }

    /** The cell's text in the column as its points: one per number when the numbers say so, else the cell whole. */
    static List<String> points(List<TextLine> row, List<Float> columns, int column) {
        List<List<String>> points = numbered(row, columns, column);
        if (points.size() < 2) {
            return List.of(TableRows.cell(row, columns, column));
        }
        return points.stream().map(TextRepair::join).toList();
    }

    /** The points, each its lines (the first opening with its number); empty when a line breaks the pattern. */
    private static List<List<String>> numbered(List<TextLine> row, List<Float> columns, int column) {
        List<List<String>> points = new ArrayList<>();
        float words = Float.NaN;
        for (TextLine line : row) {
            List<TextFragment> cell = withNumberLeftOf(line, columns, column);
            if (cell.isEmpty()) {
                continue;
            }
            if (number(cell) == points.size() + 1) {
                words = cell.get(1).x();
                points.add(new ArrayList<>());
            } else if (points.isEmpty() || Math.abs(cell.get(0).x() - words) > SAME_PLACE) {
                return List.of();
            }
            points.get(points.size() - 1).add(String.join(" ", cell.stream().map(f -> f.text().strip()).toList()));
        }
        return points;
    }

    /**
     * The line's fragments in the column, after the list number standing alone in the column just left of it when
     * that is all the line holds there (the table's columns part a number set a tab before its point's words).
     */
    private static List<TextFragment> withNumberLeftOf(TextLine line, List<Float> columns, int column) {
        List<TextFragment> left = inColumn(line, columns, column - 1);
        List<TextFragment> own = inColumn(line, columns, column);
        if (own.isEmpty() || left.size() != 1 || !BARE_NUMBER.matcher(left.get(0).text().strip()).matches()) {
            return own;
        }
        List<TextFragment> cell = new ArrayList<>(left);
        cell.addAll(own);
        return cell;
    }

    private static List<TextFragment> inColumn(TextLine line, List<Float> columns, int column) {
        return line.fragments().stream()
                .filter(f -> !f.isBlank() && TableRows.columnOf(f.x(), columns) == column).toList();
    }

    /** The list number standing alone before the line's words, apart from them; 0 when there is none. */
    private static int number(List<TextFragment> cell) {
        Matcher matcher = BARE_NUMBER.matcher(cell.get(0).text().strip());
        boolean apart = cell.size() > 1 && cell.get(1).x() - cell.get(0).endX() > 0.5f * cell.get(0).fontSize();
        return apart && matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
    }
}
