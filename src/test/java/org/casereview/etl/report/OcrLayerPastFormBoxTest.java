package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/**
 * A landscape page scanned sideways (an invented table): a portrait page with /Rotate 90, the scan's image over the
 * whole page, and the OCR text layer a form XObject drawn turned a quarter, its words in render mode 3 running to
 * x 760 in the form's space while its /BBox is the portrait page box (595 wide), as ocrmypdf writes it. An invisible
 * word paints nothing whatever the clip: the words past the box are read, as the picture under them shows them. The
 * same words drawn visibly are cut off by the box, as a viewer cuts them.
 */
class OcrLayerPastFormBoxTest {

    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    void anOcrLayersWordsPastItsFormBoxAreRead() throws IOException {
        assertThat(text(true)).contains("No. Recommendation Lead By when")
                .contains("1 Agencies should share records of missing episodes. Police June 2026");
    }

    @Test
    void visibleWordsPastTheFormBoxStayCutOff() throws IOException {
        String text = text(false);
        assertThat(text).contains("Agencies should share records of missing episodes.").doesNotContain("June 2026")
                .doesNotContain("By when");
    }

    private static String text(boolean invisible) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            page.setRotation(90);
            document.addPage(page);
            PDImageXObject scan = LosslessFactory.createFromImage(document, paper());
            PDFormXObject layer = layer(document, invisible);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                out.drawImage(scan, 0, 0, 595, 842);
                out.saveGraphicsState();
                out.transform(new Matrix(0, 1, -1, 0, 595, 0));
                out.drawForm(layer);
                out.restoreGraphicsState();
            }
            List<PageText> pages = new PositionedTextStripper().read(document);
            return pages.get(0).lines().stream().map(TextLine::text).collect(Collectors.joining("\n"));
        }
    }

    /** The text layer: the table's rows across the landscape page, its /BBox the portrait box before the turn. */
    private static PDFormXObject layer(PDDocument document, boolean invisible) throws IOException {
        PDFormXObject form = new PDFormXObject(new PDStream(document));
        form.setBBox(new PDRectangle(0, 0, 595, 842));
        PDResources resources = new PDResources();
        COSName font = resources.add(FONT);
        form.setResources(resources);
        String mode = invisible ? "3 Tr" : "0 Tr";
        String content = "BT /" + font.getName() + " 11 Tf " + mode + "\n"
                + word(72, 480, "No.") + word(110, 480, "Recommendation") + word(620, 480, "Lead")
                + word(700, 480, "By when")
                + word(72, 450, "1") + word(110, 450, "Agencies should share records of missing episodes.")
                + word(620, 450, "Police") + word(700, 450, "June 2026")
                + "ET\n";
        try (var out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        return form;
    }

    private static String word(float x, float y, String text) {
        return "1 0 0 1 " + x + " " + y + " Tm (" + text + ") Tj\n";
    }

    /** A grey scanned sheet, landscape as the page is viewed. */
    private static BufferedImage paper() {
        BufferedImage image = new BufferedImage(120, 85, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(235, 235, 230));
        g.fillRect(0, 0, 120, 85);
        g.setColor(Color.DARK_GRAY);
        g.fillRect(10, 20, 100, 2);
        g.dispose();
        return image;
    }
}
