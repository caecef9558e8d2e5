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
 * A one-page 7-minute briefing drawn as a wheel (an invented partnership and child): seven filled wedges, each with its
 * number, round a white centre disc, and seven outlined boxes with rounded corners (stroked paths of lines and curves,
 * not filled), three down the left of the wheel and three down the right at the same heights, one under it, each
 * joined to its wedge by a line. Read across the page, the left and right boxes' lines would join at each height with
 * the wedge numbers between; each box is read as its own region instead, the boxes of a column top to bottom, the
 * columns from the left, the wheel's own labels no section of their own and in no box's items.
 */
class OutlinedBoxesTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEADING = 11.5f;
    private static final float BOX_WIDTH = 232;
    private static final float LEFT_X = 30;
    private static final float RIGHT_X = 580;
    private static final float CX = 421;
    private static final float CY = 330;
    private static final float OUTER = 108;
    private static final float INNER = 44;
    /** Box tops of the three rows, points from the foot of the page. */
    private static final float[] ROW_TOPS = {500, 385, 262};

    @TempDir
    Path dir;

    @Test
    void roundedOutlinedBoxesEitherSideOfAWheelAreEachReadAsARegion() throws Exception {
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(wheel(true));

        List<Section> sections = report.document().sections();
        assertThat(sections).extracting(Section::heading, Section::type).containsExactly(
                tuple("7 Questions to consider", SectionType.OTHER),
                tuple("6 Recommendations", SectionType.RECOMMENDATIONS),
                tuple("5 Good practice", SectionType.GOOD_PRACTICE),
                tuple("4 Learning", SectionType.LEARNING),
                tuple("1 Background", SectionType.BACKGROUND),
                tuple("2 Why it matters", SectionType.INTRODUCTION),
                tuple("3 What we found", SectionType.FINDINGS));
        assertThat(sections.get(4).text()).isEqualTo("Child V was seven weeks old when he was taken to hospital "
                + "with a broken arm. He lived with his father and his father's new partner.");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.RECOMMENDATIONS, "Midwives should ask about every adult who will care for the baby."),
                tuple(SectionType.RECOMMENDATIONS, "Fracture clinics should check the child protection register."),
                tuple(SectionType.GOOD_PRACTICE, "The ward sister asked for a skeletal survey on the day he came in."),
                tuple(SectionType.LEARNING, "An injury to a baby who cannot crawl is never explained by play."),
                tuple(SectionType.LEARNING, "A father's new partner is a carer and should be known to services."));
    }

    @Test
    void boxesLevelAtTheTopEitherSideOfAWheelAreReadColumnByColumnNotAcross() throws Exception {
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(wheel(false));

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("7 Questions to consider", SectionType.OTHER),
                tuple("6 Recommendations", SectionType.RECOMMENDATIONS),
                tuple("5 Good practice", SectionType.GOOD_PRACTICE),
                tuple("1 Background", SectionType.BACKGROUND),
                tuple("2 Why it matters", SectionType.INTRODUCTION),
                tuple("3 What we found", SectionType.FINDINGS));
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.RECOMMENDATIONS, "Midwives should ask about every adult who will care for the baby."),
                tuple(SectionType.RECOMMENDATIONS, "Fracture clinics should check the child protection register."),
                tuple(SectionType.GOOD_PRACTICE, "The ward sister asked for a skeletal survey on the day he came in."));
    }

    @Test
    void twoOutlinedBoxesSideBySideAreReadOneAfterTheOther() {
        List<TextLine> lines = OutlinedBoxes.read(1, 595, List.of(
                word("Left heading", 60, 110), word("Right heading", 310, 110), word("left body", 60, 124),
                word("right body", 310, 124)), List.of(box(50, 250), box(300, 500)), List.of());

        assertThat(lines).extracting(TextLine::text)
                .containsExactly("Left heading", "left body", "Right heading", "right body");
    }

    @Test
    void outlinesThatMeetSideToSideAreATablesCellsNotBoxes() {
        assertThat(OutlinedBoxes.read(1, 595, List.of(word("Lead", 60, 110), word("Action", 210, 110),
                word("By when", 410, 110), word("Health", 60, 124), word("Audit visits", 210, 124),
                word("June", 410, 124)), List.of(box(50, 200), box(202, 350), box(400, 550)), List.of())).isNull();
    }

    @Test
    void aBorderRoundThePageIsNoBoxButTheBoxesInsideItAre() {
        List<TextLine> lines = OutlinedBoxes.read(1, 595, List.of(word("Left heading", 60, 110),
                word("Right heading", 310, 110), word("left body", 60, 124), word("right body", 310, 124)),
                List.of(new FloatedBoxes.Panel(20, 575, 20, 820), box(50, 250), box(300, 500)), List.of());

        assertThat(lines).extracting(TextLine::text)
                .containsExactly("Left heading", "left body", "Right heading", "right body");
    }

    @Test
    void boxesHoldingLittleOfThePagesTextAreNotRead() {
        List<TextFragment> words = new java.util.ArrayList<>(List.of(word("Left", 60, 110), word("Right", 310, 110),
                word("left", 60, 124), word("right", 310, 124)));
        for (int i = 0; i < 6; i++) {
            words.add(word("A paragraph of running text under the two boxes, line " + i, 60, 260 + 14 * i));
        }
        assertThat(OutlinedBoxes.read(1, 595, words, List.of(box(50, 250), box(300, 500)), List.of())).isNull();
    }

    @Test
    void aLineRunningAcrossABoxEdgeStopsTheReading() {
        assertThat(OutlinedBoxes.read(1, 595, List.of(word("Left", 60, 110), word("Right", 310, 110),
                word("left", 60, 124), word("right", 310, 124), new TextFragment("across the edge", 200, 290, 150,
                        9, false)), List.of(box(50, 250), box(300, 500)), List.of())).isNull();
    }

    private static TextFragment word(String text, float x, float y) {
        return new TextFragment(text, x, x + 5 * text.length(), y, 9, false);
    }

    /** An outline from the top 100 to 200 points down the page. */
    private static FloatedBoxes.Panel box(float left, float right) {
        return new FloatedBoxes.Panel(left, right, 100, 200);
    }

    /** The wheel briefing; without the box under the wheel, the other six boxes stand level in pairs at the top. */
    private Path wheel(boolean boxUnder) throws IOException {
        Path pdf = dir.resolve("wheel-briefing-" + boxUnder + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                show(out, REGULAR, 11, 318, 572, "Ravensmere Safeguarding Children Partnership");
                show(out, BOLD, 15, 368, 552, "7-minute briefing");
                show(out, BOLD, 13, 292, 534, "Child Safeguarding Practice Review: Child V");
                drawWheel(out);
                box(out, RIGHT_X, ROW_TOPS[0], "1", "Background", List.of(
                        "Child V was seven weeks old when he was taken",
                        "to hospital with a broken arm. He lived with his",
                        "father and his father's new partner."));
                box(out, RIGHT_X, ROW_TOPS[1], "2", "Why it matters", List.of(
                        "Babies depend on the adults round them. A new",
                        "carer in the home changes the risk to a baby."));
                box(out, RIGHT_X, ROW_TOPS[2], "3", "What we found", List.of(
                        "The midwife did not know the partner's name.", "The fracture clinic saw Child V twice and",
                        "accepted that his arm was caught in a cot."));
                if (boxUnder) {
                    box(out, 305, 196, "4", "Learning", List.of(
                            "\u2022 An injury to a baby who cannot crawl is never", "   explained by play.",
                            "\u2022 A father's new partner is a carer and should be", "   known to services."));
                }
                box(out, LEFT_X, ROW_TOPS[2], "5", "Good practice", List.of(
                        "\u2022 The ward sister asked for a skeletal survey on", "   the day he came in."));
                box(out, LEFT_X, ROW_TOPS[1], "6", "Recommendations", List.of(
                        "\u2022 Midwives should ask about every adult who will",
                        "   care for the baby.", "\u2022 Fracture clinics should check the child",
                        "   protection register."));
                box(out, LEFT_X, ROW_TOPS[0], "7", "Questions to consider", List.of(
                        "\u2022 Who cares for the babies you see?", "\u2022 When did you last meet a father at home?"));
                show(out, REGULAR, 8, 250, 40, "May 2026   This review and every person and place in it are invented.");
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    /** Seven filled and stroked wedges clockwise from the top, each with its number, round a white disc. */
    private static void drawWheel(PDPageContentStream out) throws IOException {
        for (int i = 0; i < 7; i++) {
            double from = Math.PI / 2 - i * 2 * Math.PI / 7;
            double to = from - 2 * Math.PI / 7;
            out.setNonStrokingColor(0.3f + 0.09f * i, 0.6f, 0.7f - 0.08f * i);
            out.setStrokingColor(1f, 1f, 1f);
            out.moveTo(CX + INNER * (float) Math.cos(from), CY + INNER * (float) Math.sin(from));
            out.lineTo(CX + OUTER * (float) Math.cos(from), CY + OUTER * (float) Math.sin(from));
            arc(out, OUTER, from, to);
            out.lineTo(CX + INNER * (float) Math.cos(to), CY + INNER * (float) Math.sin(to));
            arc(out, INNER, to, from);
            out.closePath();
            out.fillAndStroke();
            double mid = (from + to) / 2;
            out.setNonStrokingColor(1f, 1f, 1f);
            show(out, BOLD, 16, CX - 4 + 76 * (float) Math.cos(mid), CY - 6 + 76 * (float) Math.sin(mid),
                    String.valueOf(i + 1));
            out.setStrokingColor(0.2f, 0.4f, 0.4f);
            float x = i < 3 ? RIGHT_X : i == 3 ? CX : LEFT_X + BOX_WIDTH;
            float y = i < 3 ? ROW_TOPS[i] - 20 : i == 3 ? 196 : ROW_TOPS[6 - i] - 20;
            out.moveTo(CX + OUTER * (float) Math.cos(mid), CY + OUTER * (float) Math.sin(mid));
            out.lineTo(x, y);
            out.stroke();
        }
        out.setNonStrokingColor(1f, 1f, 1f);
        arcCircle(out, INNER - 2);
        out.fill();
        out.setNonStrokingColor(0f, 0f, 0f);
        show(out, BOLD, 11, CX - 20, CY + 4, "Child V");
        show(out, REGULAR, 8, CX - 23, CY - 8, "7-minute briefing");
    }

    /** Bezier quarters of an arc of radius r about the centre from angle a to b (radians), from the current point. */
    private static void arc(PDPageContentStream out, float r, double a, double b) throws IOException {
        int parts = (int) Math.ceil(Math.abs(b - a) / (Math.PI / 2));
        double step = (b - a) / parts;
        double k = 4.0 / 3 * Math.tan(step / 4) * r;
        for (int p = 0; p < parts; p++) {
            double s = a + p * step;
            double e = s + step;
            out.curveTo((float) (CX + r * Math.cos(s) - k * Math.sin(s)),
                    (float) (CY + r * Math.sin(s) + k * Math.cos(s)),
                    (float) (CX + r * Math.cos(e) + k * Math.sin(e)), (float) (CY + r * Math.sin(e) - k * Math.cos(e)),
                    (float) (CX + r * Math.cos(e)), (float) (CY + r * Math.sin(e)));
        }
    }

    private static void arcCircle(PDPageContentStream out, float r) throws IOException {
        out.moveTo(CX + r, CY);
        arc(out, r, 0, 2 * Math.PI);
        out.closePath();
    }

    /**
     * A box as TikZ draws a rounded rectangle: a stroked path of four sides and four curved corners, closed, then a
     * move back to a corner; its number and title, then its lines.
     */
    private static void box(PDPageContentStream out, float x, float top, String number, String title,
                            List<String> lines) throws IOException {
        float height = 26 + lines.size() * LEADING;
        out.setStrokingColor(0.2f, 0.4f, 0.4f);
        RoundedOutlines.stroke(out, x, top, BOX_WIDTH, height, 6);
        out.setNonStrokingColor(0f, 0f, 0f);
        show(out, BOLD, 11, x + 8, top - 16, number);
        show(out, BOLD, 11, x + 24, top - 16, title);
        for (int i = 0; i < lines.size(); i++) {
            show(out, REGULAR, 9, x + 8, top - 30 - i * LEADING, lines.get(i));
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
