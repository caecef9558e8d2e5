package org.casereview.etl.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.LoadedReview;
import org.casereview.etl.document.SectionType;

/**
 * The self-check of a digest from the shape of its entries' lists: a list's label read as one of the points of the
 * list before (the same short phrase inside the lists of several entries), and a piece of an entry read as an entry of
 * its own (no list, where every other entry has lists, and no review's title or summary).
 */
final class ListShapeChecks {

    /** Words a label has at most. */
    private static final int MAX_LABEL_WORDS = 4;
    /** Entries a digest has at least for one entry's missing lists to say something. */
    private static final int MIN_ENTRIES = 3;
    /** Words of a title read from a sentence, at least. */
    private static final int MIN_SENTENCE_TITLE_WORDS = 6;

    private static final Pattern OUTLINE_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+");
    private static final Pattern PHRASE = Pattern.compile("\\p{Lu}[\\p{L}'\u2019-]*(?: [\\p{L}'\u2019&-]+)*:?");
    /** What a review's title has and a sentence has not: a separator or the word review. */
    private static final Pattern TITLE_MARK = Pattern.compile("(?i)[:|\u2013\u2014(]|\\s-\\s|\\breview\\b|\\bsummary\\b");
    private static final Pattern LIST_LINE = Pattern.compile("^\\s*[-\u2022\u25aa\u25cf*]\\s+\\S");

    private ListShapeChecks() {
    }

    static List<String> notes(List<LoadedReview> entries) {
        return Stream.of(repeatedPhraseItems(entries), piecesReadAsEntries(entries)).flatMap(Optional::stream).toList();
    }

    /**
     * One short capitalised phrase ("Agreed follow-up", "1.2 Agreed follow-up") that is a point in the middle of a list
     * (neither its first point nor its last) in two or more entries, at least half of them: a label the reading did not
     * know, its list read on into the list before. A point of one review is not printed word for word in another's
     * list at its middle, while a digest prints its labels the same in every entry.
     */
    static Optional<String> repeatedPhraseItems(List<LoadedReview> entries) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> printed = new HashMap<>();
        for (LoadedReview entry : entries) {
            Set<String> phrases = new HashSet<>();
            for (List<String> list : lists(entry)) {
                for (int i = 1; i + 1 < list.size(); i++) {
                    String phrase = OUTLINE_NUMBER.matcher(list.get(i).strip()).replaceFirst("");
                    if (PHRASE.matcher(phrase).matches() && phrase.split("\\s+").length <= MAX_LABEL_WORDS) {
                        String key = phrase.replaceFirst(":$", "").toLowerCase(Locale.ROOT);
                        phrases.add(key);
                        printed.putIfAbsent(key, phrase);
                    }
                }
            }
            phrases.forEach(p -> counts.merge(p, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() >= 2 && e.getValue() * 2 >= entries.size())
                .max(Map.Entry.comparingByValue())
                .map(e -> e.getValue() + " of " + entries.size() + " entries have '" + printed.get(e.getKey())
                        + "' as a point inside a list (a label read as a point?)");
    }

    /**
     * An entry with no list point where every other entry of three or more has some, whose title reads as a sentence
     * (six words or more, no separator, no 'review') or whose summary is only list lines: a sentence of the entry
     * before, or a list whose label was not read, taken for an entry.
     */
    static Optional<String> piecesReadAsEntries(List<LoadedReview> entries) {
        if (entries.size() < MIN_ENTRIES) {
            return Optional.empty();
        }
        List<LoadedReview> bare = entries.stream().filter(e -> e.items().isEmpty()).toList();
        if (bare.size() != 1) {
            return Optional.empty();
        }
        LoadedReview entry = bare.get(0);
        String title = entry.row().title() == null ? "" : entry.row().title().strip();
        boolean sentenceTitle = title.split("\\s+").length >= MIN_SENTENCE_TITLE_WORDS && !TITLE_MARK.matcher(title).find();
        String summary = entry.row().summary() == null ? "" : entry.row().summary().strip();
        boolean listSummary = !summary.isEmpty() && summary.lines().filter(l -> !l.isBlank())
                .allMatch(l -> LIST_LINE.matcher(l).find());
        return sentenceTitle || listSummary ? Optional.of("entry '" + clip(title) + "' has no list where the other "
                + (entries.size() - 1) + " have, and " + (sentenceTitle ? "a sentence as title" : "only list lines as summary")
                + " (a piece of an entry read as an entry?)") : Optional.empty();
    }

    /** The entry's lists, each its points' texts in order. */
    private static List<List<String>> lists(LoadedReview entry) {
        Map<SectionType, List<String>> lists = new LinkedHashMap<>();
        for (ItemRow item : entry.items()) {
            lists.computeIfAbsent(item.type(), k -> new ArrayList<>()).add(item.text() == null ? "" : item.text());
        }
        return new ArrayList<>(lists.values());
    }

    private static String clip(String s) {
        return s.length() <= 50 ? s : s.substring(0, 47) + "...";
    }
}
