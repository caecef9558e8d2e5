package org.casereview.etl.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereview.etl.SharedCorpus;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.layout.Evidence;
import org.casereview.etl.layout.LayoutReader;
import org.casereview.etl.layout.OutlineReader;
import org.casereview.etl.quality.ReportChecks;
import org.casereview.etl.quality.ReportEvidence;
import org.casereview.etl.quality.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A survey, not a guard (run with {@code -Dcasereview.survey=true}): every reports-e2e {@code batch*} report and the
 * shared corpus's reports read twice, as the job reads them and badly on purpose (the column finder switched off: each
 * page's fragments grouped into rows across the page, through the same analyser), each reading scored on the report's
 * truth by the shared scorer and judged by the self-check with its layout notes. Issue 9.5: a report read badly must
 * not say ok. Writes {@code target/read-across-survey.tsv}: file, pages, the two readings' sections and items recall
 * and items precision, their verdicts and notes.
 */
@EnabledIfSystemProperty(named = "casereview.survey", matches = "true")
class ReadAcrossSurveyTest {

    private static final Pattern SCORES = Pattern.compile(
            "sections recall ([\\d.]+)% \\(\\d+/\\d+\\) precision ([\\d.]+)%\\s+items recall ([\\d.]+)% \\(\\d+/\\d+\\)"
                    + " precision ([\\d.]+)%");

    @Test
    void survey() throws Exception {
        List<Path[]> reports = reports();
        String only = System.getProperty("casereview.survey.only", "");
        Vocabulary vocabulary = Vocabulary.defaults();
        ItemLabels labels = new ItemLabels(vocabulary);
        ReportAnalyser analyser = new ReportAnalyser(new SectionTyper(vocabulary), labels,
                new AnsweredQuestions(vocabulary, labels));
        Path work = Files.createDirectories(Paths.get("target/read-across-survey"));
        StringBuilder out = new StringBuilder("file\tpages\tproper S\tproper I\tproper IP\tproper quality\tnaive S"
                + "\tnaive I\tnaive IP\tnaive quality\tnaive notes\n");
        for (Path[] report : reports) {
            Path pdf = report[0];
            String name = pdf.getParent().getFileName() + "/" + pdf.getFileName();
            if (!only.isEmpty() && !name.contains(only)) {
                continue;
            }
            try {
                ExtractedReport proper = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
                ExtractedReport naive = naive(pdf, proper, analyser);
                boolean same = items(proper).equals(items(naive)) && sections(proper).equals(sections(naive));
                Verdict properVerdict = ReportChecks.judge(evidence(proper), null);
                Verdict naiveVerdict = ReportChecks.judge(evidence(naive), null);
                String properScore = score(work.resolve("proper"), pdf, report[1], proper);
                String naiveScore = same ? properScore : score(work.resolve("naive"), pdf, report[1], naive);
                out.append(String.join("\t", name, String.valueOf(proper.document().metadata().pages()),
                        properScore, properVerdict.quality(), naiveScore, same ? "same" : naiveVerdict.quality(),
                        same ? "" : String.valueOf(naiveVerdict.notesText()))).append('\n');
                if (!only.isEmpty()) {
                    dump(work.resolve("naive-lines.txt"), pdf, true);
                    dump(work.resolve("proper-lines.txt"), pdf, false);
                    Files.writeString(work.resolve("naive-items.txt"), String.join("\n", items(naive)) + "\n\n"
                            + String.join("\n", sections(naive)) + "\n");
                }
            } catch (Exception e) {
                out.append("ERR\t").append(name).append('\t').append(e).append('\n');
            }
        }
        Files.writeString(Paths.get("target/read-across-survey.tsv"), out);
    }

