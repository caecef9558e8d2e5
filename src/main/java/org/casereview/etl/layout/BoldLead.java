package org.casereview.etl.layout;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.text.TextPosition;

/**
 * The words in bold that open a text line, followed on it by regular words (a run-in heading), read word by word as
 * a text stripper writes them. A list number in regular type before them ('1.', '2)', '(c)', a numbered paragraph
 * whose title runs in) is part of the lead: the number is the paragraph's, the bold words its title's.
 */
public final class BoldLead {

    private static final Pattern LIST_NUMBER = Pattern.compile("\\(?(?:\\d{1,3}|[a-z]|[ivx]{1,4})[.)]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The line's text before its first regular word, once such a word came; null while every word is bold. */
    private String lead;
    private String number = "";
    private boolean boldWords;

    /**
     * One word, or run of words, of the line as the stripper writes it, before it is added to {@code lineSoFar} (the
     * line's text up to it, word separators written). A run may turn from bold to regular after a space inside it
     * (a title and the summary set with a space between them are one run).
     */
    public void word(CharSequence lineSoFar, String text, List<TextPosition> glyphs) {
        if (lead != null) {
            return;
        }
        int regular = firstRegular(glyphs);
        String boldPart = unicode(glyphs.subList(0, regular < 0 ? glyphs.size() : regular));
        boldWords |= !boldPart.isBlank();
        if (regular < 0) {
            return;
        }
        String before = lineSoFar.toString().strip();
        if (before.isEmpty() && regular == 0 && LIST_NUMBER.matcher(text.strip()).matches()) {
            number = text.strip();
            return;
        }
        String upTo = lineSoFar + boldPart;
        boolean wordStart = upTo.isEmpty() || Character.isWhitespace(upTo.charAt(upTo.length() - 1));
        String words = upTo.strip();
        lead = wordStart && boldWords && !words.equals(number) ? words : "";
    }

    /** The first glyph neither bold nor blank; -1 when there is none. */
    private static int firstRegular(List<TextPosition> glyphs) {
        for (int i = 0; i < glyphs.size(); i++) {
            TextPosition glyph = glyphs.get(i);
            if (!BoldGlyphs.isBold(glyph) && !glyph.getUnicode().isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static String unicode(List<TextPosition> glyphs) {
        StringBuilder text = new StringBuilder();
        glyphs.forEach(g -> text.append(g.getUnicode()));
        return text.toString();
    }

    /** The bold words (after their list number, when one opens the line) with the regular words after them; else empty. */
    public String lead() {
        return lead == null ? "" : SPACES.matcher(lead).replaceAll(" ");
    }

    /** Every word of the line is bold, a list number before them aside. */
    public boolean bold() {
        return lead == null && boldWords;
    }

    /** Ready for the next line. */
    public void reset() {
        lead = null;
        number = "";
        boldWords = false;
    }
}
