package org.casereview.etl.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Text whose glyphs decode to private-use code points: a font with no /ToUnicode map whose own character map gives
 * each glyph a code of the private-use area (as symbol fonts do) reads as U+E000-range characters, not letters. A few
 * of them are bullets (Wingdings' U+F0B7); when they outnumber the letters the report's text cannot be read at all.
 */
final class PrivateUseText {

    /**
     * The private-use area of the basic plane: all a {@code char} can be of it (the planes 15-16 areas come as
     * surrogates). A range test, not {@code Character.getType}, as every character of every report passes here.
     */
    private static final char PRIVATE_USE_FIRST = '\uE000';
    private static final char PRIVATE_USE_LAST = '\uF8FF';

    private PrivateUseText() {
    }

    /** Why the pages' text cannot be read, when more of its characters are private-use code points than letters. */
    static Optional<String> unreadable(List<PageText> pages) {
        if (!anyPrivateUse(pages)) {
            return Optional.empty(); // no private-use character: the letters cannot be outnumbered (most reports)
        }
        int letters = 0;
        int privateUse = 0;
        for (PageText page : pages) {
            for (TextLine line : page.lines()) {
                String text = line.text();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (isPrivateUse(c)) {
                        privateUse++;
                    } else if (Character.isLetterOrDigit(c)) {
                        letters++;
                    }
                }
            }
        }
        return privateUse <= letters ? Optional.empty() : Optional.of(String.format(Locale.ROOT,
                "no readable text: %,d characters decode to private-use code points and %,d to letters (fonts with"
                        + " no /ToUnicode map)", privateUse, letters));
    }

    /** A first pass by one range test a character, stopping at the first private-use one. */
    private static boolean anyPrivateUse(List<PageText> pages) {
        for (PageText page : pages) {
            for (TextLine line : page.lines()) {
                String text = line.text();
                for (int i = 0; i < text.length(); i++) {
                    if (isPrivateUse(text.charAt(i))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isPrivateUse(char c) {
        return c >= PRIVATE_USE_FIRST && c <= PRIVATE_USE_LAST;
    }
}
