package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.casereview.etl.SharedCorpus;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parses every digest of the shared sample corpus and compares with its ground truth
 * (corpus/truth/digests in {@link SharedCorpus}).
 */
class DigestCorpusTest {

    private static final Path CORPUS = SharedCorpus.resolve("corpus/digests");
    private static final Path TRUTH = SharedCorpus.resolve("corpus/truth/digests");
    private static final Map<String, ParsedDigest> parsed = new LinkedHashMap<>();

    @BeforeAll
    static void parseCorpus() throws Exception {
        SharedCorpus.require(Files.isDirectory(CORPUS) && Files.isRegularFile(TRUTH.resolve("truth.tsv")),
                "corpus digests or their truth");
        DocumentTextExtractor extractor = new DocumentTextExtractor();
        DigestParser parser = new DigestParser();
        try (var files = Files.list(CORPUS)) {
            for (Path file : files.sorted().toList()) {
                var text = extractor.extract(file);
                parsed.put(file.getFileName().toString(), parser.parse(text.text(), text.pageBreaks()));
            }
        }
    }

    @Test
    void findsEveryEntryWithItsFields() throws IOException {
        List<Map<String, String>> truth = tsv(TRUTH.resolve("truth.tsv"));
        int found = 0;
        List<String> wrong = new ArrayList<>();
        for (Map<String, String> row : truth) {
            DigestEntry entry = entry(row.get("file"), Integer.parseInt(row.get("entry_no")));
            if (entry == null) {
                wrong.add("missing " + row.get("file") + "#" + row.get("entry_no"));
                continue;
            }
            found++;
            String where = row.get("file") + "#" + row.get("entry_no") + " ";
            check(wrong, where + "title", row.get("title"), entry.title());
            check(wrong, where + "child_name", row.get("child_name"), entry.childName());
            check(wrong, where + "area", row.get("area"), entry.area());
            checkCount(wrong, where + "learning", row.get("learning_count"), count(entry, SectionType.LEARNING));
            checkCount(wrong, where + "recommendations", row.get("recommendation_count"), count(entry, SectionType.RECOMMENDATIONS));
            checkCount(wrong, where + "good_practice", row.get("good_practice_count"), count(entry, SectionType.GOOD_PRACTICE));
            check(wrong, where + "no_recommendations", row.get("no_recommendations"), String.valueOf(entry.noRecommendations()));
            ParsedDigest digest = parsed.get(row.get("file"));
            String year = digest.publicationYear() != null ? digest.publicationYear().toString()
                    : Objects.toString(entry.headingYear(), "");
            check(wrong, where + "publication_year", row.get("publication_year"), year);
            check(wrong, where + "digest_month", row.get("digest_month"), Objects.toString(digest.month(), ""));
        }
        wrong.forEach(System.err::println);
        parsed.forEach((file, digest) -> digest.problems().forEach(p -> System.err.println(file + " problem " + p)));
        assertThat(found).isEqualTo(24);
        assertThat(parsed.values().stream().mapToInt(d -> d.entries().size()).sum()).isEqualTo(24);
        assertThat(parsed.values().stream().mapToInt(d -> d.problems().size()).sum()).isZero();
        assertThat(wrong).isEmpty();
    }

    @Test
    void itemRecallIsAtLeast98Percent() throws IOException {
        List<Map<String, String>> truth = tsv(TRUTH.resolve("items.tsv"));
        Map<String, List<String>> got = new HashMap<>();
        parsed.forEach((file, digest) -> digest.entries().forEach(e -> e.sections().forEach(s -> got
                .computeIfAbsent(file + "#" + e.entryNo() + "#" + s.type().code(), k -> new ArrayList<>())
                .addAll(s.items().stream().map(Item::text).toList()))));
        int matched = 0;
        int produced = got.values().stream().mapToInt(List::size).sum();
        for (Map<String, String> row : truth) {
            String key = row.get("file") + "#" + row.get("entry_no") + "#" + row.get("section_type");
            List<String> candidates = got.getOrDefault(key, new ArrayList<>());
            String best = candidates.stream().max((a, b) -> Double.compare(similar(a, row.get("text")), similar(b, row.get("text")))).orElse(null);
            if (best != null && similar(best, row.get("text")) >= 0.9) {
                matched++;
                candidates.remove(best);
            } else {
                System.err.println("ITEM MISSED " + key + ": " + row.get("text") + "\n   best: " + best);
            }
        }
        got.forEach((k, v) -> v.forEach(t -> System.err.println("ITEM EXTRA " + k + ": " + t)));
        System.err.printf("items: %d of %d matched, %d produced%n", matched, truth.size(), produced);
        assertThat(100.0 * matched / truth.size()).isGreaterThanOrEqualTo(98.0);
        assertThat(produced).isEqualTo(truth.size());
    }

