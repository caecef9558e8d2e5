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
 * Two justified columns 15 pt apart (ConTeXt's {@code \startcolumns}): a line of the left column set 13 pt past its
 * measure ends 1.7 pt short of the right column's text, beside the right column's paragraph break. The gutter is taken
 * at the right column's edge, not the strip's middle: the line is the left column's, and the left column is read
 * whole, then the right.
 */
class NarrowGutterFarEdgeTest {

    private static final float TOP = 842;
    /** The left column's text ends here (set flush right to it, as justified lines end), 15 pt before the right column. */
    private static final float MEASURE = 290;
    private static final float RIGHT = 305;
    private static final float SIZE = 10;
    private static final int ROWS = 12;
    private static final int OVERFULL_ROW = 3;

    @TempDir
    Path dir;

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @Test
    void aLeftLineReachingAlmostToTheRightColumnKeepsTheLeftColumnWhole() throws Exception {
        Path pdf = dir.resolve("narrow-gutter.pdf");
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
                        // ends 13.3 pt past the other lines' measure, 1.7 pt short of the right column
                        leftLine += " and overfull";
                        text(out, regular, RIGHT - 1.7f - width(regular, leftLine), y, leftLine);
                    } else {
                        text(out, regular, MEASURE - width(regular, leftLine), y, leftLine);
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
