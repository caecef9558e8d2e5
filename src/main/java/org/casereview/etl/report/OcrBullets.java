package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A bullet an OCR engine misread: tesseract and its kin give a round bullet on a scan as a letter or a sign ('e', 'o',
 * '«', '©', '@', '¢', '*'). On a page whose text is an OCR layer, a line that opens with such a token alone, then a
 * space and a capital, is a list entry when another line of the page opens with the same token at about the same x:
 * a token repeated down a column marks entries (as {@link IconBullets} reads a repeated symbol), one alone is a word.
 */
final class OcrBullets {

    private static final Set<String> MISREAD = Set.of("e", "o", "\u00ab", "\u00a9", "@", "\u00a2", "*", "\u00ae");
    /** OCR places each line from its box on the scan: a column's lines start a little apart. */
    private static final float SAME_X = 4f;

    private OcrBullets() {
    }

    /** The OCR page's lines, each misread bullet of a repeated column turned into the bullet. */
    static List<TextLine> mark(List<TextLine> lines) {
        List<Integer> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (token(lines.get(i).text()) != null) {
                entries.add(i);
            }
        }
        if (entries.size() < 2) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>(lines);
        for (int i : entries) {
            TextLine line = lines.get(i);
            String token = token(line.text());
            boolean repeated = entries.stream().anyMatch(j -> j != i && token.equals(token(lines.get(j).text()))
                    && Math.abs(lines.get(j).x() - line.x()) < SAME_X);
            if (repeated) {
                out.set(i, IconBullets.withBullet(line, token.length()));
            }
        }
        return out;
    }

    /** The misread token the line opens with, alone before a space and a capital; null otherwise. */
    private static String token(String text) {
        int space = text.indexOf(' ');
        if (space <= 0 || space + 1 >= text.length() || !Character.isUpperCase(text.charAt(space + 1))) {
            return null;
        }
        String token = text.substring(0, space);
        return MISREAD.contains(token) ? token : null;
    }
}
