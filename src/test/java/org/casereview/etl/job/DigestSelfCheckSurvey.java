package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.LoadedReview;
import org.casereview.etl.document.ReviewRow;
import org.casereview.etl.extract.BadPdfReadings;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.extract.ExtractedText;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.casereview.etl.quality.DigestChecks;
import org.casereview.etl.quality.Verdict;
import org.casereview.etl.review.DigestLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Test only, not a guard: the survey of the digest self-check (issue 9.5: a document read badly must not say
 * {@code ok}). Every guard digest ({@code digests-e2e/b*}, and the digests under {@code -Dsurvey.corpus=DIR} with its
 * {@code truth/digests}) is read as the job reads it, and read badly on purpose, one part switched off at a time
 * ({@link BadPdfReadings} for PDFs; for every format a list label renamed to words the vocabulary does not know, and
 * heading marks taken off); each reading is scored per file as {@code score.py digests} scores it and judged by
 * {@link DigestChecks}. Writes one row per reading to {@code -Dsurvey.out} (default
 * {@code target/digest-self-check-survey.tsv}) and prints the counts. Run with
 * {@code mvn -o test -Dtest=DigestSelfCheckSurvey -Dsurvey=true}.
 */
@EnabledIfSystemProperty(named = "survey", matches = "true")
class DigestSelfCheckSurvey {

    private static final double BAD = 0.80;
    private static final YearMonth MONTH = YearMonth.of(2026, 11);
    private static final Pattern LEARNING_LABEL = Pattern.compile("(?m)(^[^\\p{L}\\n]{0,8}|[.!?]\\s+|\\*\\*)"
            + "((?:Key )?(?:Learning|Lessons)(?: (?:points?|includes?|identified|learned|learnt))*"
            + "|Key (?:issues|findings|themes)(?: (?:identified|include|includes))*)(?=\\s*:|[^\\p{L}\\n]{0,6}$)");
    private static final Pattern RECOMMENDATIONS_LABEL = Pattern.compile("(?m)(^[^\\p{L}\\n]{0,8}|[.!?]\\s+|\\*\\*)"
            + "((?:Key )?Recommendations?(?: (?:include|includes|made|for the [\\w ]{1,30}))*)(?=\\s*:|[^\\p{L}\\n]{0,6}$)");
    private static final Pattern HEADING_MARKS = Pattern.compile("(?m)^#{1,6}\\s+");

    private final DigestLoader loader = new DigestLoader(new DocumentTextExtractor(), new DigestParser(),
            ReviewNormaliser.withDefaultVocabulary());
    private final DigestParser parser = new DigestParser();

    /** One reading of one file: its figures and verdict. */
    record Row(String file, String reading, boolean changed, DigestScore.Result score, Verdict verdict) {
        boolean bad() {
            return score.found() < score.entries() || score.fieldAccuracy() < BAD || score.itemRecall() < BAD;
        }

        String line() {
            return String.join("\t", file, reading, String.valueOf(changed), score.found() + "/" + score.entries(),
                    String.format(Locale.ROOT, "%.1f", 100 * score.fieldAccuracy()),
                    String.format(Locale.ROOT, "%.1f", 100 * score.itemRecall()), verdict.quality(),
                    verdict.notesText() == null ? "" : verdict.notesText().replace('\t', ' ').replace('\n', ' '));
        }
    }

