package org.casereview.etl.normalise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stated ethnicity words ("White British", "Asian; White British", "Indian" from
 * "is of Indian heritage"), or {@code not_stated}. A term counts only where the text states it
 * of someone ("is", "are of", "... heritage"), so "white" in other senses is ignored.
 */
final class EthnicityFinder {
    static final String NOT_STATED = "not_stated";

    private final Pattern terms;
    private final Pattern before;
    private final Pattern after;
    private final Pattern notStated;
    private final Pattern heritage;

    EthnicityFinder(Vocabulary vocabulary) {
        List<String> words = new ArrayList<>(vocabulary.words("ethnicity", "terms"));
        words.sort(Comparator.comparingInt(String::length).reversed());
        // Case-sensitive: ethnic terms are capitalised, the same words in lower case mean something else.
        // Terms in a row are one ethnicity: "Black British" + "Caribbean".
        String term = "(?:" + String.join("|", words.stream().map(EthnicityFinder::anyCaseFirstLetter).toList()) + ")";
        this.terms = Pattern.compile("(?<![\\w-])(" + term + "(?:\\s+" + term + ")*)s?(?![\\w-])");
        this.before = Pattern.compile("(?<![\\w-])" + PhrasePatterns.spaced(vocabulary.text("ethnicity", "before")), Pattern.CASE_INSENSITIVE);
        this.after = Pattern.compile(PhrasePatterns.spaced(vocabulary.text("ethnicity", "after")), Pattern.CASE_INSENSITIVE);
        this.notStated = PhrasePatterns.anyOf(vocabulary.words("ethnicity", "not_stated"));
        // Case-sensitive capitals: "of Eritrean heritage", "of Sri Lankan origin".
        this.heritage = Pattern.compile("(?<![\\w-])of ((?:\\p{Lu}[\\p{L}'\u2019-]+ ){1,3})"
                + vocabulary.text("ethnicity", "heritage_words") + "(?![\\w-])");
    }

    /** "Mixed heritage" is also printed "mixed heritage"; the rest of a term keeps its capitals. */
    private static String anyCaseFirstLetter(String term) {
        char first = term.charAt(0);
        return "[" + Character.toUpperCase(first) + Character.toLowerCase(first) + "]"
                + PhrasePatterns.spaced(term.substring(1));
    }

    /** "White British." as a sentence of its own, as repository digests close a summary with the ethnicity. */
    private static boolean standsAlone(List<TextScan.Sentence> sentences, Matcher term) {
        String sentence = TextScan.sentenceAt(sentences, term.start()).text().strip();
        return sentence.equals(term.group()) || sentence.equals(term.group() + ".");
    }

    Finding<String> find(String text) {
        if (text == null || text.isBlank()) {
            return new Finding<>(NOT_STATED, null);
        }
        Set<String> stated = new LinkedHashSet<>();
        Set<String> evidence = new LinkedHashSet<>();
        List<TextScan.Sentence> sentences = TextScan.sentences(text);
        Matcher matcher = terms.matcher(text);
        while (matcher.find()) {
            String lead = TextScan.justBefore(text, matcher.start(), 40).replaceAll("\\s+", " ");
            String tail = text.substring(matcher.end(), Math.min(text.length(), matcher.end() + 40));
            if (before.matcher(lead).find() || after.matcher(tail).find() || standsAlone(sentences, matcher)) {
                String term = matcher.group(1).replaceAll("\\s+", " ");
                stated.add(Character.toUpperCase(term.charAt(0)) + term.substring(1));
                evidence.add(TextScan.sentenceAt(sentences, matcher.start()).text().strip());
            }
        }
        if (stated.isEmpty()) {
            Matcher other = heritage.matcher(text);
            while (other.find()) {
                stated.add(other.group(1).strip());
                evidence.add(other.group());
            }
        }
        // "Gypsy Roma Traveller" stated, then "the Traveller education service": the shorter term adds nothing.
        stated.removeIf(term -> stated.stream().anyMatch(other -> !other.equals(term)
                && (" " + other + " ").contains(" " + term + " ")));
        if (!stated.isEmpty()) {
            return new Finding<>(String.join("; ", stated), String.join(" | ", evidence));
        }
        Matcher none = notStated.matcher(text);
        return new Finding<>(NOT_STATED, none.find() ? none.group() : null);
    }
}
