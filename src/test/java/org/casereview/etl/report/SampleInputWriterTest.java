package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casereview.etl.document.ReportMetadata;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator of the shipped sample PDFs: marked as invented, and read back as written. */
class SampleInputWriterTest {

    @TempDir
    static Path dir;
    static List<Path> written;

    @BeforeAll
    static void writeTheSample() throws IOException {
        written = SampleInputWriter.writeAll(dir);
    }

    @Test
    void everyPageOfEveryReportSaysItIsInvented() throws IOException {
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly(
                "Ashdown_CSPR_Child_Q.pdf", "Brambleford_SCR_Baby_T.pdf", "Kestrel_Vale_Thematic_Review_Exploitation.pdf");
        for (Path pdf : written) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(doc.getNumberOfPages()).isBetween(8, 15);
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(1);
                stripper.setEndPage(1);
                assertThat(stripper.getText(doc)).contains(SampleInputWriter.INVENTED);
                for (int page = 2; page <= doc.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    assertThat(stripper.getText(doc)).contains("Invented example \u2014 not a real case",
                            "Page " + page + " of " + doc.getNumberOfPages());
                }
            }
        }
    }

    @Test
    void theSeriousCaseReviewNamesItsChildAndTypeOnTheTitlePage() throws Exception {
        ReportMetadata metadata = ReportExtractor.withDefaultSynonyms().extractWithItems(written.get(1))
                .document().metadata();
        // the cover's "Overview report" subtitle joins the document information title, as it joins a cover title
        assertThat(metadata.title()).isEqualTo("Serious Case Review: Baby T - Overview report");
        assertThat(metadata.childName()).isEqualTo("Baby T");
        assertThat(metadata.author()).isEqualTo("Martin Okafor");
        assertThat(metadata.publicationYear()).isEqualTo(2026);
    }

    @Test
    void theThematicReviewNamesNoChild() throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(written.get(2));
        assertThat(report.document().metadata().childName()).isNull();
        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.LEARNING)
                .extracting(ReportItem::itemNo, ReportItem::page)
                .containsExactly(tuple(1, 7), tuple(2, 7), tuple(3, 7), tuple(4, 7), tuple(5, 7));
    }
}
