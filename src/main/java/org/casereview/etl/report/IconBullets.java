package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An icon glyph used as a list's marker: a pencil, a star, a pointing hand or a font's private icon before each entry
 * (a template's learning points, each with its icon in a cell or column left of the text). No fixed set of bullet
 * characters can hold every symbol a template may choose, so a line that opens with one symbol character and a space
 * before its words is a list entry when another line of the page opens with the same symbol at the same x: a symbol
 * repeated down a column marks entries, one alone is decoration. An entry's symbol is given as the bullet '•', which
 * the list reading takes as a marker.
 */
final class IconBullets {

    private static final String BULLET = "\u2022";
    /** How far apart, in points, two x positions may be and still be one column's. */
    private static final float SAME_X = 1.5f;

    private IconBullets() {
    }

    /** The page's lines, each icon entry's symbol turned into the bullet. */
    static List<TextLine> mark(List<TextLine> lines) {
        return markRepeated(lines, IconBullets::symbol, SAME_X);
    }

    /**
     * The page's lines, each line whose opening token (given by {@code opening}, null for none) another line of the
     * page opens with at an x within {@code sameX} having that token turned into the bullet.
     */
    static List<TextLine> markRepeated(List<TextLine> lines, Function<String, String> opening, float sameX) {
        List<Integer> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (opening.apply(lines.get(i).text()) != null) {
                entries.add(i);
            }
        }
        if (entries.size() < 2) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>(lines);
        for (int i : entries) {
            TextLine line = lines.get(i);
            String token = opening.apply(line.text());
            boolean repeated = entries.stream().anyMatch(j -> j != i
                    && token.equals(opening.apply(lines.get(j).text())) && Math.abs(lines.get(j).x() - line.x()) < sameX);
            if (repeated) {
                out.set(i, withBullet(line, token.length()));
            }
        }
        return out;
    }

    private static String symbol(String text) {
        int length = icon(text);
        return length > 0 ? text.substring(0, length) : null;
    }

    /**
     * The symbol's length in chars when the line opens with a symbol character that is no bullet already, then a
     * space and a word; 0 otherwise. Symbols are the Unicode "other symbol" class (dingbats, pictographs, the
     * miscellaneous symbols), the arrows and the private-use area where icon fonts put their glyphs; the signs that
     * open running text ("© 2024", "° C") are not.
     */
    static int icon(String text) {
        if (text.length() < 3 || ListMarkers.isBullet(text)) {
            return 0;
        }
        int symbol = text.codePointAt(0);
        int length = Character.charCount(symbol);
        boolean marker = Character.getType(symbol) == Character.OTHER_SYMBOL && symbol > 0xff
                || symbol >= 0x2190 && symbol <= 0x21ff
                || Character.getType(symbol) == Character.PRIVATE_USE;
        if (!marker || length + 1 >= text.length() || !Character.isWhitespace(text.charAt(length))) {
            return 0;
        }
        return Character.isLetterOrDigit(text.codePointAt(length + 1)) || text.charAt(length + 1) == '\'' ? length : 0;
    }

    private static TextLine withBullet(TextLine line, int length) {
        List<TextFragment> fragments = new ArrayList<>(line.fragments());
        TextFragment first = fragments.get(0);
        String symbol = line.text().substring(0, length);
        int at = first.text().indexOf(symbol);
        if (at >= 0) {
            fragments.set(0, new TextFragment(first.text().substring(0, at) + BULLET
                    + first.text().substring(at + length), first.x(), first.endX(), first.y(), first.fontSize(),
                    first.bold(), first.coloured(), first.italic(), first.afterRule(), first.smallCaps(),
                    first.face()));
        }
        return new TextLine(line.page(), BULLET + line.text().substring(length), fragments, line.ruled(),
                line.ruledAbove(), line.banded(), line.card());
    }
}
