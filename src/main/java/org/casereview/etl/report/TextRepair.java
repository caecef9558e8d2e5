package org.casereview.etl.report;

import java.text.Normalizer;
import java.util.List;

/** Joins printed lines into running text: ligatures expanded, hyphenated line ends repaired. */
final class TextRepair {

    private static final char HYPHEN = '\u2010';
    private static final char SOFT_HYPHEN = '\u00ad';

    private TextRepair() {
    }

    /** NFKC (ligatures, non-breaking spaces), single spaces. */
    static String clean(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return normal.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    static String join(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String raw : lines) {
            String line = clean(raw);
            if (line.isEmpty()) {
                continue;
            }
            appendLine(text, line);
        }
        return text.toString().strip();
    }

    /**
     * A typographic or soft hyphen at a line end splits a word: it goes. An ASCII hyphen after a
     * letter and before a lowercase letter joins a compound ("decision-" "making"): it stays,
     * without a space.
     */
    static void appendLine(StringBuilder text, String line) {
        int end = text.length();
        if (end == 0) {
            text.append(line);
            return;
        }
        char last = text.charAt(end - 1);
        char next = line.charAt(0);
        boolean letterBefore = end >= 2 && Character.isLetter(text.charAt(end - 2));
        if ((last == HYPHEN || last == SOFT_HYPHEN) && letterBefore && Character.isLetter(next)) {
            text.setLength(end - 1);
            text.append(line);
        } else if (last == '-' && letterBefore && Character.isLowerCase(next)) {
            text.append(line);
        } else {
            text.append(' ').append(line);
        }
    }
}
