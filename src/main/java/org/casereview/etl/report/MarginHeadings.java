package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Word-like margin headings: a narrow left column holding only short bold or coloured lines, one per
 * section, each on the baseline of the first line of its text in a wide column to the right (a
 * borderless two-column table). Each such row is read as two lines, the heading first, so that the
 * text's first line (and its list marker) starts a line of its own.
 */
final class MarginHeadings {

    private static final int MIN_HEADINGS = 2;
    /** Text-column rows per heading: sections run on for lines, a term list's definitions mostly do not. */
    private static final float MIN_TEXT_ROWS_PER_HEADING = 2f;
    private static final int MAX_HEADING_WORDS = 5;
    private static final float EDGE_TOLERANCE = 1.5f;
    /** An item label in a column of its own: a letter code and number ("R1", "LP2") or a number ("3."). */
    private static final Pattern ITEM_LABEL = Pattern.compile("([A-Z]{1,3} ?\\d{1,2}|\\d{1,2}[.)]?)[.:)]?");
    /** A label column stands apart from the text: wider than a word space (a third of the type size). */
    private static final float WORD_SPACES = 0.6f;
    /**
     * The gap between a margin heading and its text, in ems of the line: a table column's gap is wider than two, LaTeX
     * titlesec's {@code leftmargin} title stands 5 mm (about an em and a half) before the text.
     */
    private static final float MIN_GAP_EMS = 1.2f;

    private MarginHeadings() {
    }

    /** The rows with each margin heading split off before its text, or the rows unchanged. */
    static List<TextLine> split(int page, float pageWidth, List<TextLine> rows) {
        List<Integer> headingRows = new ArrayList<>();
        List<Integer> cuts = new ArrayList<>();
        float columnEdge = Float.MAX_VALUE;
        for (int r = 0; r < rows.size(); r++) {
            int cut = widestGap(rows.get(r));
            if (cut > 0 && isMarginHeading(rows.get(r), cut, pageWidth)) {
                headingRows.add(r);
                cuts.add(cut);
                columnEdge = Math.min(columnEdge, rows.get(r).fragments().get(cut).x());
            }
        }
        if (headingRows.size() < MIN_HEADINGS || !textColumnBeside(rows, headingRows, cuts, columnEdge)) {
            return rows;
        }
        List<TextLine> result = new ArrayList<>(rows.size() + headingRows.size());
        for (int r = 0, h = 0; r < rows.size(); r++) {
            TextLine row = rows.get(r);
            if (h < headingRows.size() && headingRows.get(h) == r) {
                int cut = cuts.get(h++);
                result.add(line(page, row.fragments().subList(0, cut)));
                result.add(line(page, row.fragments().subList(cut, row.fragments().size())));
            } else {
                result.add(row);
            }
        }
        return result;
    }

    private static TextLine line(int page, List<TextFragment> fragments) {
        return LineAssembler.lines(page, fragments).get(0);
    }

    /** The index of the first fragment after the row's widest gap between visible fragments, or -1. */
    private static int widestGap(TextLine row) {
        List<TextFragment> fragments = row.fragments();
        int best = -1;
        float widest = 0;
        for (int i = 1; i < fragments.size(); i++) {
            float gap = fragments.get(i).x() - fragments.get(i - 1).endX();
            if (gap > widest && !fragments.get(i).isBlank() && !fragments.get(i - 1).isBlank()) {
                widest = gap;
                best = i;
            }
        }
        return widest > MIN_GAP_EMS * row.fontSize() ? best : -1;
    }

    /**
     * A short bold or coloured label in the left part of the page, plain text after the gap: the text may open with a
     * bold item label ("R1", "G2", "3.") set in a column of its own between the headings and the text, which stays
     * with the text as its marker.
     */
    private static boolean isMarginHeading(TextLine row, int cut, float pageWidth) {
        List<TextFragment> left = row.fragments().subList(0, cut);
        List<TextFragment> right = row.fragments().subList(cut, row.fragments().size());
        String label = LineAssembler.lines(row.page(), left).get(0).text();
        boolean styled = left.stream().filter(f -> !f.isBlank()).allMatch(f -> f.bold() || f.coloured());
        boolean plainText = right.subList(itemLabelEnd(right), right.size()).stream().filter(f -> !f.isBlank())
                .noneMatch(f -> f.bold() || f.coloured());
        return styled && plainText && left.get(left.size() - 1).endX() < 0.35f * pageWidth
                && label.split(" ").length <= MAX_HEADING_WORDS && Character.isLetter(label.charAt(0));
    }

    /**
     * The number of fragments of the text's opening bold item label ("R1", "G1", "2."), set apart from the text after
     * it; 0 when the text opens with no such label.
     */
    private static int itemLabelEnd(List<TextFragment> text) {
        StringBuilder label = new StringBuilder();
        int end = 0;
        while (end < text.size() && (text.get(end).isBlank() || text.get(end).bold())) {
            label.append(text.get(end++).text());
        }
        boolean apart = end > 0 && end < text.size()
                && text.get(end).x() - text.get(end - 1).endX() > WORD_SPACES * text.get(end).fontSize();
        return apart && ITEM_LABEL.matcher(label.toString().strip()).matches() ? end : 0;
    }

    /**
     * The rows between the headings start at or right of the text column's edge (the left column holds
     * nothing else), and there are several of them per heading.
     */
    private static boolean textColumnBeside(List<TextLine> rows, List<Integer> headingRows, List<Integer> cuts,
                                            float columnEdge) {
        int textRows = 0;
        for (int r = headingRows.get(0); r <= lastTextRow(rows, headingRows.get(headingRows.size() - 1), columnEdge); r++) {
            if (headingRows.contains(r) || standsInMargin(rows.get(r), columnEdge)) {
                continue;
            }
            if (rows.get(r).x() < columnEdge - EDGE_TOLERANCE) {
                return false;
            }
            textRows++;
        }
        for (int h = 0; h < headingRows.size(); h++) {
            TextFragment lastLabel = rows.get(headingRows.get(h)).fragments().get(cuts.get(h) - 1);
            if (lastLabel.endX() >= columnEdge - EDGE_TOLERANCE) {
                return false;
            }
        }
        return textRows >= MIN_TEXT_ROWS_PER_HEADING * headingRows.size();
    }

    /** A heading alone on its line in the margin column (over a list): short, bold or coloured, ending before the text. */
    private static boolean standsInMargin(TextLine row, float columnEdge) {
        List<TextFragment> visible = row.fragments().stream().filter(f -> !f.isBlank()).toList();
        return !visible.isEmpty() && visible.stream().allMatch(f -> f.bold() || f.coloured())
                && visible.get(visible.size() - 1).endX() < columnEdge - EDGE_TOLERANCE
                && Character.isLetter(row.text().charAt(0)) && row.text().split(" ").length <= MAX_HEADING_WORDS;
    }

    /** The last row of the last heading's text: the rows after it that stay in the text column. */
    private static int lastTextRow(List<TextLine> rows, int lastHeading, float columnEdge) {
        int last = lastHeading;
        while (last + 1 < rows.size() && rows.get(last + 1).x() >= columnEdge - EDGE_TOLERANCE) {
            last++;
        }
        return last;
    }
}
