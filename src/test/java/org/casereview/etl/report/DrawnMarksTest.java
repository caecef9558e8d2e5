package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: list entries marked only by a drawn mark larger than a bullet dot — an icon of two shapes (a
 * lightbulb: globe and base), a tick in a filled circle, a filled badge with the number printed in white —
 * repeated at one x beside several rows, as browsers print SVG icons and CSS badges.
 */
class DrawnMarksTest {

    private static final float TOP = PDRectangle.A4.getHeight();

    @TempDir
    Path dir;

    /** Text positions measured from the top of the page, as the extractor reads them. */
    private static final class Page implements AutoCloseable {
        final PDDocument document = new PDDocument();
        final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        final PDPageContentStream content;

        Page() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
        }

        void text(float x, float y, String text, PDFont font, float size) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, TOP - y);
            content.showText(text);
            content.endText();
        }

        /** A filled circle of four Bézier curves, centre measured from the top. */
        void disc(float cx, float cy, float r) throws IOException {
            float y = TOP - cy;
            float k = 0.552f * r;
            content.moveTo(cx + r, y);
            content.curveTo(cx + r, y + k, cx + k, y + r, cx, y + r);
            content.curveTo(cx - k, y + r, cx - r, y + k, cx - r, y);
            content.curveTo(cx - r, y - k, cx - k, y - r, cx, y - r);
            content.curveTo(cx + k, y - r, cx + r, y - k, cx + r, y);
            content.fill();
        }

        /** A lightbulb: a globe and a small base under it, two shapes that touch. */
        void bulb(float x, float centreY) throws IOException {
            content.setNonStrokingColor(0.98f, 0.66f, 0.15f);
            disc(x + 7.5f, centreY - 2, 7.5f);
            content.setNonStrokingColor(0.43f, 0.3f, 0.25f);
            content.addRect(x + 4, TOP - (centreY + 10), 7, 5);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        }

        /** A badge: a filled circle holding its number (or word) in white bold, centred. */
        void badge(float x, float centreY, String number) throws IOException {
            content.setNonStrokingColor(0f, 0.51f, 0.56f);
            disc(x + 12, centreY, 12);
            content.setNonStrokingColor(1f, 1f, 1f);
            text(x + 12 - bold.getStringWidth(number) / 1000 * 11 / 2, centreY + 4, number, bold, 11);
            content.setNonStrokingColor(0f, 0f, 0f);
        }

        /** A square ornament before a heading. */
        void square(float x, float centreY) throws IOException {
            content.addRect(x, TOP - (centreY + 6), 12, 12);
            content.fill();
        }

        List<PageText> read() throws IOException {
            content.close();
            return new PositionedTextStripper().read(document);
        }

        Path save(Path file) throws IOException {
            content.close();
            document.save(file.toFile());
            return file;
        }

        @Override
        public void close() throws IOException {
            document.close();
        }
    }

    private static List<String> lines(List<PageText> pages) {
        return pages.get(0).lines().stream().map(TextLine::text).toList();
    }

    @Test
    void iconsOfTwoShapesBesideRowsAreBulletsBeforeEachRowsFirstLine() throws Exception {
        try (Page page = new Page()) {
            page.text(60, 100, "Key learning follows.", page.regular, 11);
            page.bulb(60, 130);
            page.text(90, 126, "Safer sleep advice must be given to both parents and", page.regular, 11);
            page.text(90, 140, "repeated when things change.", page.regular, 11);
            page.bulb(60, 170);
            page.text(90, 173, "Cold housing can push families into unsafe sleeping.", page.regular, 11);

            assertThat(lines(page.read())).containsExactly("Key learning follows.",
                    "\u2022 Safer sleep advice must be given to both parents and", "repeated when things change.",
                    "\u2022 Cold housing can push families into unsafe sleeping.");
        }
    }

    @Test
    void aBadgeGivesItsNumberToTheRowAndLeavesTheText() throws Exception {
        try (Page page = new Page()) {
            for (int i = 0; i < 3; i++) {
                float centre = 120 + 50 * i;
                page.badge(60, centre, String.valueOf(i + 1));
                page.text(92, centre - 4, "Agency " + (i + 1) + " should write to the family within a week of the", page.regular, 11);
                page.text(92, centre + 10, "meeting.", page.regular, 11);
            }

            assertThat(lines(page.read())).containsExactly(
                    "1. Agency 1 should write to the family within a week of the", "meeting.",
                    "2. Agency 2 should write to the family within a week of the", "meeting.",
                    "3. Agency 3 should write to the family within a week of the", "meeting.");
        }
    }

    @Test
    void aReportWhoseListsAreMarkedOnlyByIconsAndBadgesGivesItsItems() throws Exception {
        Path pdf;
        try (Page page = new Page()) {
            page.text(60, 60, "Local Child Safeguarding Practice Review: Child T", page.bold, 18);
            page.square(60, 110);
            page.text(80, 115, "Background", page.bold, 16);
            page.text(60, 140, "Child T was a baby of six weeks who lived with his mother and her partner in a flat.", page.regular, 11);
            page.text(60, 170, "The family had moved twice in the year before he was born and had no settled health visitor.",
                    page.regular, 11);
            page.square(60, 210);
            page.text(80, 215, "What we learned", page.bold, 16);
            page.bulb(60, 245);
            page.text(90, 241, "Advice about safer sleep must reach every adult who cares for the baby and", page.regular, 11);
            page.text(90, 255, "be repeated when the family moves.", page.regular, 11);
            page.bulb(60, 285);
            page.text(90, 288, "A move of house is a time of risk for a young baby.", page.regular, 11);
            page.square(60, 330);
            page.text(80, 335, "What needs to happen now", page.bold, 16);
            page.badge(60, 370, "1");
            page.text(92, 374, "Health visitors should see every family with a new baby within a week of a move.", page.regular, 11);
            page.badge(60, 410, "2");
            page.text(92, 414, "The partnership should ask housing providers to tell health visitors of a move.", page.regular, 11);
            pdf = page.save(dir.resolve("icons.pdf"));
        }

        ReportDocument document = ReportExtractor.withDefaultSynonyms().extract(pdf);

        assertThat(document.sections()).extracting(Section::heading)
                .containsExactly("Background", "What we learned", "What needs to happen now");
        assertThat(document.sections().get(0).items()).isEmpty();
        assertThat(document.sections().get(1).type()).isEqualTo(SectionType.LEARNING);
        assertThat(document.sections().get(1).items()).extracting(Item::text).containsExactly(
                "Advice about safer sleep must reach every adult who cares for the baby and be repeated when the family moves.",
                "A move of house is a time of risk for a young baby.");
        assertThat(document.sections().get(2).items()).extracting(Item::text).containsExactly(
                "Health visitors should see every family with a new baby within a week of a move.",
                "The partnership should ask housing providers to tell health visitors of a move.");
    }

    @Test
    void dotsBeforeAListInLargerTypeThanTheTableOnItsPageAreBullets() throws Exception {
        try (Page page = new Page()) {
            for (int i = 0; i < 2; i++) {
                float baseline = 100 + 18 * i;
                page.disc(66, baseline - 4, 1.5f);
                page.text(74, baseline, "Learning point " + (i + 1) + " in the shaded box.", page.regular, 13);
            }
            for (int row = 0; row < 12; row++) {
                page.text(60, 200 + 14 * row, "Row " + row + " of the recommendations table, in smaller type", page.regular, 10);
            }

            assertThat(lines(page.read())).startsWith("\u2022 Learning point 1 in the shaded box.",
                    "\u2022 Learning point 2 in the shaded box.");
        }
    }

    @Nested
    class NoMarker {

        @Test
        void oneIconBesideOneParagraphIsDecoration() throws Exception {
            try (Page page = new Page()) {
                page.bulb(60, 130);
                page.text(90, 133, "A single tip beside a lightbulb, as a pull-out.", page.regular, 11);
                page.text(60, 170, "The next paragraph of the text.", page.regular, 11);

                assertThat(lines(page.read())).containsExactly("A single tip beside a lightbulb, as a pull-out.",
                        "The next paragraph of the text.");
            }
        }

        @Test
        void squaresBeforeLargerBoldHeadingsAreOrnaments() throws Exception {
            try (Page page = new Page()) {
                page.square(60, 110);
                page.text(80, 115, "Background", page.bold, 16);
                page.text(60, 140, "The body text of the background section.", page.regular, 11);
                page.square(60, 180);
                page.text(80, 185, "What we found", page.bold, 16);
                page.text(60, 210, "The body text of the findings section.", page.regular, 11);

                assertThat(lines(page.read())).containsExactly("Background", "The body text of the background section.",
                        "What we found", "The body text of the findings section.");
            }
        }

        @Test
        void shapesHoldingWordsAreBoxesNotBadges() throws Exception {
            try (Page page = new Page()) {
                for (int i = 0; i < 2; i++) {
                    float centre = 120 + 50 * i;
                    page.badge(60, centre, "Note");
                    page.text(92, centre + 4, "A remark beside a labelled box.", page.regular, 11);
                }

                assertThat(lines(page.read())).allMatch(l -> !l.startsWith("\u2022") && !l.startsWith("1."));
            }
        }
    }
}
