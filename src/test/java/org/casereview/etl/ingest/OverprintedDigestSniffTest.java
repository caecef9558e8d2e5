package org.casereview.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.extract.ExtractedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (left by session 30, b53 kind 2): a printer driver's simulated bold, every title and label drawn twice in the
 * regular face, the copy 0.4 pt to the right, the labels without colons on lines of their own ('Learning',
 * 'Recommendations'). The digest reader reads overprinted text once ({@code pdf.OverprintedText}); the sniffer's own
 * stripper read it twice ('LearningLearning'), saw no label and took the digest for a report. One rule for both. Every
 * child and place here is invented.
 */
class OverprintedDigestSniffTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float COPY_OFFSET = 0.4f;

    @TempDir
    Path dir;

    @Test
    void labelsDrawnTwiceAreReadOnceBySnifferAndReader() throws Exception {
        Path file = dir.resolve("fake-bold-2031-02.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = bold(content, 16, 50, 790, "Case review digest: February 2031") - 6;
                y = show(content, 10, 50, y, "Every child and place in this digest is invented.") - 10;
                y = entry(content, y, "Child MBX: Child safeguarding practice review",
                        "Child MBX, a boy aged 3, was seriously injured in 2030.",
                        List.of("the injury was not added to earlier bruising", "the father was not seen"),
                        List.of("see both parents at every visit"));
                entry(content, y - 12, "Child NCX: Serious case review",
                        "Child NCX, a girl aged 15, was sexually exploited in 2027.",
                        List.of("her missing episodes were not linked", "return interviews were not held"),
                        List.of("hold a return interview after every missing episode"));
            }
            doc.save(file.toFile());
        }

        assertThat(new PdfDigestSniffer(new DigestParser()).decide(file)).contains(true);
        ExtractedText text = new DocumentTextExtractor().extract(file);
        assertThat(text.text()).contains("Child MBX: Child safeguarding practice review\n")
                .doesNotContain("LearningLearning");
    }

    private static float entry(PDPageContentStream content, float y, String title, String summary, List<String> learning,
                               List<String> recommendations) throws IOException {
        y = bold(content, 11, 50, y, title) - 2;
        y = show(content, 10, 50, y, summary) - 4;
        y = bold(content, 10, 50, y, "Learning");
        for (String point : learning) {
            y = show(content, 10, 50, y, "\u2022 " + point);
        }
        y = bold(content, 10, 50, y - 4, "Recommendations");
        for (String point : recommendations) {
            y = show(content, 10, 50, y, "\u2022 " + point);
        }
        return show(content, 9, 50, y - 4, "Read the review: https://example.org/reviews/"
                + title.substring(6, 9).toLowerCase() + ".pdf");
    }

    /** The simulated bold: the same words again in the regular face, a fraction of a point to the right. */
    private static float bold(PDPageContentStream content, float size, float x, float y, String text) throws IOException {
        show(content, size, x, y, text);
        return show(content, size, x + COPY_OFFSET, y, text);
    }

    private static float show(PDPageContentStream content, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(REGULAR, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
        return y - size * 1.3f;
    }
}
