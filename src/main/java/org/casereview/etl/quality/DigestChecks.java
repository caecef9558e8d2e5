package org.casereview.etl.quality;

import static org.casereview.etl.quality.QualityThresholds.MAX_ENTRIES_WITHOUT_SUMMARY;
import static org.casereview.etl.quality.QualityThresholds.MAX_TITLE_CHARS;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.LoadedReview;
import org.casereview.etl.document.Section;

/** The self-check of one digest over its entries: each check is one method that gives a short reason or nothing. */
public final class DigestChecks {

    /** Lists of one item each, this many at least, ... */
    private static final int MIN_RUN_TOGETHER_LISTS = 3;
    /** ... of more words than this on average. */
    private static final int RUN_TOGETHER_WORDS = 30;

    private static final java.util.regex.Pattern CONTENTS_LINE = java.util.regex.Pattern.compile(
            "\\d{1,3}(?:\\.\\d{1,3})*\\.?\\s+\\p{L}.*\\s\\d{1,3}");

    private DigestChecks() {
    }

    public static Verdict judge(List<LoadedReview> entries) {
        return new Verdict(List.of(noEntries(entries), entriesWithoutSections(entries),
                entriesWithoutSummary(entries), longTitles(entries), numberTitles(entries), contentsLineTitles(entries), runTogetherItems(entries),
                repeatedLists(entries))
                .stream().flatMap(Optional::stream).toList());
    }

    static Optional<String> noEntries(List<LoadedReview> entries) {
        return entries.isEmpty() ? Optional.of("no entries found") : Optional.empty();
    }

    static Optional<String> entriesWithoutSections(List<LoadedReview> entries) {
        return some(entries, e -> e.sections().isEmpty(), "have no sections");
    }

    static Optional<String> entriesWithoutSummary(List<LoadedReview> entries) {
        long n = entries.stream().filter(e -> blank(e.row().summary())).count();
        return n > 0 && n > entries.size() * MAX_ENTRIES_WITHOUT_SUMMARY
                ? Optional.of(n + " of " + entries.size() + " entries have no summary") : Optional.empty();
    }

    static Optional<String> longTitles(List<LoadedReview> entries) {
        return some(entries, e -> e.row().title() != null && e.row().title().length() > MAX_TITLE_CHARS,
                "have titles over " + MAX_TITLE_CHARS + " characters");
    }

    /** An entry titled with a number only (an issue date or a page number taken for an entry). */
    static Optional<String> numberTitles(List<LoadedReview> entries) {
        return some(entries, e -> e.row().title() == null || e.row().title().strip().matches("[\\d\\s./-]*"),
                "have no title or a number as title");
    }

    /**
     * An entry titled as a contents line prints it: a section number before the title and a page number after it
     * ("3 Child N: Serious case review 1"), the contents page read as entries.
     */
    static Optional<String> contentsLineTitles(List<LoadedReview> entries) {
        return some(entries, e -> e.row().title() != null
                        && CONTENTS_LINE.matcher(e.row().title().strip()).matches(),
                "have titles printed as contents lines (a section number before, a page number after)");
    }

    /**
     * Every list of every entry holds one item only, and a long one: a layout's list read as one run of text (items
     * whose markers were lost). Digests read right give most lists two or more items of 9 to 20 words on average.
     */
    static Optional<String> runTogetherItems(List<LoadedReview> entries) {
        Map<String, Long> lists = new HashMap<>();
        int words = 0;
        int items = 0;
        for (LoadedReview entry : entries) {
            for (ItemRow item : entry.items()) {
                lists.merge(entry.row().reviewId() + "/" + item.type(), 1L, Long::sum);
                words += item.text() == null ? 0 : item.text().strip().split("\\s+").length;
                items++;
            }
        }
        boolean allSingle = lists.size() >= MIN_RUN_TOGETHER_LISTS && lists.values().stream().allMatch(n -> n == 1);
        return allSingle && words > RUN_TOGETHER_WORDS * items
                ? Optional.of("every item list of " + lists.size() + " has one item of " + words / items
                + " words on average (list items run together?)")
                : Optional.empty();
    }

    /**
     * An entry with two lists of one kind ("Learning includes:" twice): one review says what it learnt in one list, so
     * the entry holds the next reviews too, whose headings were not seen.
     */
    static Optional<String> repeatedLists(List<LoadedReview> entries) {
        return some(entries, e -> e.sections().stream().filter(s -> s.type().hasItems())
                .collect(java.util.stream.Collectors.groupingBy(Section::type, java.util.stream.Collectors.counting()))
                .values().stream().anyMatch(n -> n > 1), "have one kind of list twice (several reviews in one entry?)");
    }

    private static Optional<String> some(List<LoadedReview> entries, Predicate<LoadedReview> wrong, String what) {
        long n = entries.stream().filter(wrong).count();
        return n > 0 ? Optional.of(n + " of " + entries.size() + " entries " + what) : Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
