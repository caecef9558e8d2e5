package org.casereview.etl.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The digest figures of {@code ../shared/tools/score.py digests}, in Java: entries found, field
 * accuracy and item recall of a run's {@code reviews.csv} and {@code items.csv} against a truth
 * folder ({@code truth.tsv}, {@code items.tsv}; {@code a|b} alternatives, {@code *} unscored).
 */
final class DigestScore {
    private static final Set<String> LIST_FIELDS = Set.of("harm_types", "risk_factors", "child_context");
    private static final Set<String> INT_FIELDS = Set.of("incident_year", "n_children", "learning_count",
            "recommendation_count", "good_practice_count", "publication_year", "entry_no");
    private static final Set<String> BOOL_FIELDS = Set.of("thematic", "no_recommendations");
    private static final Set<String> TEXT_FIELDS = Set.of("title", "child_name", "area", "ethnicity", "age_text");
    private static final Set<String> NOT_FIELDS = Set.of("file", "entry_no", "digest_month_note", "notes");
    private static final double ITEM_SIMILARITY = 0.9;
    private static final double TITLE_FALLBACK = 0.8;

    /** The figures, and one line per miss for an assertion message. */
    record Result(int found, int entries, int fieldsOk, int fields, int itemsMatched, int items, List<String> misses) {
        double fieldAccuracy() {
            return fields == 0 ? 1.0 : (double) fieldsOk / fields;
        }

        double itemRecall() {
            return items == 0 ? 1.0 : (double) itemsMatched / items;
        }

        String summary() {
            return String.format(Locale.ROOT, "entries %d/%d, fields %.1f%% (%d/%d), items recall %.1f%% (%d/%d)",
                    found, entries, 100 * fieldAccuracy(), fieldsOk, fields, 100 * itemRecall(), itemsMatched, items);
        }
    }

    private DigestScore() {
    }

    static Result score(Path output, Path truthDir) throws IOException {
        return score(readTsv(truthDir.resolve("truth.tsv")), readTsv(truthDir.resolve("items.tsv")),
                CsvFiles.read(output.resolve("reviews.csv")), CsvFiles.read(output.resolve("items.csv")));
    }

    /** The figures of reviews and items (rows as in {@code reviews.csv}, {@code items.csv}) against truth rows. */
    static Result score(List<Map<String, String>> truth, List<Map<String, String>> truthItems,
                        List<Map<String, String>> reviews, List<Map<String, String>> items) {
        List<String> misses = new ArrayList<>();
        int found = 0;
        int ok = 0;
        int n = 0;
        Map<String, String> reviewOf = new LinkedHashMap<>();
        for (Map<String, String> t : truth) {
            String key = t.get("file") + "#" + t.get("entry_no").strip();
            Map<String, String> r = entryFor(t, reviews);
            List<String> fields = t.keySet().stream().filter(f -> !NOT_FIELDS.contains(f)).toList();
            if (r == null) {
                misses.add("MISSING entry " + key);
                n += (int) fields.stream().filter(f -> !t.get(f).strip().equals("*")).count();
                continue;
            }
            found++;
            reviewOf.put(key, r.get("review_id"));
            for (String f : fields) {
                Boolean res = fieldOk(f, t.get(f), r.get(f));
                if (res == null) {
                    continue;
                }
                n++;
                if (res) {
                    ok++;
                } else {
                    misses.add(key + " " + f + ": want '" + t.get(f) + "' got '" + r.get(f) + "'");
                }
            }
        }
        Map<String, List<String>> want = new LinkedHashMap<>();
        for (Map<String, String> it : truthItems) {
            want.computeIfAbsent(it.get("file") + "#" + it.get("entry_no").strip() + "|" + it.get("section_type").strip(),
                    k -> new ArrayList<>()).add(it.get("text"));
        }
        Map<String, List<String>> got = new LinkedHashMap<>();
        for (Map<String, String> it : items) {
            String source = it.getOrDefault("source", "");
            if (source.isEmpty() || source.equals("digest")) {
                got.computeIfAbsent(it.get("review_id") + "|" + it.get("section_type"), k -> new ArrayList<>())
                        .add(stripCsvGuard(it.get("text")));
            }
        }
        int itemsTotal = 0;
        int itemsMatched = 0;
        for (Map.Entry<String, List<String>> w : want.entrySet()) {
            String entryKey = w.getKey().substring(0, w.getKey().lastIndexOf('|'));
            String rid = reviewOf.get(entryKey);
            List<String> g = rid == null ? List.of() : got.getOrDefault(rid + w.getKey().substring(entryKey.length()), List.of());
            int m = matchItems(w.getValue(), g);
            itemsTotal += w.getValue().size();
            itemsMatched += m;
            if (m < w.getValue().size()) {
                misses.add("items " + w.getKey() + ": matched " + m + "/" + w.getValue().size() + " (got " + g.size() + ")");
            }
        }
        return new Result(found, truth.size(), ok, n, itemsMatched, itemsTotal, misses);
    }

