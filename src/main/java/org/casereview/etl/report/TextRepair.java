package org.casereview.etl.report;

import java.text.Normalizer;
import java.util.List;

import org.casereview.etl.text.LineJoiner;

/** Joins printed lines into running text: ligatures expanded, hyphenated line ends repaired ({@link LineJoiner}). */
final class TextRepair {

    private static final LineJoiner LINES = LineJoiner.keepingAsciiHyphens();

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
     * without a space ({@link HyphenResolver} has already turned split-word ASCII hyphens soft).
     */
    static void appendLine(StringBuilder text, String line) {
        LINES.append(text, line);
    }
}
