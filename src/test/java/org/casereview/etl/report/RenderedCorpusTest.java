package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.casereview.etl.SharedCorpus;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The corpus sources rendered by a third producer ({@link RptRenderer}) in two layouts, and
 * measured like score.py does: sections by type and first page, items by text, type and page.
 * Needs the shared corpus ({@link SharedCorpus}).
 */
class RenderedCorpusTest {

    private static final Path SOURCES = SharedCorpus.resolve("corpus/sources/reports");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"", "tables dashes breaks", "unnumbered", "columns", "unnumbered outline tables",
            "flat bare noinfo", "flat unnumbered outline", "noinfo", "loose dashes", "loose flat tables columns"})
    void extractionHoldsOnAnotherProducer(String layout) throws Exception {
        SharedCorpus.require(Files.isDirectory(SOURCES), SOURCES + " is missing");
        RptRenderer.Variant variant = RptRenderer.Variant.of(layout.isEmpty() ? new String[0] : layout.split(" "));
        List<Path> sources;
        try (Stream<Path> files = Files.list(SOURCES)) {
            sources = files.filter(p -> p.toString().endsWith(".rpt")).sorted().toList();
        }
        int sectionsWanted = 0;
        int sectionsFound = 0;
        int itemsWanted = 0;
        int itemsFound = 0;
        int itemsGot = 0;
        int pagesRight = 0;
        int metadataWanted = 0;
        int metadataRight = 0;
        List<String> misses = new ArrayList<>();
        ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();
        for (Path source : sources) {
            RptRenderer.Rendered rendered = RptRenderer.render(source,
                    dir.resolve(source.getFileName() + "-" + layout.replace(' ', '-') + ".pdf"), variant);
            ExtractedReport report = extractor.extractWithItems(rendered.pdf());
            List<Section> got = new ArrayList<>(report.document().sections());
            for (RptRenderer.ExpectedSection want : rendered.sections()) {
                sectionsWanted++;
                Section hit = got.stream().filter(s -> want.types().contains(s.type().code())
                        && s.pageStart() == want.page()).findFirst().orElse(null);
                if (hit == null) {
                    misses.add(source.getFileName() + " section " + want);
                } else {
                    got.remove(hit);
                    sectionsFound++;
                }
            }
            List<ReportItem> gotItems = new ArrayList<>(report.items());
            itemsGot += gotItems.size();
            for (RptRenderer.ExpectedItem want : rendered.items()) {
                itemsWanted++;
                ReportItem hit = gotItems.stream().filter(g -> g.type().code().equals(want.type())
                        && norm(g.text()).equals(norm(want.text()))).findFirst().orElse(null);
                if (hit == null) {
                    misses.add(source.getFileName() + " item " + want);
                } else {
                    gotItems.remove(hit);
                    itemsFound++;
                    if (hit.page() == want.page()) {
                        pagesRight++;
                    } else {
                        misses.add(source.getFileName() + " page " + hit.page() + " for " + want);
                    }
                }
            }
            gotItems.forEach(g -> misses.add(source.getFileName() + " extra " + g));
            if (!variant.has("bare")) {
                var m = report.document().metadata();
                var h = rendered.header();
                String want = String.join("|", h.get("child_name"), h.get("area"), h.get("publication_year"), h.get("author"));
                String found = String.join("|", m.childName() == null ? "" : m.childName(), String.valueOf(m.area()),
                        String.valueOf(m.publicationYear()), String.valueOf(m.author()));
                metadataWanted++;
                if (want.equals(found)) {
                    metadataRight++;
                } else {
                    misses.add(source.getFileName() + " metadata " + found + " want " + want);
                }
            }
        }
        String summary = String.format("layout [%s]: sections %d/%d, items %d/%d of %d got, pages right %d, "
                        + "metadata %d/%d%n%s", layout, sectionsFound, sectionsWanted, itemsFound, itemsWanted, itemsGot,
                pagesRight, metadataRight, metadataWanted,
                String.join("\n", misses));
        System.out.println(summary);
        assertThat(sectionsFound).as(summary).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * sectionsWanted));
        assertThat(itemsFound).as(summary).isGreaterThanOrEqualTo((int) Math.ceil(0.97 * itemsWanted));
        assertThat(itemsFound).as(summary).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * itemsGot));
        assertThat(metadataRight).as(summary).isEqualTo(metadataWanted);
        assertThat(pagesRight).as(summary).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * itemsFound));
    }

    private static String norm(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^0-9a-z]+", " ").strip();
    }
}
