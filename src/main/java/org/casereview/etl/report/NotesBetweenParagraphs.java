package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes a word processor or a web page sets in small type inside the text's flow, each right after the paragraph (or
 * list entry) that calls it, not at the page's foot: a line in type smaller than the body's that opens with the note's
 * number and a space ('2 The two voluntary ...', no full stop or bracket after the number, as a list's would have), just
 * after a line of the text or another note, its wrapped lines in the same small type under it. The numbers go 1, 2, 3
 * (or i, ii, iii) through the document, one note after another: that order is what tells a note from a small-print
 * line that happens to open with a number. A note is about the text, not part of it, so it belongs to no section's
 * text and no item.
 */
final class NotesBetweenParagraphs {

    /** A note's number (arabic or small roman) or mark, a space, then its words. */
    private static final Pattern NOTE = Pattern.compile("(\\d{1,3}|[ivx]{1,5}|[*\u2020\u2021])\\s+[\\p{L}\u2018\u201c'\"(]");
    private static final Pattern ROMAN = Pattern.compile("[ivx]+");
    /** A note wraps onto a few lines; a longer run of small type is something else. */
    private static final int MAX_LINES = 6;
    /** A wrapped line of a note stands at most this many of its sizes under the line above it. */
    private static final float LEADING = 1.8f;
    /** ... and starts at the note's edge (within this many points) or at most this many sizes right of it. */
    private static final float EDGE = 2f;
    private static final float INDENT = 3f;

    private NotesBetweenParagraphs() {
    }

    /** The pages without the notes set between their paragraphs. */
    static List<PageText> filter(List<PageText> pages, BodyStyle body) {
        int[] last = {0, 0}; // the last note's arabic number and roman number
        List<PageText> out = new ArrayList<>(pages.size());
        for (PageText page : pages) {
            Set<TextLine> notes = notes(page.lines(), body, last);
            out.add(notes.isEmpty() ? page : page.withLines(page.lines().stream().filter(l -> !notes.contains(l)).toList()));
        }
        return out;
    }

    private static Set<TextLine> notes(List<TextLine> lines, BodyStyle body, int[] last) {
        Set<TextLine> notes = new HashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            String text = line.text();
            if (text.isEmpty() || !opensNote(text.charAt(0))) {
                continue;
            }
            Matcher m = NOTE.matcher(text);
            TextLine before = lines.get(i - 1);
            if (!m.lookingAt() || !body.isSmaller(line.fontSize()) || line.hasCellGap()
                    || body.isSmaller(before.fontSize()) && !notes.contains(before) || !next(m.group(1), last)) {
                continue;
            }
            notes.add(line);
            for (int j = i + 1; j < lines.size() && j < i + MAX_LINES; j++) {
                TextLine wrapped = lines.get(j);
                if (!wraps(lines.get(j - 1), wrapped, line, body)) {
                    break;
                }
                notes.add(wrapped);
                i = j;
            }
        }
        return notes;
    }

    /**
     * A line of the note's own text: small type right under the line above it on its page, at the note's edge or indented
     * past its number, not another note; small type elsewhere (a box beside the text, the page's foot) is not the note's.
     */
    private static boolean wraps(TextLine above, TextLine line, TextLine note, BodyStyle body) {
        float size = note.fontSize();
        float drop = line.y() - above.y();
        return line.page() == note.page() && drop > 0 && drop <= LEADING * size && line.x() >= note.x() - EDGE
                && line.x() <= note.x() + INDENT * size && body.isSmaller(line.fontSize()) && !line.hasCellGap()
                && !NOTE.matcher(line.text()).lookingAt();
    }

    private static boolean opensNote(char c) {
        return c >= '0' && c <= '9' || c == 'i' || c == 'v' || c == 'x' || c == '*' || c == '\u2020' || c == '\u2021';
    }

    /** The number is the one after the last note's of its kind (a mark follows any); if so it becomes the last. */
    private static boolean next(String number, int[] last) {
        if (ROMAN.matcher(number).matches()) {
            int value = roman(number);
            if (value != last[1] + 1) {
                return false;
            }
            last[1] = value;
            return true;
        }
        if (!Character.isDigit(number.charAt(0))) {
            return true;
        }
        int value = Integer.parseInt(number);
        if (value != last[0] + 1) {
            return false;
        }
        last[0] = value;
        return true;
    }

    private static int roman(String numeral) {
        int value = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int digit = digit(numeral.charAt(i));
            boolean subtract = i + 1 < numeral.length() && digit < digit(numeral.charAt(i + 1));
            value += subtract ? -digit : digit;
        }
        return value;
    }

    private static int digit(char c) {
        return c == 'i' ? 1 : c == 'v' ? 5 : 10;
    }
}
