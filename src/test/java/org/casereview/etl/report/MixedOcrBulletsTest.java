package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An OCR layer that reads one column of round bullets as different tokens ('e', then '¢', then 'e': tesseract 5 over a
 * colour scan): the tokens are one mark, so each line is an entry of its own and none joins the entry above.
 */
class MixedOcrBulletsTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final String FIRST = "Practitioners should be curious about the reasons a family gives for declining services.";
    private static final String SECOND = "Disguised compliance is best recognised by checking whether change has happened.";
    private static final String THIRD = "Children with a disability need to be seen in the way that suits them.";

    @Test
    void bulletsReadAsDifferentTokensDownOneColumnAreEachAnEntry(@TempDir Path dir) throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(scan(dir, "\u00a2"));

        assertThat(report.items()).filteredOn(item -> item.type() == SectionType.LEARNING)
                .extracting(ReportItem::text).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void aWordOpeningOneLineIsNoBullet(@TempDir Path dir) throws Exception {
        // one 'e' alone down the column is a word, as before: the lines stay one paragraph with the others
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(scan(dir, null));

        assertThat(report.items()).filteredOn(item -> item.type() == SectionType.LEARNING)
                .extracting(ReportItem::text).noneMatch(text -> text.startsWith("Disguised"));
    }

    /** A scanned page: a blank image under invisible text, the second bullet read as {@code middle} (none: no token). */
    private static Path scan(Path dir, String middle) throws IOException {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(document,
                    new java.awt.image.BufferedImage(62, 88, java.awt.image.BufferedImage.TYPE_BYTE_GRAY));
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                line(out, 16, 72, 780, "Child Safeguarding Practice Review: Child L");
                line(out, 11, 72, 760, "Every name in this review is invented for software testing.");
                line(out, 14, 72, 720, "1. Introduction");
                line(out, 11, 72, 700, "The review looked at the help given to a disabled child and her family.");
                line(out, 14, 72, 670, "4. Learning");
                line(out, 11, 72, 646, "e " + FIRST);
                line(out, 11, middle == null ? 84 : 73, 628, (middle == null ? "" : middle + " ") + SECOND);
                line(out, 11, 72, 610, "e " + THIRD);
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static void line(PDPageContentStream out, float size, float x, float y, String text) throws IOException {
        out.beginText();
        out.setRenderingMode(RenderingMode.NEITHER);
        out.setFont(REGULAR, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
