package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.opencsv.CSVWriter;
import org.casereview.etl.SharedCorpus;
import org.casereview.etl.document.ReportMetadata;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;

/**
 * Extracts every corpus report PDF and writes reviews.csv, sections.csv and items.csv into
 * target/report-corpus, for {@code score.py reports}. Needs the shared corpus ({@link SharedCorpus}).
 */
class CorpusHarnessTest {

    private static final Path CORPUS = SharedCorpus.resolve("corpus/reports");
    private static final Path OUT = Paths.get("target/report-corpus");

    @Test
    void extractsEveryCorpusReport() throws Exception {
        SharedCorpus.require(Files.isDirectory(CORPUS), CORPUS + " is missing");
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(CORPUS)) {
            pdfs = files.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
        }
        Files.createDirectories(OUT);
        ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();
        List<String[]> reviews = new ArrayList<>();
        List<String[]> sections = new ArrayList<>();
        List<String[]> items = new ArrayList<>();
        for (Path pdf : pdfs) {
            ExtractedReport report = extractor.extractWithItems(pdf);
            String id = pdf.getFileName().toString().replaceAll("\\.pdf$", "");
            ReportMetadata m = report.document().metadata();
            reviews.add(new String[] {id, pdf.getFileName().toString(), m.title(), m.childName(),
                    code(m.reviewTypeText()), m.area(), m.publicationYear() == null ? "" : m.publicationYear().toString()});
            for (Section s : report.document().sections()) {
                sections.add(new String[] {id, "report", s.type().code(), String.valueOf(s.ordinal()), s.heading(),
                        String.valueOf(s.pageStart()), String.valueOf(s.pageEnd()), s.text()});
            }
            for (ReportItem item : report.items()) {
                items.add(new String[] {id, "report", item.type().code(), String.valueOf(item.itemNo()), item.text(),
                        String.valueOf(item.page())});
            }
        }
        write(OUT.resolve("reviews.csv"), new String[] {"review_id", "report_file", "title", "child_name",
                "review_type", "area", "publication_year"}, reviews);
        write(OUT.resolve("sections.csv"), new String[] {"review_id", "source", "section_type", "ordinal", "heading",
                "page_start", "page_end", "text"}, sections);
        write(OUT.resolve("items.csv"), new String[] {"review_id", "source", "section_type", "item_no", "text",
                "page"}, items);
        assertThat(reviews).hasSize(pdfs.size());
    }

    /** Test-only stand-in for the normaliser's review type coding. */
    private static String code(String reviewTypeText) {
        return reviewTypeText == null ? "unknown"
                : reviewTypeText.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "_").replaceAll("^_|_$", "");
    }

    private static void write(Path file, String[] header, List<String[]> rows) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVWriter csv = new CSVWriter(out)) {
            csv.writeNext(header);
            csv.writeAll(rows);
        }
    }
}