    @Test
    void survey() throws Exception {
        List<Row> rows = new ArrayList<>();
        Path root = Path.of(getClass().getResource("/digests-e2e").toURI());
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path batch : dirs.filter(d -> Files.isDirectory(d.resolve("input"))).sorted().toList()) {
                rows.addAll(surveyed(batch.resolve("input"), batch.resolve("truth")));
            }
        }
        String corpus = System.getProperty("survey.corpus");
        if (corpus != null) {
            rows.addAll(surveyed(Path.of(corpus, "digests"), Path.of(corpus, "truth", "digests")));
        }
        Path out = Path.of(System.getProperty("survey.out", "target/digest-self-check-survey.tsv"));
        List<String> lines = new ArrayList<>(List.of("file\treading\tchanged\tentries\tfields\titems\tquality\tnotes"));
        rows.forEach(r -> lines.add(r.line()));
        Files.write(out, lines);
        counts(rows).forEach(System.out::println);
        assertThat(rows).isNotEmpty();
    }

    static List<String> counts(List<Row> rows) {
        List<String> out = new ArrayList<>();
        List<Row> asRead = rows.stream().filter(r -> r.reading().equals("as-read")).toList();
        out.add("as read: " + asRead.size() + " files, doubtful " + asRead.stream()
                .filter(r -> r.verdict().quality().equals("doubtful")).count() + ", under 80% " + asRead.stream()
                .filter(Row::bad).count());
        Map<String, List<Row>> byReading = new LinkedHashMap<>();
        rows.stream().filter(r -> !r.reading().equals("as-read") && r.changed())
                .forEach(r -> byReading.computeIfAbsent(r.reading(), k -> new ArrayList<>()).add(r));
        int bad = 0;
        int badOk = 0;
        for (Map.Entry<String, List<Row>> e : byReading.entrySet()) {
            List<Row> badRows = e.getValue().stream().filter(Row::bad).toList();
            long ok = badRows.stream().filter(r -> r.verdict().quality().equals("ok")).count();
            bad += badRows.size();
            badOk += (int) ok;
            out.add(e.getKey() + ": " + e.getValue().size() + " changed readings, " + badRows.size()
                    + " under 80% (or an entry lost), " + ok + " of them ok: " + badRows.stream()
                    .filter(r -> r.verdict().quality().equals("ok")).map(Row::file).toList());
        }
        out.add("all: " + bad + " bad readings, " + badOk + " say ok");
        return out;
    }

    private List<Row> surveyed(Path inputs, Path truthDir) throws IOException {
        List<Map<String, String>> truth = DigestScore.readTsv(truthDir.resolve("truth.tsv"));
        List<Map<String, String>> truthItems = DigestScore.readTsv(truthDir.resolve("items.tsv"));
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(inputs)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                List<Map<String, String>> fileTruth = truth.stream().filter(t -> name.equals(t.get("file"))).toList();
                if (fileTruth.isEmpty() || !name.matches(System.getProperty("survey.only", ".*"))) {
                    continue;
                }
                List<Map<String, String>> fileItems = truthItems.stream().filter(t -> name.equals(t.get("file"))).toList();
                rows.addAll(readings(file, name, fileTruth, fileItems));
            }
        }
        return rows;
    }

    private List<Row> readings(Path file, String name, List<Map<String, String>> truth,
                               List<Map<String, String>> truthItems) throws IOException {
        List<Row> rows = new ArrayList<>();
        ExtractedText asRead;
        try {
            asRead = loader.parse(file).text();
        } catch (Exception e) {
            return rows;
        }
        Map<String, ExtractedText> readings = new LinkedHashMap<>();
        readings.put("as-read", asRead);
        if (name.endsWith(".pdf") && "layout-model-off".matches(System.getProperty("survey.readings", ".*"))) {
            readings.putAll(BadPdfReadings.of(file));
        }
        readings.put("learning-label-unknown", asRead.withText(renamed(asRead.text(), LEARNING_LABEL, "Points to take away")));
        readings.put("recommendations-label-unknown",
                asRead.withText(renamed(asRead.text(), RECOMMENDATIONS_LABEL, "Agreed follow-up")));
        readings.put("heading-marks-off", asRead.withText(HEADING_MARKS.matcher(asRead.text()).replaceAll("")));
        readings.keySet().removeIf(k -> !k.matches(System.getProperty("survey.readings", ".*")));
        for (Map.Entry<String, ExtractedText> r : readings.entrySet()) {
            rows.add(row(name, r.getKey(), !r.getValue().text().equals(asRead.text()), r.getValue(), truth, truthItems));
        }
        return rows;
    }

    private Row row(String name, String reading, boolean changed, ExtractedText text, List<Map<String, String>> truth,
                    List<Map<String, String>> truthItems) {
        DigestLoader.Reading read = loader.read(new DigestLoader.ParsedFile(text, parser.parse(text.text(),
                text.pageBreaks())), name, MONTH);
        Verdict verdict = DigestChecks.judge(read.reviews(), read.traces());
        if (System.getProperty("survey.dump") != null) {
            dump(Path.of(System.getProperty("survey.dump"), name + "." + reading + ".txt"), text, read.reviews());
        }
        DigestScore.Result score = DigestScore.score(truth, truthItems, reviewRows(read.reviews()), itemRows(read.reviews()));
        return new Row(name, reading, changed, score, verdict);
    }

    private static void dump(Path file, ExtractedText text, List<LoadedReview> reviews) {
        StringBuilder out = new StringBuilder(text.text()).append("\n\n======== ENTRIES\n");
        for (LoadedReview r : reviews) {
            out.append("## ").append(r.row().entryNo()).append(" ").append(r.row().title()).append("\nSUMMARY: ")
                    .append(r.row().summary()).append("\nLINK: ").append(r.row().reportLink()).append('\n');
            r.sections().forEach(s -> out.append("  SECTION ").append(s.type().code()).append(" '").append(s.heading())
                    .append("' items ").append(s.items().size()).append(s.type().hasItems() || s.text() == null ? ""
                            : " text '" + s.text().substring(0, Math.min(80, s.text().length())).replace('\n', ' ') + "'")
                    .append('\n'));
            r.items().forEach(i -> out.append("  - ").append(i.type().code()).append(": ").append(i.text()).append('\n'));
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String renamed(String text, Pattern label, String words) {
        Matcher m = label.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + words));
        }
        m.appendTail(out);
        return out.toString();
    }

    static List<Map<String, String>> reviewRows(List<LoadedReview> reviews) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (LoadedReview review : reviews) {
            Map<String, String> row = new LinkedHashMap<>();
            RecordComponent[] components = ReviewRow.class.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                try {
                    Object value = components[i].getAccessor().invoke(review.row());
                    row.put(ReviewRow.COLUMNS.get(i), value == null ? "" : value.toString());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            rows.add(row);
        }
        return rows;
    }

    static List<Map<String, String>> itemRows(List<LoadedReview> reviews) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (LoadedReview review : reviews) {
            for (ItemRow item : review.items()) {
                rows.add(Map.of("review_id", review.row().reviewId(), "section_type", item.type().code(),
                        "text", item.text() == null ? "" : item.text(), "source", "digest"));
            }
        }
        return rows;
    }
}
