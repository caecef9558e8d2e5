package org.casereview.etl.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.text.WelshWords;

/**
 * A bilingual digest gives each review in English and then its translation in a block that declares another language
 * ({@code <div lang="cy">}). The translation is not another review: the English text is the record. Such blocks are
 * marked while the text is written and, once the whole text is known, left out when the text outside them is a
 * text of its own (enough words, not itself Welsh); a digest written wholly in the declared language keeps them.
 */
final class TranslationRegions {

    /** Noncharacters that a document's text never holds: the start and end of a block in another language. */
    static final char START = '\uFDD0';
    static final char END = '\uFDD1';

    private static final int MIN_OUTSIDE_WORDS = 20;
    private static final Pattern REGION = Pattern.compile("\\n*" + START + "[^" + END + "]*(?:" + END + "|$)");
    private static final Pattern MARKS = Pattern.compile("[" + START + END + "]");
    private static final Pattern LANG_OPEN = Pattern.compile(
            "^ {0,3}<([A-Za-z][A-Za-z0-9]{0,9})(?=[\\s>])[^>]{0,400}?\\blang\\s*=\\s*[\"']?([A-Za-z]{2,8})",
            Pattern.CASE_INSENSITIVE);

    private TranslationRegions() {
    }

    /** A declared language that is not English: the block is a translation when the rest of the text is English. */
    static boolean isOtherLanguage(String lang) {
        if (lang == null || lang.isBlank()) {
            return false;
        }
        String primary = lang.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return primary.length() >= 2 && !primary.equals("en");
    }

    /**
     * The index of the line that closes the element opened at the start of line {@code start} when that element
     * declares another language; -1 when it declares none or English. An element never closed runs to the end.
     */
    static int markdownBlockEnd(List<String> lines, int start) {
        Matcher open = LANG_OPEN.matcher(lines.get(start));
        if (!open.find() || !isOtherLanguage(open.group(2))) {
            return -1;
        }
        String tag = open.group(1);
        Pattern opens = Pattern.compile("<" + tag + "(?=[\\s>/])", Pattern.CASE_INSENSITIVE);
        Pattern closes = Pattern.compile("</" + tag + "\\s*>", Pattern.CASE_INSENSITIVE);
        int depth = 0;
        for (int i = start; i < lines.size(); i++) {
            depth += count(opens, lines.get(i)) - count(closes, lines.get(i));
            if (depth <= 0) {
                return i;
            }
        }
        return lines.size() - 1;
    }

    private static int count(Pattern pattern, String line) {
        return (int) pattern.matcher(line).results().count();
    }

    /** The text without its marked blocks when they are translations of it, else with their marks dropped. */
    static String resolve(String text) {
        if (text.indexOf(START) < 0 && text.indexOf(END) < 0) {
            return text;
        }
        String outside = REGION.matcher(text).replaceAll("");
        WelshWords.Count count = WelshWords.count(MARKS.matcher(outside).replaceAll(""));
        boolean translations = count.words() >= MIN_OUTSIDE_WORDS && !count.isWelsh(MIN_OUTSIDE_WORDS);
        String kept = MARKS.matcher(translations ? outside : text).replaceAll("");
        return kept.replaceAll("^\\n+", "");
    }
}
