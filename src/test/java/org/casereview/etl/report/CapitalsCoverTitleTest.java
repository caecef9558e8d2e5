package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.report.PlacedText.TIMES;
import static org.casereview.etl.report.PlacedText.TIMES_BOLD;
import static org.casereview.etl.report.PlacedText.show;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.casereview.etl.document.ReportMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cover of centred lines with empty spacer lines between them: the review type in capitals over the child's name,
 * both 22 pt bold. The document information title is that title with the place put before it ("Westmere Learning
 * Review Child K"), printed nowhere: the cover's title is the title.
 */
class CapitalsCoverTitleTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();

    @TempDir
    Path dir;

    @Test
    void theCoverTitleWinsOverAnInformationTitleThatAddsWordsToIt() throws Exception {
        ReportMetadata metadata = EXTRACTOR.extractWithItems(report(dir.resolve("cover.pdf"))).document().metadata();

        assertThat(metadata.title()).isEqualTo("LEARNING REVIEW: Child K");
        assertThat(metadata.childName()).isEqualTo("Child K");
    }

    private static Path report(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Westmere Learning Review Child K");
            document.setDocumentInformation(info);
            try (PDPageContentStream out = page(document)) {
                centred(out, TIMES, 14, 750, "WESTMERE SAFEGUARDING CHILDREN PARTNERSHIP");
                centred(out, TIMES_BOLD, 22, 703, "LEARNING REVIEW");
                centred(out, TIMES_BOLD, 22, 656, "Child K");
                centred(out, TIMES, 14, 621, "Report of the independent reviewer, Ruth Example");
                centred(out, TIMES, 14, 586, "June 2021");
                centred(out, TIMES, 10, 557, "Every person and place in this review is invented for testing.");
            }
            String[] headings = {"SECTION 1 - INTRODUCTION", "SECTION 2 - BACKGROUND", "SECTION 3 - LEARNING"};
            try (PDPageContentStream out = page(document)) {
                float y = 760;
                for (String heading : headings) {
                    show(out, TIMES_BOLD, 11, 72, y, heading);
                    y -= 19;
                    for (int line = 0; line < 4; line++) {
                        show(out, TIMES, 11, 72, y, "The partnership reviewed the help given to Child K, a boy aged nine,"
                                + " and his family in 2020.");
                        y -= 15;
                    }
                    y -= 12;
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static void centred(PDPageContentStream out, PDType1Font font, float size, float y, String text)
            throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        show(out, font, size, (PDRectangle.A4.getWidth() - width) / 2, y, text);
    }

    private static PDPageContentStream page(PDDocument document) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        return new PDPageContentStream(document, page);
    }
}
