package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import net.minidev.json.JSONArray;
import net.minidev.json.JSONObject;
import net.minidev.json.JSONValue;
import org.casereview.etl.document.Section;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invented reports in structures the corpus does not have, rendered by Chromium and LibreOffice
 * (src/test/resources/reports-unseen/make), scored like score.py: level-1 sections by type and
 * first page, items per type by text similarity of at least 0.9, then their page. Each report must
 * meet the bar of issue 3 on its own.
 */
class UnseenReportsTest {

    private static final Path DIR = Paths.get("src/test/resources/reports-unseen");
    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    private static final List<String> ITEM_TYPES = List.of("learning", "recommendations", "good_practice");

    static Stream<String> reports() throws Exception {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".truth.json")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void meetsTheBarOnAReportFromAnotherProducer(String truthFile) throws Exception {
        JSONObject truth = (JSONObject) JSONValue.parse(Files.readString(DIR.resolve(truthFile), StandardCharsets.UTF_8));
        ExtractedReport report = EXTRACTOR.extractWithItems(DIR.resolve((String) truth.get("file")));
        List<String> misses = new ArrayList<>();

        List<Section> got = new ArrayList<>(report.document().sections());
        JSONArray wantSections = (JSONArray) truth.get("sections");
        int sectionsFound = 0;
        for (Object o : wantSections) {
            Map<?, ?> want = (Map<?, ?>) o;
            List<Object> types = new ArrayList<>(List.of(want.get("section_type")));
            if (want.get("accept_types") instanceof JSONArray extra) {
                types.addAll(extra);
            }
            int page = ((Number) want.get("page_start")).intValue();
            Section hit = got.stream().filter(s -> types.contains(s.type().code()) && s.pageStart() == page)
                    .findFirst().orElse(null);
            if (hit == null) {
                misses.add("section missed: " + types + " p" + page + " " + want.get("heading"));
            } else {
                got.remove(hit);
                sectionsFound++;
            }
        }

        int itemsWanted = 0;
        int itemsFound = 0;
        int itemsGot = 0;
        int pagesRight = 0;
        for (String type : ITEM_TYPES) {
            List<ReportItem> gotItems = new ArrayList<>(report.items().stream()
                    .filter(i -> i.type().code().equals(type)).toList());
            itemsGot += gotItems.size();
            for (Object o : (JSONArray) truth.get("items")) {
                Map<?, ?> want = (Map<?, ?>) o;
                if (!type.equals(want.get("section_type"))) {
                    continue;
                }
                itemsWanted++;
                String text = (String) want.get("text");
                ReportItem best = null;
                double bestScore = 0;
                for (ReportItem g : gotItems) {
                    double score = similarity(text, g.text());
                    if (score > bestScore) {
                        bestScore = score;
                        best = g;
                    }
                }
                int page = ((Number) want.get("page")).intValue();
                if (best == null || bestScore < 0.9) {
                    misses.add(String.format("%s item missed (best %.2f): %s", type, bestScore, text));
                    continue;
                }
                gotItems.remove(best);
                itemsFound++;
                if (best.page() == page) {
                    pagesRight++;
                } else {
                    misses.add(type + " item on page " + best.page() + " not " + page + ": " + text);
                }
            }
            gotItems.forEach(g -> misses.add("extra " + g.type().code() + " p" + g.page() + ": " + g.text()));
        }

        String summary = String.format("UNSEEN %s: sections %d/%d, items %d/%d, got %d, pages right %d%n  %s",
                truth.get("file"), sectionsFound, wantSections.size(), itemsFound, itemsWanted, itemsGot, pagesRight,
                String.join("\n  ", misses));
        System.out.println(summary);
        assertThat(sectionsFound).as(summary).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * wantSections.size()));
        assertThat(itemsFound).as(summary).isGreaterThanOrEqualTo((int) Math.ceil(0.97 * itemsWanted));
        assertThat(itemsFound).as(summary).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * itemsGot));
        assertThat(pagesRight).as(summary).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * itemsFound));
    }

    /** 1 - edit distance / longer length, on text reduced to lower-case letters and digits. */
    static double similarity(String a, String b) {
        String x = norm(a);
        String y = norm(b);
        if (x.equals(y)) {
            return 1;
        }
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 1.0 - (double) prev[y.length()] / Math.max(x.length(), y.length());
    }

    private static String norm(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replaceAll("[^0-9a-z]+", " ").strip();
    }
}
