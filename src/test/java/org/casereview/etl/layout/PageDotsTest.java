package org.casereview.etl.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drawn dots the layout readers get with each page's glyphs, and which lines they mark. */
class PageDotsTest {

    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @TempDir
    Path dir;

    @Test
    void circlesOfFourCurvesAreDotsAtTheirCentresInTheGlyphsSpaceBesideRulesAndBoxes() throws IOException {
        Path file = dir.resolve("dots.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A5);
            document.addPage(page);
            float height = PDRectangle.A5.getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                cs.addRect(40, height - 60, 300, 1); // a table rule
                cs.fill();
                cs.addRect(40, height - 200, 200, 80); // a shaded box
                cs.fill();
                for (int i = 0; i < 2; i++) {
                    DrawnCircles.fill(cs, 53, height - 100 - 14 * i + 3, 1.5f);
                    cs.beginText();
                    cs.setFont(FONT, 9);
                    cs.newLineAtOffset(60, height - 100 - 14 * i);
                    cs.showText("item " + (i + 1));
                    cs.endText();
                }
            }
            document.save(file.toFile());
        }
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PageGlyphs.Page page = PageGlyphs.read(document, 1, GlyphCounter.NONE).get(0);

            assertThat(page.dots()).hasSize(2);
            assertThat(page.dots().get(0).x()).isCloseTo(53f, within(0.1f));
            assertThat(page.dots().get(0).y()).isCloseTo(97f, within(0.1f));
            assertThat(page.dots().get(1).y()).isCloseTo(111f, within(0.1f));
            assertThat(page.dots().get(0).size()).isCloseTo(3f, within(0.1f));
            assertThat(page.rulings()).anyMatch(r -> r.horizontal() && Math.abs(r.at() - 59.5f) < 0.1f);
            assertThat(page.boxes()).hasSize(1);
            List<DrawnDot> dots = page.dots();
            assertThat(DrawnDot.markerBefore(dots, 60, 100, 9)).isTrue();
            assertThat(DrawnDot.markerBefore(dots, 60, 114, 9)).isTrue();
            assertThat(DrawnDot.markerBefore(dots, 60, 107, 9)).isFalse();
            assertThat(DrawnDot.markerBefore(dots, 120, 100, 9)).isFalse();
        }
    }
}
