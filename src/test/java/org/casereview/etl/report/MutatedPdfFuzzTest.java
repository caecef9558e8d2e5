package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.DocumentLimits;
import org.casereview.etl.guard.DocumentOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz pass over the sample and corpus reports with their pages re-ordered, shuffled, doubled,
 * thinned, and their bytes cut short: each variant is extracted, or rejected as corrupt, within the
 * document deadline. Re-ordered and doubled pages of the corpus once crashed the block builder.
 */
class MutatedPdfFuzzTest {

    private static final DocumentGuard GUARD = new DocumentGuard(DocumentLimits.DEFAULTS.withTimePerDocument(Duration.ofSeconds(30)));
    private static final List<RejectReason> EXPECTED_REJECTS = List.of(RejectReason.CORRUPT, RejectReason.NO_TEXT_LAYER);

    @TempDir
    Path dir;

    private final ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();

    @Test
    void everyVariantIsExtractedOrRejectedAsCorrupt() throws IOException {
        int extracted = 0;
        int variants = 0;
        for (Path report : reports()) {
            for (Path variant : variants(report)) {
                variants++;
                DocumentOutcome<ExtractedReport> outcome = GUARD.run(variant.toString(), () -> extractor.extractWithItems(variant));
                if (outcome instanceof DocumentOutcome.Rejected<ExtractedReport> rejected) {
                    assertThat(rejected.reason()).as(variant + ": " + rejected.message()).isIn(EXPECTED_REJECTS);
                } else {
                    extracted++;
                }
            }
        }
        assertThat(variants).isGreaterThanOrEqualTo(3 * 8);
        // every page-level variant reads; only some cut-short files may be refused
        assertThat(extracted).isGreaterThanOrEqualTo(variants - 2 * reports().size());
    }

    private static List<Path> reports() throws IOException {
        List<Path> reports = new ArrayList<>();
        for (Path folder : List.of(Path.of("input"), Path.of("../shared/corpus/reports"))) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> listing = Files.list(folder)) {
                    listing.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(reports::add);
                }
            }
        }
        return reports;
    }

    private List<Path> variants(Path report) throws IOException {
        String name = report.getFileName().toString().replace(".pdf", "");
        List<Path> variants = new ArrayList<>();
        try (PDDocument source = Loader.loadPDF(report.toFile())) {
            int n = source.getNumberOfPages();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                order.add(i);
            }
            List<Integer> reversed = new ArrayList<>(order);
            Collections.reverse(reversed);
            List<Integer> shuffled = new ArrayList<>(order);
            Collections.shuffle(shuffled, new Random(name.hashCode()));
            List<Integer> doubled = order.stream().flatMap(i -> Stream.of(i, i)).toList();
            List<Integer> twice = new ArrayList<>(order);
            twice.addAll(order);
            List<Integer> odd = order.stream().filter(i -> i % 2 == 0).toList();
            List<Integer> withoutFirst = order.subList(Math.min(1, n - 1), n);
            variants.add(pages(source, reversed, dir.resolve(name + "-reversed.pdf")));
            variants.add(pages(source, shuffled, dir.resolve(name + "-shuffled.pdf")));
            variants.add(pages(source, doubled, dir.resolve(name + "-each-page-twice.pdf")));
            variants.add(pages(source, twice, dir.resolve(name + "-all-pages-twice.pdf")));
            variants.add(pages(source, odd, dir.resolve(name + "-odd-pages.pdf")));
            variants.add(pages(source, withoutFirst, dir.resolve(name + "-without-first.pdf")));
        }
        byte[] bytes = Files.readAllBytes(report);
        for (double share : new double[] {0.6, 0.93}) {
            Path cut = dir.resolve(name + "-cut-" + (int) (share * 100) + ".pdf");
            variants.add(Files.write(cut, Arrays.copyOf(bytes, (int) (bytes.length * share))));
        }
        return variants;
    }

    private static Path pages(PDDocument source, List<Integer> order, Path file) throws IOException {
        try (PDDocument out = new PDDocument()) {
            for (int index : order) {
                out.importPage(source.getPage(index));
            }
            out.save(file.toFile());
        }
        return file;
    }
}
