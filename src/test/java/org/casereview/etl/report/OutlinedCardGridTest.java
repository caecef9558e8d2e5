package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outlined cards in a grid (an invented partnership and child): rounded stroked boxes whose tops stand level across the
 * columns, row under row. A reader reads such a grid row by row, left to right, each card whole, as the cards are
 * numbered; lines outside the cards (a heading over the grid, a heading between its rows, a footer) stay where they
 * stand. Boxes that do not line up in rows (a wheel's boxes either side of its picture) are read column by column
 * ({@link OutlinedBoxesTest}).
 */
class OutlinedCardGridTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEADING = 11.5f;

    @TempDir
    Path dir;

    @Test
    void aThreeByTwoGridOfRoundedCardsIsReadRowByRowEachCardWhole() throws Exception {
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(threeByTwo());

        List<Section> sections = report.document().sections();
        assertThat(sections).extracting(Section::heading, Section::type).containsExactly(
                tuple("1 Background", SectionType.BACKGROUND),
                tuple("2 Why it matters", SectionType.INTRODUCTION),
                tuple("3 What we found", SectionType.FINDINGS),
                tuple("4 Learning", SectionType.LEARNING),
                tuple("5 Good practice", SectionType.GOOD_PRACTICE),
                tuple("6 Recommendations", SectionType.RECOMMENDATIONS));
        assertThat(sections.get(0).text()).isEqualTo("Child T was four when she was found alone in the family "
                + "flat late at night. Her mother had gone out to buy alcohol.");
        assertThat(sections.get(2).text()).isEqualTo("Nursery staff had noted missed sessions but did not share "
                + "them with the health visitor.");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Missed nursery sessions can be a sign of neglect at home."),
                tuple(SectionType.LEARNING, "A parent's drinking affects the care a child gets every day."),
                tuple(SectionType.GOOD_PRACTICE, "The neighbour who heard Child T crying called the police at once."),
                tuple(SectionType.RECOMMENDATIONS, "Nurseries should tell the health visitor about repeated missed "
                        + "sessions."),
                tuple(SectionType.RECOMMENDATIONS, "GPs should ask parents about alcohol when a young child is seen."));
    }

    @Test
    void aHeadingOverTheGridAndOneBetweenItsRowsStayWhereTheyStand() throws Exception {
        Path pdf = dir.resolve("two-by-two.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                show(out, BOLD, 16, 40, 790, "What we learned from Child T");
                show(out, REGULAR, 10, 40, 770, "Four points for every practitioner who works with young families.");
                card(out, 40, 740, 250, 150, "A", "Look beyond the adults", List.of(
                        "Ask what a day is like for the child,", "not only for the parent."));
                card(out, 305, 740, 250, 150, "B", "Share small worries", List.of(
                        "A missed session on its own says little;", "several together say more."));
                show(out, BOLD, 12, 40, 570, "What to do next");
                card(out, 40, 550, 250, 150, "C", "Use the neglect tool", List.of(
                        "Complete the partnership's neglect tool", "when worries build up."));
                card(out, 305, 550, 250, 150, "D", "Talk to the health visitor", List.of(
                        "Health visitors see the family at home", "and can add what they know."));
                show(out, REGULAR, 8, 40, 60, "This briefing and every person and place in it are invented.");
            }
            doc.save(pdf.toFile());
        }

        List<TextLine> lines;
        try (PDDocument document = ReportPdfFile.open(pdf)) {
            lines = new PositionedTextStripper().read(document).get(0).lines();
        }

        assertThat(lines).extracting(TextLine::text).containsExactly(
                "What we learned from Child T", "Four points for every practitioner who works with young families.",
                "A Look beyond the adults", "Ask what a day is like for the child,", "not only for the parent.",
                "B Share small worries", "A missed session on its own says little;", "several together say more.",
                "What to do next",
                "C Use the neglect tool", "Complete the partnership's neglect tool", "when worries build up.",
                "D Talk to the health visitor", "Health visitors see the family at home", "and can add what they know.",
                "This briefing and every person and place in it are invented.");
    }

    @Test
    void boxesWithTopsLevelRowUnderRowAreReadRowByRow() {
        List<TextLine> lines = OutlinedBoxes.read(1, 595, List.of(
                word("One", 60, 110), word("Two", 310, 110), word("one body", 60, 124), word("two body", 310, 124),
                word("Three", 60, 310), word("Four", 310, 310), word("three body", 60, 324),
                word("four body", 310, 324)),
                List.of(box(50, 250, 100), box(300, 500, 100), box(50, 250, 300), box(300, 500, 300)), List.of());

        assertThat(lines).extracting(TextLine::text).containsExactly(
                "One", "one body", "Two", "two body", "Three", "three body", "Four", "four body");
    }

    @Test
    void boxesLevelAtTheTopWithAPicturesLabelsBetweenThemAreReadColumnByColumn() {
        List<TextLine> lines = OutlinedBoxes.read(1, 595, List.of(
                word("One", 60, 110), word("Two", 410, 110), word("one body", 60, 124), word("two body", 410, 124),
                word("Three", 60, 310), word("Four", 410, 310), word("three body", 60, 324),
                word("four body", 410, 324), word("2", 300, 120)),
                List.of(box(50, 220, 100), box(400, 570, 100), box(50, 220, 300), box(400, 570, 300)), List.of());

        assertThat(lines).extracting(TextLine::text).containsExactly(
                "One", "one body", "Three", "three body", "2", "Two", "two body", "Four", "four body");
    }

    @Test
    void aBoxLevelWithARowButNotWithItsTopsBreaksTheRows() {
        List<TextLine> lines = OutlinedBoxes.read(1, 842, List.of(
                word("One", 60, 110), word("Two", 610, 110), word("one body", 60, 124), word("two body", 610, 124),
                word("Three", 320, 180), word("three body", 320, 194)),
                List.of(box(50, 250, 100), box(600, 800, 100), new FloatedBoxes.Panel(310, 540, 170, 260)),
                List.of());

        assertThat(lines).extracting(TextLine::text).containsExactly(
                "One", "one body", "Three", "three body", "Two", "two body");
    }

    private static TextFragment word(String text, float x, float y) {
        return new TextFragment(text, x, x + 5 * text.length(), y, 9, false);
    }

    /** An outline 100 points tall whose top stands the given points down the page. */
    private static FloatedBoxes.Panel box(float left, float right, float top) {
        return new FloatedBoxes.Panel(left, right, top, top + 100);
    }

    /** A landscape briefing: a title band over six cards, three a row, numbered across the rows. */
    private Path threeByTwo() throws IOException {
        Path pdf = dir.resolve("card-grid-briefing.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                show(out, BOLD, 18, 30, 550, "7-minute briefing");
                show(out, REGULAR, 11, 520, 550, "Calderbrook Safeguarding Children Partnership");
                show(out, BOLD, 11, 30, 515, "Child Safeguarding Practice Review: Child T");
                card(out, 30, 490, 250, 190, "1", "Background", List.of(
                        "Child T was four when she was found alone", "in the family flat late at night. Her mother",
                        "had gone out to buy alcohol."));
                card(out, 296, 490, 250, 190, "2", "Why it matters", List.of(
                        "Young children left alone are at risk of", "injury, and neglect often builds up slowly."));
                card(out, 562, 490, 250, 190, "3", "What we found", List.of(
                        "Nursery staff had noted missed sessions but", "did not share them with the health visitor."));
                card(out, 30, 284, 250, 190, "4", "Learning", List.of(
                        "\u2022 Missed nursery sessions can be a sign of", "   neglect at home.",
                        "\u2022 A parent's drinking affects the care a", "   child gets every day."));
                card(out, 296, 284, 250, 190, "5", "Good practice", List.of(
                        "\u2022 The neighbour who heard Child T crying", "   called the police at once."));
                card(out, 562, 284, 250, 190, "6", "Recommendations", List.of(
                        "\u2022 Nurseries should tell the health visitor", "   about repeated missed sessions.",
                        "\u2022 GPs should ask parents about alcohol when", "   a young child is seen."));
                show(out, REGULAR, 8, 30, 60, "January 2026   This review and every person and place in it are "
                        + "invented.");
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    /**
     * A card as TikZ draws a rounded rectangle: a stroked path of four sides and four curved corners, closed, then a
     * move back to a corner; its label and title, then its lines.
     */
    private static void card(PDPageContentStream out, float x, float top, float width, float height, String label,
                             String title, List<String> lines) throws IOException {
        out.setStrokingColor(0.1f, 0.3f, 0.6f);
        RoundedOutlines.stroke(out, x, top, width, height, 8);
        out.setNonStrokingColor(0f, 0f, 0f);
        show(out, BOLD, 11, x + 10, top - 20, label);
        show(out, BOLD, 11, x + 26, top - 20, title);
        for (int i = 0; i < lines.size(); i++) {
            show(out, REGULAR, 9, x + 10, top - 36 - i * LEADING, lines.get(i));
        }
    }

    private static void show(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
