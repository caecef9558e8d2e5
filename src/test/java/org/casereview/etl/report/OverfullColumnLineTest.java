package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two columns with a narrow gutter under a title block across the page (ConTeXt's {@code \startcolumns}): a line of
 * the left column set past its measure reaches into the gutter, on a height where the right column has a paragraph
 * break. It is a line of the left column, not a line across the page: the left column is read whole, then the right.
 */
class OverfullColumnLineTest {

    private static final float TOP = 842;
    private static final float LEFT = 57;
    private static final float RIGHT = 305;
    private static final float SIZE = 10;
    private static final int ROWS = 12;
    private static final int OVERFULL_ROW = 3;

    @TempDir
    Path dir;

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @Test
    void aLeftLineReachingIntoTheGutterKeepsTheLeftColumnWhole() throws Exception {
        Path pdf = dir.resolve("overfull.pdf");
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                centred(out, bold, 18, 90, "Tarnwick Safeguarding Children Partnership");
                centred(out, regular, 12, 115, "Learning Review: Child T, invented for software testing");
                for (int k = 0; k < ROWS; k++) {
                    float y = 160 + 13 * k;
                    String leftLine = "Left column line " + (k + 1) + " of the review, set in running text";
                    if (k == OVERFULL_ROW) {
                        // ends 9 pt past the other lines' measure, 6 pt short of the right column
                        leftLine += " and overfull";
                        text(out, regular, 299 - width(regular, leftLine), y, leftLine);
                    } else {
                        text(out, regular, LEFT, y, leftLine);
                    }
                    left.add(leftLine);
                    if (k != OVERFULL_ROW) {
                        String rightLine = "Right column line " + (k + 1) + " goes on with the review text";
                        text(out, regular, RIGHT, y, rightLine);
                        right.add(rightLine);
                    }
                }
            }
            doc.save(pdf.toFile());
        }

        List<String> read = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PageText page : new PositionedTextStripper().read(doc)) {
                page.lines().forEach(line -> read.add(line.text()));
            }
        }

        List<String> expected = new ArrayList<>(left);
        expected.addAll(right);
        assertThat(read).endsWith(expected.toArray(String[]::new));
    }

    private void centred(PDPageContentStream out, PDFont font, float size, float y, String s) throws Exception {
        float width = font.getStringWidth(s) / 1000 * size;
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset((PDRectangle.A4.getWidth() - width) / 2, TOP - y);
        out.showText(s);
        out.endText();
    }

    private void text(PDPageContentStream out, PDFont font, float x, float y, String s) throws Exception {
        out.beginText();
        out.setFont(font, SIZE);
        out.newLineAtOffset(x, TOP - y);
        out.showText(s);
        out.endText();
    }

    private static float width(PDFont font, String s) throws Exception {
        return font.getStringWidth(s) / 1000 * SIZE;
    }
}
