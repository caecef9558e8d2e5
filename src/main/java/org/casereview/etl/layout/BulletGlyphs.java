package org.casereview.etl.layout;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.text.TextPosition;

/** A list bullet printed as a glyph in front of an item's words. */
public final class BulletGlyphs {

    /**
     * A symbol font's (Wingdings, Symbol, Webdings) glyphs as its ToUnicode or a word processor gives them: each code
     * 0x20-0xFF at U+F020-U+F0FF, the private-use area. A line opened by one of them, set apart from its words, opens
     * with a picture (a tick, a box, an arrow, Word's U+F0B7 dot), which is a bullet whatever the picture is.
     */
    public static final String SYMBOL_FONT_GLYPHS = "\uf020-\uf0ff";
    /**
     * Emoji pictographs (Misc Symbols and Pictographs, Emoticons, Transport, Geometric Shapes Extended, Supplemental
     * Symbols and Pictographs and their extension A), as a regular expression's character class body. Text written
     * where there is no list markup (a social post, a chat message) opens each point with one (a blue diamond, a
     * pointing hand): a picture set apart from the words after it is a bullet, as a symbol font's is. (Check marks and
     * stars of the Dingbats and Misc Symbols blocks are in {@link #GLYPHS}.)
     */
    public static final String PICTOGRAPHS = "\\x{1F300}-\\x{1F64F}\\x{1F680}-\\x{1F6FF}\\x{1F780}-\\x{1F7FF}"
            + "\\x{1F900}-\\x{1F9FF}\\x{1FA70}-\\x{1FAFF}";
    /**
     * The glyphs printed as list bullets (round, square, triangle, arrow and check marks, and every symbol font glyph),
     * without the emoji: what a PDF report's lines take as a marker wherever it stands, the report reader deciding any
     * other symbol's role by its repetition down a column ({@code report.IconBullets}: one alone is decoration).
     */
    public static final String PRINTED_GLYPHS = "\u2022\u00b7\u25aa\u25ab\u25e6\u25cf\u25cb\u25a0\u25a1\u2023\u2043"
            + "\u2219\u27a2\u25ba\u25b8\u25b6\u25b7\u25b9\u27a4\u279c\u2713\u2714" + SYMBOL_FONT_GLYPHS;
    /**
     * The glyphs that mark list items in a digest's text: the printed ones, the check, star and arrow emoji
     * (\u2705 \u2611 \u2605 \u2606 \u2b50 \u27a1) and every emoji pictograph, as the body of a regular expression's
     * character class: the one list every digest and text reader that tells a bullet uses, each adding the marks of its
     * own kind of text (a dash, an asterisk).
     */
    public static final String GLYPHS = PRINTED_GLYPHS + "\u2705\u2611\u2605\u2606\u2b50\u27a1" + PICTOGRAPHS;

    /** The printed bullet glyphs and dash bullets (not numbers or letters): a PDF page's glyphs, of reports too. */
    private static final Pattern BULLET_GLYPH = Pattern.compile("[" + PRINTED_GLYPHS + "\u2013\u2014\\-]");

    private BulletGlyphs() {
    }

    /** True when the text is one bullet glyph and nothing else (blanks aside). */
    public static boolean isBulletOnly(String text) {
        String t = text.strip();
        return t.length() == 1 && BULLET_GLYPH.matcher(t).matches();
    }

    /**
     * How many glyphs from the start of {@code glyphs} print its bullet (blanks before it included): a bullet glyph
     * set apart from the words after it; 0 when the glyphs start with a word.
     */
    static int leading(List<TextPosition> glyphs) {
        int first = 0;
        while (first < glyphs.size() && glyphs.get(first).getUnicode().isBlank()) {
            first++;
        }
        if (first >= glyphs.size() || !BULLET_GLYPH.matcher(glyphs.get(first).getUnicode()).matches()) {
            return 0;
        }
        String rest = GlyphText.text(glyphs.subList(first, glyphs.size()));
        return rest.length() > 1 && rest.charAt(1) == ' ' ? first + 1 : 0;
    }
}
