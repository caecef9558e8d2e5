package org.casereview.etl.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Level-one headings lettered 'A', 'B' after headings numbered '1', '2' at the same level are appendices, whatever
 * they are called: LaTeX's and Org's {@code \appendix}, DocBook's {@code <appendix>} and texinfo's {@code @appendix}
 * switch the chapter counter to letters and print no word 'Appendix'.
 */
final class LetteredAppendices {

    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]?\\s+\\p{L}");
    /** A capital letter as a label: punctuated ("A. Glossary"), or alone before a wider gap than a word space. */
    private static final Pattern LETTER = Pattern.compile("^(\\p{Lu})([.:)])?\\s+\\p{L}");
    /** A label's gap after it, in type sizes: LaTeX sets the number 1 em from the title, a word space is about 1/3. */
    private static final float LABEL_GAP = 0.6f;
    /** Numbered headings needed before a lettered one: more than one, so the numbers are the sections' own. */
    private static final int NUMBERED_BEFORE = 2;

    private int numbered;

    /** Takes the next level-one heading in order; true when it is a lettered appendix. */
    boolean isAppendix(Heading heading, TextLine line) {
        String text = heading.text().strip();
        if (NUMBERED.matcher(text).lookingAt()) {
            numbered++;
            return false;
        }
        return numbered >= NUMBERED_BEFORE && lettered(text, line);
    }

    private static boolean lettered(String text, TextLine line) {
        Matcher m = LETTER.matcher(text);
        if (!m.lookingAt()) {
            return false;
        }
        if (m.group(2) != null) {
            return true;
        }
        // 'A Terms of reference' and not the article of 'A note on language': the letter stands apart as a number does
        if (line.fragments().size() < 2 || !line.fragments().get(0).text().strip().equals(m.group(1))) {
            return false;
        }
        TextFragment letter = line.fragments().get(0);
        return line.fragments().get(1).x() - letter.endX() > LABEL_GAP * letter.fontSize();
    }
}
