package org.casereview.etl.report;

import java.text.Normalizer;
import java.util.List;

import org.casereview.etl.text.CompoundDashes;
import org.casereview.etl.text.LineJoiner;
import org.casereview.etl.text.MinusHyphens;

/** Joins printed lines into running text: ligatures expanded, hyphenated line ends repaired ({@link LineJoiner}). */
final class TextRepair {

    private static final LineJoiner LINES = LineJoiner.keepingAsciiHyphens();

    private TextRepair() {
    }

    /**
     * NFKC (ligatures, non-breaking spaces), a minus between letters a hyphen ({@link MinusHyphens}), so is a dash in a
     * number's compound ({@link CompoundDashes}), single spaces.
     */
    static String clean(String text) {
        // ASCII text is its own NFKC form; the check is cheaper than the normaliser on every block line
        String normal = isAscii(text) ? text
                : CompoundDashes.asHyphens(MinusHyphens.asHyphens(Normalizer.normalize(text, Normalizer.Form.NFKC)));
        return LineAssembler.collapseSpaces(normal.replace('\u00a0', ' ')).strip();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
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