    private static Map<String, String> entryFor(Map<String, String> t, List<Map<String, String>> reviews) {
        for (Map<String, String> r : reviews) {
            if (Objects.equals(r.get("source_file"), t.get("file")) && r.get("entry_no").strip().equals(t.get("entry_no").strip())) {
                return r;
            }
        }
        Map<String, String> best = null;
        double bestRatio = -1;
        for (Map<String, String> r : reviews) {
            double ratio = similar(r.get("title"), t.get("title"));
            if (Objects.equals(r.get("source_file"), t.get("file")) && ratio > bestRatio) {
                best = r;
                bestRatio = ratio;
            }
        }
        return bestRatio >= TITLE_FALLBACK ? best : null;
    }

    /** True or false, or null when the truth says not to score ({@code *}). */
    static Boolean fieldOk(String field, String want, String got) {
        want = want == null ? "" : want.strip();
        got = stripCsvGuard(got == null ? "" : got.strip());
        if (want.equals("*")) {
            return null;
        }
        for (String alt : want.split("\\|", -1)) {
            alt = alt.strip();
            if (LIST_FIELDS.contains(field)) {
                if (codes(alt).equals(codes(got))) {
                    return true;
                }
            } else if (field.equals("age_years") || INT_FIELDS.contains(field)) {
                if (alt.isEmpty() && got.isEmpty()) {
                    return true;
                }
                try {
                    double a = Double.parseDouble(alt);
                    double g = Double.parseDouble(got);
                    if (field.equals("age_years") ? Math.abs(a - g) <= 0.02 : (long) a == (long) g) {
                        return true;
                    }
                } catch (NumberFormatException e) {
                    // not a number: no match with this alternative
                }
            } else if (BOOL_FIELDS.contains(field)) {
                if (isTrue(alt) == isTrue(got)) {
                    return true;
                }
            } else if (TEXT_FIELDS.contains(field)) {
                if (alt.isEmpty() && got.isEmpty() || !alt.isEmpty() && !got.isEmpty() && similar(alt, got) >= 0.9) {
                    return true;
                }
            } else if (alt.equalsIgnoreCase(got)) {
                return true;
            }
        }
        return false;
    }

    /** Greedy one-to-one match of item texts, as score.py: each truth item takes its most similar unused item. */
    static int matchItems(List<String> truth, List<String> got) {
        Set<Integer> used = new HashSet<>();
        int matched = 0;
        for (String t : truth) {
            double best = 0;
            int bestIndex = -1;
            for (int i = 0; i < got.size(); i++) {
                double r = used.contains(i) ? -1 : similar(t, got.get(i));
                if (r > best) {
                    best = r;
                    bestIndex = i;
                }
            }
            if (bestIndex >= 0 && best >= ITEM_SIMILARITY) {
                used.add(bestIndex);
                matched++;
            }
        }
        return matched;
    }

    static String normText(String s) {
        String n = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        n = n.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
        return n.replaceAll("[^0-9a-z]+", " ").strip();
    }

    static double similar(String a, String b) {
        String x = normText(a);
        String y = normText(b);
        if (x.equals(y)) {
            return 1.0;
        }
        if (x.isEmpty() || y.isEmpty()) {
            return 0.0;
        }
        return SequenceRatio.ratio(x, y);
    }

    private static Set<String> codes(String value) {
        Set<String> codes = new HashSet<>();
        for (String c : value.split("[;,]")) {
            if (!c.isBlank()) {
                codes.add(c.strip().toLowerCase(Locale.ROOT));
            }
        }
        return codes;
    }

    private static boolean isTrue(String v) {
        return Set.of("true", "y", "yes", "1").contains(v.toLowerCase(Locale.ROOT));
    }

    private static String stripCsvGuard(String v) {
        return v.length() > 1 && v.startsWith("'") && "=+-@".indexOf(v.charAt(1)) >= 0 ? v.substring(1) : v;
    }

    static List<Map<String, String>> readTsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }
}
