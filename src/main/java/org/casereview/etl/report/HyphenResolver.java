package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides for an ASCII hyphen at a line end whether it splits a word ("experi-" "enced") or
 * belongs to a compound ("decision-" "making"): it splits a word when the joined word is
 * printed elsewhere in the document and the hyphenated form is not. Split-word hyphens become
 * soft hyphens, which {@link TextRepair} removes when joining lines.
 */
final class HyphenResolver {

    private static final Pattern END = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern START = Pattern.compile("^(\\p{Ll}+)");

    private HyphenResolver() {
    }

    static List<TextLine> resolve(List<TextLine> lines) {
        // the document's words, gathered at the first line that may end in a broken word: most have none
        Set<String> words = null;
        List<TextLine> result = new ArrayList<>(lines);
        for (int i = 0; i + 1 < lines.size(); i++) {
            String text = lines.get(i).text().strip();
            if (!mayEndInHyphen(text)) {
                continue;
            }
            Matcher end = END.matcher(text);
            if (!end.find()) {
                continue;
            }
            Matcher start = START.matcher(lines.get(i + 1).text().strip());
            if (!start.find()) {
                continue;
            }
            if (words == null) {
                words = words(lines);
            }
            String first = end.group(1).toLowerCase(Locale.ROOT);
            String second = start.group(1);
            if (words.contains(first + second) && !words.contains(first + "-" + second)) {
                TextLine line = lines.get(i);
                result.set(i, line.withText(text.substring(0, text.length() - 1) + '\u00ad'));
            }
        }
        return result;
    }

    private static Set<String> words(List<TextLine> lines) {
        Set<String> words = new HashSet<>();
        for (TextLine line : lines) {
            addWords(line.text().toLowerCase(Locale.ROOT), words);
        }
        return words;
    }

    /** The words of a text as the pattern {@code \p{L}+(-\p{L}+)*} finds them, without a regex: it runs on every line. */
    static void addWords(String text, Set<String> words) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i = afterLetters(text, i);
            while (i + 1 < n && text.charAt(i) == '-' && Character.isLetter(text.codePointAt(i + 1))) {
                i = afterLetters(text, i + 1);
            }
            words.add(text.substring(start, i));
        }
    }

    private static int afterLetters(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** END ends with "-$", and $ may stand before one final line terminator. */
    private static boolean mayEndInHyphen(String text) {
        int n = text.length();
        return n > 0 && text.charAt(n - 1) == '-' || n > 1 && text.charAt(n - 2) == '-';
    }
}
