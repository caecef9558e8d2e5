package org.casereview.etl.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;

import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b69, kind 1): a scanned blank form (the page only a picture) filled in with a viewer's typewriter
 * tool: every word is in FreeText annotations of intent {@code /FreeTextTypeWriter}. The page is sniffed a digest and
 * its typed words are read where they stand; a FreeText comment of no such intent in the margin stays out, as a
 * reader's note. On main the file had no text layer (rejected as a scan). PDF written with PDFBox here; every child and
 * place is invented.
 */
class TypewriterDigestSniffTest {

    @TempDir
    Path dir;

    @Test
    void wordsTypedOnAScannedFormAreThePagesTextAndAMarginCommentIsNot() throws Exception {
        Path pdf = typedOnScan();

        assertThat(new PdfDigestSniffer(new DigestParser()).decide(pdf)).contains(true);
        String text = new DocumentTextExtractor().extract(pdf).text();
        assertThat(text).contains("Child RW: Child safeguarding practice review")
                .contains("Neglect of a 7-year-old girl in 2030. Child RW is White British.")
                .contains("Child RX: Serious case review")
                .contains("hold a return interview after every missing episode")
                .doesNotContain("Check the ages");
        assertThat(text.indexOf("Child RW:")).isLessThan(text.indexOf("Child RX:"));
    }

    private static final List<String> TYPED = List.of(
            "Case review summaries: March 2031",
            "Two case reviews were published in March 2031 (invented for testing).",
            "Child RW: Child safeguarding practice review",
            "Neglect of a 7-year-old girl in 2030. Child RW is White British.",
            "Learning includes:\n- her school attendance fell for a year",
            "Recommendations include:\n- share attendance worries with social care",
            "Child RX: Serious case review",
            "Serious harm to a 15-year-old boy in 2029. Child RX is White British.",
            "Learning includes:\n- his missing episodes were not linked",
            "Recommendations include:\n- hold a return interview after every missing episode");

    private Path typedOnScan() throws IOException {
        Path file = dir.resolve("typed.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            BufferedImage scan = new BufferedImage(60, 85, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 60; x++) {
                for (int y = 0; y < 85; y++) {
                    scan.setRGB(x, y, (x + y) % 7 == 0 ? 0xd8d8d8 : 0xf4f4f4);
                }
            }
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            List<PDAnnotation> annotations = new ArrayList<>();
            float top = 800;
            for (String block : TYPED) {
                String[] lines = block.split("\n");
                annotations.add(freeText(document, 50, top, lines, true));
                top -= 14 * lines.length + 10;
            }
            annotations.add(freeText(document, 480, 700, new String[] {"Check the ages"}, false));
            page.setAnnotations(annotations);
            document.save(file.toFile());
        }
        return file;
    }

    /** A FreeText annotation showing the lines from (x, top) down, a typewriter's (or a comment's). */
    private static PDAnnotation freeText(PDDocument document, float x, float top, String[] lines, boolean typewriter)
            throws IOException {
        float height = 14 * lines.length + 4;
        PDAnnotationFreeText annotation = new PDAnnotationFreeText();
        annotation.setRectangle(new PDRectangle(x, top - height, 420, height));
        annotation.setContents(String.join("\r", lines));
        if (typewriter) {
            annotation.getCOSObject().setName(COSName.getPDFName("IT"), "FreeTextTypeWriter");
        }
        annotation.setPrinted(true);
        PDAppearanceStream appearance = new PDAppearanceStream(document);
        appearance.setBBox(new PDRectangle(420, height));
        appearance.setResources(new PDResources());
        try (PDAppearanceContentStream out = new PDAppearanceContentStream(appearance)) {
            out.beginText();
            out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
            for (int k = 0; k < lines.length; k++) {
                out.setTextMatrix(new Matrix(1, 0, 0, 1, 2, height - 12 - 14 * k));
                out.showText(lines[k]);
            }
            out.endText();
        }
        PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
        dictionary.setNormalAppearance(appearance);
        annotation.setAppearance(dictionary);
        return annotation;
    }
}