    /** Each report PDF with its truth file. */
    private static List<Path[]> reports() throws Exception {
        List<Path[]> reports = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Paths.get("src/test/resources/reports-e2e"))) {
            s.filter(p -> p.toString().endsWith(".pdf") && p.getParent().getFileName().toString().startsWith("batch"))
                    .sorted().forEach(p -> reports.add(new Path[] {p, p.resolveSibling(p.getFileName() + ".truth.json")}));
        }
        Path truths = SharedCorpus.path("corpus/truth/reports");
        try (Stream<Path> s = Files.list(SharedCorpus.path("corpus/reports"))) {
            s.filter(p -> p.toString().endsWith(".pdf")).sorted()
                    .map(p -> new Path[] {p, truths.resolve(p.getFileName() + ".truth.json")})
                    .filter(p -> Files.isRegularFile(p[1])).forEach(reports::add);
        }
        return reports;
    }

    /** The report read with each page's fragments grouped into rows across the page (no column finder). */
    static ExtractedReport naive(Path pdf, ExtractedReport proper, ReportAnalyser analyser) throws Exception {
        try (PDDocument doc = ReportPdfFile.open(pdf)) {
            List<PageText> naive = PositionedTextStripper.readingRowsAcross().read(doc);
            return analyser.analyse(pdf.getFileName().toString(), naive, OutlineReader.read(doc),
                    LayoutReader.read(doc).blocks(Evidence.TAGS), proper.document().metadata(), new ArrayList<>());
        }
    }

    /** The page lines of one reading, with their drawn marks (R rule under, A rule over, B band, card number). */
    private static void dump(Path file, Path pdf, boolean naive) throws Exception {
        StringBuilder text = new StringBuilder();
        try (PDDocument doc = ReportPdfFile.open(pdf)) {
            PositionedTextStripper stripper = naive ? PositionedTextStripper.readingRowsAcross()
                    : new PositionedTextStripper();
            for (PageText page : stripper.read(doc)) {
                for (TextLine line : page.lines()) {
                    text.append(String.format("p%d y%.1f x%.1f-%.1f s%.1f %s%s%s%d | %s%n", line.page(), line.y(),
                            line.x(), line.endX(), line.fontSize(), line.ruled() ? "R" : "-",
                            line.ruledAbove() ? "A" : "-", line.banded() ? "B" : "-", line.card(),
                            line.fragments().stream()
                                    .map(f -> String.format("[%.0f]%s%s", f.x(), f.bold() ? "*" : "", f.text()))
                                    .collect(Collectors.joining(" "))));
                }
            }
        }
        Files.writeString(file, text);
    }

    /** Sections recall and precision, items recall and precision of one reading, by the shared scorer. */
    private static String score(Path dir, Path pdf, Path truth, ExtractedReport report) throws Exception {
        String file = pdf.getFileName().toString();
        Path out = Files.createDirectories(dir.resolve(file).resolve("out"));
        Path truths = Files.createDirectories(dir.resolve(file).resolve("truth"));
        Files.copy(truth, truths.resolve(file + ".truth.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(out.resolve("reviews.csv"), "review_id,report_file\nr," + csv(file) + "\n");
        StringBuilder sections = new StringBuilder("review_id,source,section_type,page_start,heading\n");
        for (Section s : report.document().sections()) {
            sections.append("r,report,").append(s.type().code()).append(',').append(s.pageStart()).append(',')
                    .append(csv(s.heading())).append('\n');
        }
        Files.writeString(out.resolve("sections.csv"), sections);
        StringBuilder items = new StringBuilder("review_id,source,section_type,page,text\n");
        for (ReportItem i : report.items()) {
            items.append("r,report,").append(i.type().code()).append(',').append(i.page()).append(',')
                    .append(csv(i.text())).append('\n');
        }
        Files.writeString(out.resolve("items.csv"), items);
        Process scorer = new ProcessBuilder(List.of("python3", SharedCorpus.path("tools/score.py").toString(),
                "reports", out.toString(), truths.toString())).redirectErrorStream(true).start();
        String text = new String(scorer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        scorer.waitFor(60, TimeUnit.SECONDS);
        Matcher m = SCORES.matcher(text);
        return m.find() ? String.join("\t", m.group(1), m.group(3), m.group(4)) : "?\t?\t?";
    }

    private static String csv(String value) {
        return "\"" + (value == null ? "" : value.replace("\"", "\"\"")) + "\"";
    }

    private static ReportEvidence evidence(ExtractedReport r) {
        return new ReportEvidence(r.document().metadata().pages(), r.document().sections(),
                r.items().stream().map(i -> new ItemRow(i.type(), i.itemNo(), i.text(), i.page())).toList(),
                r.layoutNotes());
    }

    private static List<String> items(ExtractedReport r) {
        return r.items().stream().map(i -> i.type() + ":" + i.text()).toList();
    }

    private static List<String> sections(ExtractedReport r) {
        return r.document().sections().stream().map(s -> s.type() + ":" + s.pageStart() + ":" + s.heading()).toList();
    }
}
