package org.casereview.etl.link;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Folding and splitting of titles, names and file names into comparable lower-case words. */
final class LinkText {
    private LinkText() {
    }

    /** Words of a text: accents folded, apostrophes dropped, letters and digits split apart. */
    static List<String> tokens(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String spaced = folded.replaceAll("['\u2018\u2019`]", "")
                .replaceAll("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})", " ")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(spaced.split("[^\\p{L}\\p{N}]+")).filter(s -> !s.isEmpty()).toList();
    }

    /** Words of a file name: its stem, with camel case ("ChildT", "SeriousCaseReview") split too. */
    static List<String> fileNameTokens(String fileName) {
        if (fileName == null) {
            return List.of();
        }
        String stem = fileName.replaceFirst("(?i)\\.pdf$", "");
        return tokens(stem.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " "));
    }

    static boolean containsSequence(List<String> tokens, List<String> sequence) {
        if (sequence.isEmpty() || sequence.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i + sequence.size() <= tokens.size(); i++) {
            if (tokens.subList(i, i + sequence.size()).equals(sequence)) {
                return true;
            }
        }
        return false;
    }

    /** Light plural folding so that "deaths" meets "death" and "babies" meets "baby". */
    static String stem(String token) {
        if (token.length() > 4 && token.endsWith("ies")) {
            return token.substring(0, token.length() - 3) + "y";
        }
        if (token.length() > 3 && token.endsWith("s") && !token.endsWith("ss")) {
            return token.substring(0, token.length() - 1);
        }
        return token;
    }

    static boolean isYear(String token) {
        return token.matches("(19|20)\\d\\d");
    }
}
