package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text of each drawn cell on a page whose words wrap over lines: the pieces of text that open a ruled cell (a
 * drawn upright edge just before them), read down one column in one size and weight, each line right under the one
 * before. A form's header cell printing a partnership's name over three lines reads as that name.
 */
final class RuledCellTexts {

    private static final float SAME_X = 2f;
    private static final float SAME_SIZE = 0.3f;
    /** The next line of a cell stands within this many font sizes under the line before. */
    private static final float LINE_STEP = 1.6f;

    private RuledCellTexts() {
    }

    private record Piece(String text, float x, float y, float size, boolean bold) {
    }

    /** Cells whose text runs over two lines or more, top to bottom and left to right as their first lines stand. */
    static List<String> wrapped(List<TextLine> lines) {
        List<Piece> pieces = new ArrayList<>();
        lines.forEach(line -> pieces.addAll(pieces(line)));
        pieces.sort(Comparator.comparingDouble(Piece::x).thenComparingDouble(Piece::y));
        List<String> cells = new ArrayList<>();
        List<Piece> cell = new ArrayList<>();
        for (Piece piece : pieces) {
            Piece last = cell.isEmpty() ? null : cell.get(cell.size() - 1);
            boolean under = last != null && Math.abs(piece.x() - last.x()) < SAME_X
                    && Math.abs(piece.size() - last.size()) < SAME_SIZE && piece.bold() == last.bold()
                    && piece.y() > last.y() && piece.y() - last.y() <= LINE_STEP * last.size();
            if (!under) {
                addWrapped(cells, cell);
                cell = new ArrayList<>();
            }
            cell.add(piece);
        }
        addWrapped(cells, cell);
        return cells;
    }

    private static void addWrapped(List<String> cells, List<Piece> cell) {
        if (cell.size() > 1) {
            cells.add(TextRepair.join(cell.stream().map(Piece::text).toList()));
        }
    }

    /** The line's runs of text each opening after a drawn edge, up to the next such edge. */
    private static List<Piece> pieces(TextLine line) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder text = null;
        TextFragment start = null;
        for (TextFragment fragment : line.fragments()) {
            if (fragment.afterRule() && !fragment.isBlank()) {
                addPiece(pieces, start, text);
                start = fragment;
                text = new StringBuilder(fragment.text().strip());
            } else if (text != null && !fragment.isBlank()) {
                text.append(' ').append(fragment.text().strip());
            }
        }
        addPiece(pieces, start, text);
        return pieces;
    }

    private static void addPiece(List<Piece> pieces, TextFragment start, StringBuilder text) {
        if (start != null) {
            pieces.add(new Piece(text.toString(), start.x(), start.y(), start.fontSize(), start.bold()));
        }
    }
}
