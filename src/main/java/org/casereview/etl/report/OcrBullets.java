package org.casereview.etl.report;

import java.util.List;
import java.util.Set;

/**
 * A bullet an OCR engine misread: tesseract and its kin give a round bullet on a scan as a letter or a sign ('e', 'o',
 * '«', '©', '@', '¢', '*'). On a page whose text is an OCR layer, a line that opens with such a token alone, then a
 * space and a capital, is a list entry when another line of the page opens with such a token at about the same x:
 * a token repeated down a column marks entries (as {@link IconBullets} reads a repeated symbol), one alone is a word.
 * The engine reads the same bullet differently from one speck of the scan to the next ('e', then '¢', then 'e'), so
 * the tokens are one mark: any two of them down a column are the list's bullets.
 */
final class OcrBullets {

    private static final Set<String> MISREAD = Set.of("e", "o", "\u00ab", "\u00a9", "@", "\u00a2", "*", "\u00ae");
    /** What every misread token stands for; one char, as each token is (the bullet replaces that many chars). */
    private static final String ONE_MARK = "\u2022";
    /** OCR places each line from its box on the scan: a column's lines start a little apart. */
    private static final float SAME_X = 4f;

    private OcrBullets() {
    }

    /** The OCR page's lines, each misread bullet of a repeated column turned into the bullet. */
    static List<TextLine> mark(List<TextLine> lines) {
        return IconBullets.markRepeated(lines, OcrBullets::token, SAME_X);
    }

    /** The mark of a misread token the line opens with, alone before a space and a capital; null otherwise. */
    private static String token(String text) {
        int space = text.indexOf(' ');
        if (space <= 0 || space + 1 >= text.length() || !Character.isUpperCase(text.charAt(space + 1))) {
            return null;
        }
        String token = text.substring(0, space);
        return MISREAD.contains(token) ? ONE_MARK : null;
    }
}
