package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.report.PlacedText.HELVETICA;
import static org.casereview.etl.report.PlacedText.HELVETICA_BOLD;
import static org.casereview.etl.report.PlacedText.show;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A producer's credit line in 1 pt type at the foot of the last page, printed once: far under the body's size in
 * the page margin it is furniture, not the end of the last section's text.
 */
class TinyMarginStampTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();

    @TempDir
    Path dir;

    @Test
    void oneLineInTinyTypeAtThePageFootIsNoText() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(report(dir.resolve("stamp.pdf")));

        Section last = report.document().sections().get(report.document().sections().size() - 1);
        assertThat(last.heading()).isEqualTo("Next steps");
        assertThat(last.text()).isEqualTo("The subgroup will review the action plan every quarter and publish an update.");
    }

    private static Path report(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                show(out, HELVETICA_BOLD, 18, 57, 780, "Child Safeguarding Practice Review: Child H");
                show(out, HELVETICA, 10, 57, 760, "Every person and place in this review is invented for testing.");
                float y = 720;
                for (String heading : new String[] {"Introduction", "Background", "Next steps"}) {
                    show(out, HELVETICA_BOLD, 14, 57, y, heading);
                    y -= 20;
                    if (!heading.equals("Next steps")) {
                        for (int line = 0; line < 3; line++) {
                            show(out, HELVETICA, 10, 57, y, "Child H, a girl aged fifteen, went missing from home"
                                    + " eleven times in six months.");
                            y -= 13;
                        }
                        y -= 14;
                    }
                }
                show(out, HELVETICA, 10, 57, y, "The subgroup will review the action plan every quarter and publish an"
                        + " update.");
                show(out, HELVETICA, 1, 3, 1, "Made with an invented PDF library (example.org)");
            }
            document.save(file.toFile());
        }
        return file;
    }
}
