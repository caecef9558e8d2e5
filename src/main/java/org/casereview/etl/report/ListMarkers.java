package org.casereview.etl.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.layout.BulletGlyphs;

/** Bullets, list numbers and paragraph numbers at the start of a line. */
final class ListMarkers {

    /** Bullet glyphs, including the private-use symbols of Symbol/Wingdings fonts; a '+' set apart from its words. */
    private static final Pattern BULLET = Pattern.compile(
            "^([" + BulletGlyphs.PRINTED_GLYPHS + "\u2013\u2014*]|-|\\+(?=\\s)|o(?=\\s+\\p{Lu}))\\s*");
    /**
     * "1. ", "(a) ", "iv) ", "2(b) " (a letter under a numbered theme); "11.Midwives": a word processor's number left
     * without its tab's space before a word. A list entry touched by a tracked change, as a word processor prints it
     * with the changes shown: the number it had, then the number it has in brackets ("[1.] ", "1.[2.] ", "3.[4.] ";
     * an entry new to the list had no number).
     */
    private static final Pattern NUMBER = Pattern.compile(
            "^(\\(?\\d{1,2}[.)]|\\d{1,2}\\([a-z]\\)|\\(\\d{1,2}\\)|\\(?[a-hj-z][.)]|\\([a-hj-z]\\)|\\(?(i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)])\\s+(?=\\S)"
            + "|^\\d{1,2}\\.(?=\\p{Lu}\\p{Ll}+\\s)"
            + "|^(\\d{1,2}[.)]|[a-z][.)])?\\[(\\d{1,2}|[a-z])[.)]\\]\\s+(?=\\S)");
    /** "6.1", "5.2.1", "A1.2": numbers of paragraphs, not of list entries. */
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^([A-Z]?\\d{1,2}(\\.\\d{1,3}){1,3})\\.?\\s+(?=\\S)");

    /**
     * "A) ", "(B) ": a capital letter closed by a bracket, as groff's mom and some word processors letter a list; no
     * 'I', which is a roman one. A capital with a full stop is left out: "A. Smith" is an initial.
     */
    private static final Pattern CAPITAL_LETTER = Pattern.compile("^\\(?[A-HJ-Z]\\)\\s+(?=\\p{Lu})");

    private ListMarkers() {
    }

    /** Length of the bullet or list number at the start, 0 when there is none. */
    static int listMarkerLength(String line) {
        if (line.isEmpty()) {
            return 0;
        }
        if (line.charAt(0) >= 'A' && line.charAt(0) <= 'Z' || line.startsWith("(") && line.length() > 1
                && line.charAt(1) >= 'A' && line.charAt(1) <= 'Z') {
            if (!capitalClosed(line)) {
                return 0; // most lines start with a capital and are no entry
            }
            Matcher capital = CAPITAL_LETTER.matcher(line);
            return capital.lookingAt() ? capital.end() : 0;
        }
        return wordStart(line) ? 0 : matchedLength(line);
    }

    /** "A)" or "(A)" at the start: the only capital openings {@link #CAPITAL_LETTER} can match. */
    private static boolean capitalClosed(String line) {
        int close = line.charAt(0) == '(' ? 2 : 1;
        return line.length() > close && line.charAt(close) == ')';
    }

    /** {@link #listMarkerLength} by the patterns alone, without its tests of the first characters. */
    static int matchedLength(String line) {
        Matcher capital = CAPITAL_LETTER.matcher(line);
        if (capital.lookingAt()) {
            return capital.end();
        }
        Matcher bullet = BULLET.matcher(line);
        if (bullet.lookingAt() && bullet.end() < line.length()) {
            return bullet.end();
        }
        Matcher number = NUMBER.matcher(line);
        return number.lookingAt() ? number.end() : 0;
    }

    /**
     * The line opens with a lower-case word, which no marker does: a marker opening with a letter a-z is that letter
     * before '.', ')' or '[' ("b) ", "c.[d.] "), the bullet 'o', or a roman number i-x (letters i, v, x).
     */
    private static boolean wordStart(String line) {
        char first = line.charAt(0);
        if (first < 'a' || first > 'z' || first == 'o' || first == 'i' || first == 'v' || first == 'x') {
            return false;
        }
        if (line.length() < 2) {
            return true;
        }
        char second = line.charAt(1);
        return second != '.' && second != ')' && second != '[';
    }

    static boolean startsList(String line) {
        return listMarkerLength(line) > 0;
    }

    /** The line is a bullet or a list number and nothing else ("(d)", "3.", "\u2022"). */
    static boolean isBareMarker(String line) {
        String marker = line.strip();
        return !marker.isEmpty() && marker.length() <= 5 && listMarkerLength(marker + " x") == marker.length() + 1;
    }

    static boolean isBullet(String line) {
        Matcher bullet = BULLET.matcher(line);
        return bullet.lookingAt() && bullet.end() < line.length();
    }

    static boolean startsParagraphNumber(String line) {
        return PARAGRAPH_NUMBER.matcher(line).lookingAt();
    }

    /** Length of the paragraph number ("4.2.3 ") at the start, its space included; 0 when there is none. */
    static int paragraphNumberLength(String line) {
        Matcher number = PARAGRAPH_NUMBER.matcher(line);
        return number.lookingAt() ? number.end() : 0;
    }

    static String stripMarker(String text) {
        return text.substring(listMarkerLength(text)).strip();
    }
}
