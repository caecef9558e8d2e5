package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DrawnBulletsTest {

    private static final TextFragment ENTRY = new TextFragment("Practitioners should check", 90, 250, 100, 11, false);

    @Test
    void aDotAtTheXHeightJustBeforeALineBecomesItsBullet() {
        List<TextFragment> out = DrawnBullets.attach(List.of(ENTRY), List.of(new DrawnBullets.Dot(76, 80, 96)));
        assertThat(out).hasSize(2);
        TextFragment bullet = out.get(1);
        assertThat(bullet.text()).isEqualTo("\u2022");
        assertThat(bullet.x()).isEqualTo(76f);
        assertThat(bullet.y()).isEqualTo(100f);
    }

    @Nested
    class NoBullet {

        @Test
        void aDotBelowTheBaselineIsNoBullet() {
            assertThat(DrawnBullets.attach(List.of(ENTRY), List.of(new DrawnBullets.Dot(76, 80, 104)))).hasSize(1);
        }

        @Test
        void aDotFarToTheLeftIsNoBullet() {
            assertThat(DrawnBullets.attach(List.of(ENTRY), List.of(new DrawnBullets.Dot(20, 24, 96)))).hasSize(1);
        }

        @Test
        void aDotBeforeALargerHeadingIsAnOrnament() {
            TextFragment heading = new TextFragment("Key learning", 90, 200, 60, 16, true);
            List<TextFragment> out = DrawnBullets.attach(List.of(heading, ENTRY),
                    List.of(new DrawnBullets.Dot(76, 82, 54)));
            assertThat(out).containsExactly(heading, ENTRY);
        }

        @Test
        void aDotRightOfTheTextStartIsNoBullet() {
            assertThat(DrawnBullets.attach(List.of(ENTRY), List.of(new DrawnBullets.Dot(120, 124, 96)))).hasSize(1);
        }
    }

    @Nested
    class FromAPdf {

        @Test
        void filledDiscsBeforeListEntriesAreReadAsBullets() throws Exception {
            try (PDDocument document = new PDDocument()) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                float top = page.getMediaBox().getHeight();
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.setFont(font, 11);
                    text(content, 72, top - 100, "Key learning follows.");
                    for (int i = 0; i < 2; i++) {
                        float baseline = top - 120 - 16 * i;
                        disc(content, 80, baseline + 3.5f, 2f);
                        text(content, 90, baseline, "Entry number " + (i + 1) + " of the list.");
                    }
                    // a thin rule (a table border) is no bullet
                    content.addRect(72, top - 170, 200, 0.8f);
                    content.fill();
                    text(content, 90, top - 168, "Text above a rule.");
                }
                List<PageText> pages = new PositionedTextStripper().read(document);
                assertThat(pages.get(0).lines()).extracting(TextLine::text).containsExactly(
                        "Key learning follows.", "\u2022 Entry number 1 of the list.",
                        "\u2022 Entry number 2 of the list.", "Text above a rule.");
            }
        }

        @Test
        void aDotBeforeAWrappedEntryLargerThanAPageOfTableTextIsItsBullet() throws Exception {
            // a web page's list box broken over a page: the page's common size is the table's under it
            try (PDDocument document = new PDDocument()) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                float top = page.getMediaBox().getHeight();
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.setFont(font, 16);
                    text(content, 90, top - 80, "of the previous entry.");
                    disc(content, 80, top - 106 + 5f, 2.5f);
                    text(content, 90, top - 106, "The youth worker kept in touch");
                    text(content, 90, top - 128, "with the family throughout.");
                    content.setFont(font, 12);
                    for (int i = 0; i < 12; i++) {
                        text(content, 72, top - 180 - 14 * i, "Cell text of the action plan table, row " + (i + 1));
                    }
                }
                List<PageText> pages = new PositionedTextStripper().read(document);
                assertThat(pages.get(0).lines()).extracting(TextLine::text).startsWith(
                        "of the previous entry.", "\u2022 The youth worker kept in touch", "with the family throughout.");
            }
        }

        private void text(PDPageContentStream content, float x, float y, String text) throws Exception {
            content.beginText();
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }

        /** A circle of four Bézier curves, filled, as browsers paint list discs. */
        private void disc(PDPageContentStream content, float cx, float cy, float r) throws Exception {
            float k = 0.552f * r;
            content.moveTo(cx + r, cy);
            content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            content.fill();
        }
    }
}