    /** The same digest printed to PDF or saved as DOCX must give the same entries and items as its text. */
    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({"seed-2021-11.txt, pdf", "seed-2021-11.txt, loose.pdf", "seed-2021-11.txt, docx", "v1-2022-style.txt, pdf",
            "v1-2022-style.txt, loose.pdf", "v3-2016-key-issues.txt, pdf", "v3-2016-key-issues.txt, loose.pdf",
            "v3-2016-key-issues.txt, docx"})
    void otherFormatsOfTheSameDigestGiveTheSameEntries(String name, String format, @TempDir Path dir) throws Exception {
        String text = Files.readString(CORPUS.resolve(name), StandardCharsets.UTF_8);
        Path copy = dir.resolve(name.replace(".txt", "." + format));
        if (format.endsWith("pdf")) {
            DigestPdfFixture.write(text, copy, format.startsWith("loose") ? 15 : 12);
        } else {
            writeDocx(text, copy);
        }
        var copyText = new DocumentTextExtractor().extract(copy);
        ParsedDigest again = new DigestParser().parse(copyText.text(), copyText.pageBreaks());
        ParsedDigest original = parsed.get(name);
        assertThat(again.problems()).isEmpty();
        assertThat(again.month()).isEqualTo(original.month());
        assertThat(again.entries()).hasSameSizeAs(original.entries());
        for (int i = 0; i < original.entries().size(); i++) {
            DigestEntry want = original.entries().get(i);
            DigestEntry got = again.entries().get(i);
            assertThat(got.title()).isEqualTo(want.title());
            assertThat(got.childName()).isEqualTo(want.childName());
            assertThat(got.linkText()).isEqualTo(want.linkText());
            assertThat(got.summary()).isEqualTo(want.summary());
            assertThat(itemTexts(got)).isEqualTo(itemTexts(want));
        }
    }

    private static List<String> itemTexts(DigestEntry entry) {
        return entry.sections().stream().flatMap(s -> s.items().stream().map(i -> s.type().code() + ": " + i.text())).toList();
    }

    private static void writeDocx(String text, Path file) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    doc.createParagraph().createRun().setText(line.strip());
                }
            }
            doc.write(out);
        }
    }

    private static DigestEntry entry(String file, int no) {
        ParsedDigest digest = parsed.get(file);
        return digest == null ? null : digest.entries().stream().filter(e -> e.entryNo() == no).findFirst().orElse(null);
    }

    private static int count(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).mapToInt(s -> s.items().size()).sum();
    }

    private static void check(List<String> wrong, String what, String want, String got) {
        if (want == null || want.equals("*")) {
            return;
        }
        for (String alternative : want.split("\\|", -1)) {
            if (alternative.isEmpty() ? got == null || got.isEmpty() : got != null && similar(alternative, got) >= 0.9) {
                return;
            }
        }
        wrong.add(what + ": want '" + want + "' got '" + got + "'");
    }

    private static void checkCount(List<String> wrong, String what, String want, int got) {
        if (!want.equals("*") && Integer.parseInt(want) != got) {
            wrong.add(what + ": want " + want + " got " + got);
        }
    }

    /** The score tool's similarity: normalised text, then a longest-common-subsequence ratio. */
    static double similar(String a, String b) {
        String x = norm(a);
        String y = norm(b);
        if (x.equals(y)) {
            return 1.0;
        }
        if (x.isEmpty() || y.isEmpty()) {
            return 0.0;
        }
        int[][] lcs = new int[x.length() + 1][y.length() + 1];
        for (int i = 1; i <= x.length(); i++) {
            for (int j = 1; j <= y.length(); j++) {
                lcs[i][j] = x.charAt(i - 1) == y.charAt(j - 1) ? lcs[i - 1][j - 1] + 1 : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
            }
        }
        return 2.0 * lcs[x.length()][y.length()] / (x.length() + y.length());
    }

    private static String norm(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'');
        return String.join(" ", t.replaceAll("[^0-9a-z]+", " ").trim().split("\\s+"));
    }

    private static List<Map<String, String>> tsv(Path path) throws IOException {
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }
}
