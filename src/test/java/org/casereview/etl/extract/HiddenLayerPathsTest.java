package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.junit.jupiter.api.Test;

/**
 * A list bullet drawn as a small filled square (as a browser prints one) marks the line after it; the same square drawn
 * in a layer switched off when the document opens is not on the page, and marks nothing. Invented lines.
 */
class HiddenLayerPathsTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    void aBulletDrawnInAHiddenLayerMarksNoLine() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDOptionalContentProperties layers = new PDOptionalContentProperties();
            PDOptionalContentGroup notes = new PDOptionalContentGroup("Editor marks");
            layers.addGroup(notes);
            layers.setGroupEnabled(notes, false);
            document.getDocumentCatalog().setOCProperties(layers);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, 700, "Visits were missed in the spring term.");
                out.beginMarkedContent(COSName.getPDFName("OC"), notes);
                square(out, 700);
                out.endMarkedContent();
                line(out, 680, "The school nurse was not told of the move.");
                square(out, 680);
            }
            List<PdfPageLines.Line> lines = PdfPageLines.read(document).lines().get(0);
            assertThat(lines).extracting(PdfPageLines.Line::text, PdfPageLines.Line::bulleted).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Visits were missed in the spring term.", false),
                    org.assertj.core.groups.Tuple.tuple("The school nurse was not told of the move.", true));
        }
    }

    private static void line(PDPageContentStream out, float y, String text) throws IOException {
        out.beginText();
        out.setFont(REGULAR, 10);
        out.newLineAtOffset(90, y);
        out.showText(text);
        out.endText();
    }

    private static void square(PDPageContentStream out, float y) throws IOException {
        out.setNonStrokingColor(Color.BLACK);
        out.addRect(78, y + 2, 4, 4);
        out.fill();
    }
}
