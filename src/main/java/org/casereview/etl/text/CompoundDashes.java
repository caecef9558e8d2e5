package org.casereview.etl.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dash glyph other than the hyphen (figure, en or em dash, horizontal bar, minus, small hyphen-minus) that joins a
 * number of one or two digits to a hyphenated compound, and the compound's own dashes, are hyphens: OCR reads the
 * hyphens of '2-year-old' as '2\u2014year-old', and some fonts draw them with another dash. A year ('2019\u2014self-harm'), a
 * range ('2\u20133 years') and a dash between words stay what they are.
 */
public final class CompoundDashes {

    private static final String DASHES = "\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63";
    /** The number, its dash, the compound's first word, the dash before the compound's next letter. */
    private static final Pattern NUMBER_COMPOUND = Pattern.compile(
            "(?<![\\d.,])(\\d{1,2})[" + DASHES + "](\\p{L}{1,20})([-\u2010\u2011" + DASHES + "])(?=\\p{L})");

    private CompoundDashes() {
    }

    public static String asHyphens(String text) {
        if (!containsDash(text)) {
            return text;
        }
        Matcher m = NUMBER_COMPOUND.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "-" + m.group(2) + "-"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean containsDash(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (DASHES.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
