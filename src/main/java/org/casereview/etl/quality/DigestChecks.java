package org.casereview.etl.quality;

import static org.casereview.etl.quality.QualityThresholds.MAX_ENTRIES_WITHOUT_SUMMARY;
import static org.casereview.etl.quality.QualityThresholds.MAX_TITLE_CHARS;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.casereview.etl.document.LoadedReview;

/** The self-check of one digest over its entries: each check is one method that gives a short reason or nothing. */
public final class DigestChecks {

    private DigestChecks() {
    }

    public static Verdict judge(List<LoadedReview> entries) {
        return new Verdict(List.of(noEntries(entries), entriesWithoutSections(entries),
                entriesWithoutSummary(entries), longTitles(entries), numberTitles(entries))
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

    private static Optional<String> some(List<LoadedReview> entries, Predicate<LoadedReview> wrong, String what) {
        long n = entries.stream().filter(wrong).count();
        return n > 0 ? Optional.of(n + " of " + entries.size() + " entries " + what) : Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
