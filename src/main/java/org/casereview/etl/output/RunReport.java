package org.casereview.etl.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a person wants to see of a run at a glance, counted from the rows the run exported:
 * documents by status and by quality, rejects by reason, reviews by outcome, age band, review type and harm type,
 * items by kind, items per review and the most frequent item themes.
 *
 * @param title      what the report covers ("2021-11", or "2021-01 to 2021-12" for an export)
 * @param reviews    number of reviews
 * @param counts     named tallies, each label to its count, in display order
 * @param rejects    the reject rows (file, location, reason, message), for the table under the charts
 * @param doubtful   the documents the self-check doubts (file, quality notes), for the table under the rejects
 */
public record RunReport(String title, int reviews, Map<String, Map<String, Integer>> counts,
                        List<List<String>> rejects, List<List<String>> doubtful) {

    public static final String DOCUMENTS = "Documents by status";
    public static final String QUALITY = "Documents by quality";
    public static final String REJECTS = "Rejects by reason";
    public static final String OUTCOME = "Reviews by outcome";
    public static final String AGE_BAND = "Reviews by age band";
    public static final String REVIEW_TYPE = "Reviews by review type";
    public static final String HARM_TYPE = "Reviews by harm type";
    public static final String ITEM_KIND = "Items by kind";
    public static final String ITEMS_PER_REVIEW = "Items per review";
    public static final String THEMES = "Top item themes";

    /** Age bands in their natural order, not by frequency. */
    static final List<String> AGE_BANDS = List.of("unborn", "under_1", "1_5", "6_10", "11_15", "16_17",
            "18_plus", "unknown");

    private static final int TOP_THEMES = 10;

    /** The columns {@link #of} reads of each exported file (a row's other cells are never looked at). */
    public static final Map<String, List<String>> COLUMNS = Map.of(
            "reviews.csv", List.of("review_id", "outcome", "age_band", "review_type", "harm_types"),
            "items.csv", List.of("review_id", "section_type", "themes"),
            "documents.csv", List.of("source_file", "status", "quality", "quality_notes"),
            "rejects.csv", List.of("source_file", "location", "reason_code", "message"));

    public RunReport {
        counts = copy(counts);
        rejects = rejects.stream().map(List::copyOf).toList();
        doubtful = doubtful.stream().map(List::copyOf).toList();
    }

    /** Builds the report from the exported rows, each a column-name to value map. */
    public static RunReport of(String title, Rows rows) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        counts.put(OUTCOME, byFrequency(tally(rows.reviews(), "outcome", false)));
        counts.put(AGE_BAND, inOrder(tally(rows.reviews(), "age_band", false), AGE_BANDS));
        counts.put(REVIEW_TYPE, byFrequency(tally(rows.reviews(), "review_type", false)));
        counts.put(HARM_TYPE, byFrequency(tally(rows.reviews(), "harm_types", true)));
        counts.put(ITEM_KIND, byFrequency(tally(rows.items(), "section_type", false)));
        counts.put(ITEMS_PER_REVIEW, itemsPerReview(rows));
        Map<String, Integer> themes = byFrequency(tally(rows.items(), "themes", true));
        if (!themes.isEmpty()) {
            counts.put(THEMES, top(themes, TOP_THEMES));
        }
        counts.put(DOCUMENTS, byFrequency(tally(rows.documents(), "status", false)));
        counts.put(QUALITY, byFrequency(tally(rows.documents(), "quality", false)));
        counts.put(REJECTS, byFrequency(tally(rows.rejects(), "reason_code", false)));
        List<List<String>> rejects = rows.rejects().stream()
                .map(r -> List.of(value(r, "source_file"), value(r, "location"), value(r, "reason_code"),
                        value(r, "message")))
                .toList();
        List<List<String>> doubtful = rows.documents().stream()
                .filter(d -> "doubtful".equals(value(d, "quality")))
                .map(d -> List.of(value(d, "source_file"), value(d, "quality_notes")))
                .toList();
        return new RunReport(title, rows.reviews().size(), counts, rejects, doubtful);
    }

    /** The exported rows of one run or export, each a column-name to value map. */
    public record Rows(List<Map<String, String>> reviews, List<Map<String, String>> items,
                       List<Map<String, String>> documents, List<Map<String, String>> rejects) {
    }

    /** Counts each value of a column; a list column ({@code a; b}) counts every code once per row. */
    static Map<String, Integer> tally(List<Map<String, String>> rows, String column, boolean list) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Map<String, String> row : rows) {
            String cell = value(row, column);
            if (!list) {
                counts.merge(cell.isEmpty() ? "not stated" : cell, 1, Integer::sum);
                continue;
            }
            for (String code : cell.split(";")) {
                if (!code.isBlank()) {
                    counts.merge(code.strip(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** How many reviews have 0, 1-2, 3-5, 6-10 and more than 10 items. */
    private static Map<String, Integer> itemsPerReview(Rows rows) {
        Map<String, Integer> perReview = new LinkedHashMap<>();
        rows.reviews().forEach(r -> perReview.put(value(r, "review_id"), 0));
        rows.items().forEach(i -> perReview.merge(value(i, "review_id"), 1, Integer::sum));
        Map<String, Integer> buckets = new LinkedHashMap<>();
        for (String bucket : List.of("0", "1-2", "3-5", "6-10", "over 10")) {
            buckets.put(bucket, 0);
        }
        perReview.values().forEach(n -> buckets.merge(bucket(n), 1, Integer::sum));
        buckets.values().removeIf(n -> n == 0);
        return buckets;
    }

    private static String bucket(int items) {
        if (items == 0) {
            return "0";
        }
        if (items <= 2) {
            return "1-2";
        }
        if (items <= 5) {
            return "3-5";
        }
        return items <= 10 ? "6-10" : "over 10";
    }

    private static Map<String, Integer> byFrequency(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> ordered = new LinkedHashMap<>();
        entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    private static Map<String, Integer> inOrder(Map<String, Integer> counts, List<String> order) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        order.stream().filter(counts::containsKey).forEach(k -> ordered.put(k, counts.get(k)));
        counts.forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static Map<String, Integer> top(Map<String, Integer> counts, int n) {
        Map<String, Integer> top = new LinkedHashMap<>();
        counts.entrySet().stream().limit(n).forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    private static String value(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null ? "" : v.strip();
    }

    private static Map<String, Map<String, Integer>> copy(Map<String, Map<String, Integer>> counts) {
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        counts.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        return java.util.Collections.unmodifiableMap(copy);
    }
}
