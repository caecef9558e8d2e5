package org.casereview.etl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * A tri-fold leaflet (two landscape sides of three panels, the cover's title alone in the outside's right panel) is cut
 * into its panels in the order it is unfolded; a landscape page whose title stands elsewhere, or whose lines run over a
 * fold, is read as it was. The leaflets here are drawn by the test; every name in them is invented.
 */
class FoldedLeafletTest {

    private static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float PANEL = LANDSCAPE.getWidth() / 3;

    @Test
    void aLeafletIsReadCoverFirstThenInsideThenFlapAndBack() throws IOException {
        try (PDDocument leaflet = leaflet(2, 40)) {
            assertThat(FoldedLeaflet.separate(leaflet)).isTrue();

            assertThat(leaflet.getNumberOfPages()).isEqualTo(6);
            assertThat(pageTexts(leaflet)).containsExactly("Thornwick\nCover note", "Inside left",
                    "Inside middle", "Inside right", "Flap text", "Back text");
        }
    }

    @Test
    void aTitleInTheMiddlePanelLeavesThePagesAsTheyWere() throws IOException {
        try (PDDocument pages = leaflet(1, 40)) {
            assertThat(FoldedLeaflet.separate(pages)).isFalse();

            assertThat(pages.getNumberOfPages()).isEqualTo(2);
        }
    }

    @Test
    void aTitleHardlyLargerThanTheTextIsNoCover() throws IOException {
        try (PDDocument pages = leaflet(2, 12)) {
            assertThat(FoldedLeaflet.separate(pages)).isFalse();
        }
    }

    @Test
    void aGlyphOverAFoldIsALineRunningAcrossPanels() {
        List<FoldedLeaflet.Glyph> inPanels = List.of(new FoldedLeaflet.Glyph(20, 27, 10),
                new FoldedLeaflet.Glyph(PANEL + 4, PANEL + 11, 10));
        List<FoldedLeaflet.Glyph> overFold = List.of(new FoldedLeaflet.Glyph(PANEL - 4, PANEL + 3, 10));

        assertThat(FoldedLeaflet.crossesAFold(inPanels, LANDSCAPE)).isFalse();
        assertThat(FoldedLeaflet.crossesAFold(overFold, LANDSCAPE)).isTrue();
    }

    /** Two landscape sides: the outside with flap, back and a cover whose title stands in the given panel. */
    private static PDDocument leaflet(int titlePanel, float titleSize) throws IOException {
        PDDocument document = new PDDocument();
        PDPage outside = new PDPage(LANDSCAPE);
        PDPage inside = new PDPage(LANDSCAPE);
        document.addPage(outside);
        document.addPage(inside);
        try (PDPageContentStream out = new PDPageContentStream(document, outside)) {
            write(out, 0, 400, 10, "Flap text");
            write(out, 1, 400, 10, "Back text");
            write(out, titlePanel, 450, titleSize, "Thornwick");
            write(out, 2, 380, 10, "Cover note");
        }
        try (PDPageContentStream in = new PDPageContentStream(document, inside)) {
            write(in, 0, 450, 10, "Inside left");
            write(in, 1, 450, 10, "Inside middle");
            write(in, 2, 450, 10, "Inside right");
        }
        return document;
    }

    private static void write(PDPageContentStream content, int panel, float y, float size, String text) throws IOException {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), size);
        content.newLineAtOffset(panel * PANEL + 20, y);
        content.showText(text);
        content.endText();
    }

    /** Each page's text as a viewer shows it: only what is drawn inside the page (the panel's clip). */
    private static List<String> pageTexts(PDDocument document) throws IOException {
        List<String> texts = new ArrayList<>();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            float width = document.getPage(page - 1).getCropBox().getWidth();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (text.getX() >= 0 && text.getX() < width) {
                        super.processTextPosition(text);
                    }
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            texts.add(stripper.getText(document).strip().replace("\r\n", "\n"));
        }
        return texts;
    }
}
