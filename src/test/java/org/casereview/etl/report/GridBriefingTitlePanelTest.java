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
 * A one-page 7-minute briefing on a 3 x 3 grid (an invented partnership and child): seven outlined boxes, 1-3 across
 * the top, 4 and 5 either side of a filled title panel with no outline in the centre, 6 and 7 under them. The rows
 * share their tops, so the grid is read row by row as numbered, the title panel first; read column by column the
 * numbers ran 1, 4, 6, 2, 7, 3, 5 and the headings going backwards were lost.
 */
class GridBriefingTitlePanelTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float[] COLUMNS = {40, 225, 410};
    private static final float[] ROW_TOPS = {800, 580, 360};
    private static final float WIDTH = 150;
    private static final float HEIGHT = 200;

    @TempDir
    Path dir;

    @Test
    void aGridOfBoxesRoundATitlePanelIsReadRowByRowTheTitleFirst() throws Exception {
        Path pdf = dir.resolve("grid-briefing.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                box(out, 0, 0, "1", "Background", "Child K, aged fifteen, was", "found far from home with", "an older man.");
                box(out, 0, 1, "2", "Why it matters", "Children who go missing", "may be exploited by adults.");
                box(out, 0, 2, "3", "What we found", "Return interviews were", "offered but never done.");
                box(out, 1, 0, "4", "Learning", "\u2022 Missing episodes are a", "pattern to be looked at.",
                        "\u2022 Schools need to know", "when a pupil was missing.");
                titlePanel(out);
                box(out, 1, 2, "5", "What went well", "\u2022 The youth worker kept in", "touch with Child K.");
                box(out, 2, 0, "6", "Actions", "\u2022 Hold a meeting after the", "third missing episode.");
                box(out, 2, 1, "7", "Reflect", "Which children on your", "caseload go missing often?");
            }
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
        List<Section> sections = report.document().sections();
        assertThat(sections).extracting(Section::heading, Section::type).containsExactly(
                tuple("1 Background", SectionType.BACKGROUND),
                tuple("2 Why it matters", SectionType.INTRODUCTION),
                tuple("3 What we found", SectionType.FINDINGS),
                tuple("4 Learning", SectionType.LEARNING),
                tuple("5 What went well", SectionType.GOOD_PRACTICE),
                tuple("6 Actions", SectionType.RECOMMENDATIONS),
                tuple("7 Reflect", SectionType.OTHER));
        assertThat(sections.get(1).text()).isEqualTo("Children who go missing may be exploited by adults.");
        assertThat(sections.get(3).text()).doesNotContain("briefing").doesNotContain("Thornmoor");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Missing episodes are a pattern to be looked at."),
                tuple(SectionType.LEARNING, "Schools need to know when a pupil was missing."),
                tuple(SectionType.GOOD_PRACTICE, "The youth worker kept in touch with Child K."),
                tuple(SectionType.RECOMMENDATIONS, "Hold a meeting after the third missing episode."));
    }

    @Test
    void textBetweenTwoColumnsOfBoxesUnderNoBoxKeepsTheColumnReading() {
        // a picture's label between the boxes of a row stands under no box of another row: no grid cell
        List<TextLine> lines = OutlinedBoxes.read(1, 595, List.of(
                word("Left one", 60, 110), word("Right one", 410, 110), word("left body", 60, 124),
                word("right body", 410, 124), word("label", 260, 120),
                word("Left two", 60, 310), word("Right two", 410, 310), word("left more", 60, 324),
                word("right more", 410, 324)),
                List.of(outline(50, 200, 100, 200), outline(400, 550, 100, 200), outline(50, 200, 300, 400),
                        outline(400, 550, 300, 400)), List.of());

        assertThat(lines).extracting(TextLine::text).containsExactly("Left one", "left body", "Left two", "left more",
                "label", "Right one", "right body", "Right two", "right more");
    }

    private static TextFragment word(String text, float x, float y) {
        return new TextFragment(text, x, x + 5 * text.length(), y, 9, false);
    }

    private static FloatedBoxes.Panel outline(float left, float right, float top, float bottom) {
        return new FloatedBoxes.Panel(left, right, top, bottom);
    }

    private static void box(PDPageContentStream out, int row, int column, String number, String heading,
                            String... body) throws IOException {
        float x = COLUMNS[column];
        float top = ROW_TOPS[row];
        out.setStrokingColor(0.4f, 0.2f, 0.5f);
        out.addRect(x, top - HEIGHT, WIDTH, HEIGHT);
        out.stroke();
        show(out, BOLD, 11, x + 10, top - 22, number);
        show(out, BOLD, 11, x + 26, top - 22, heading);
        for (int i = 0; i < body.length; i++) {
            String line = body[i];
            boolean goesOn = !line.startsWith("\u2022") && body[0].startsWith("\u2022");
            show(out, REGULAR, 9, x + (goesOn ? 18 : 10), top - 42 - 12 * i, line);
        }
    }

    /** The centre cell: filled, with no outline, the title in white. */
    private static void titlePanel(PDPageContentStream out) throws IOException {
        float x = COLUMNS[1];
        float top = ROW_TOPS[1];
        out.setNonStrokingColor(0.4f, 0.2f, 0.5f);
        out.addRect(x, top - HEIGHT, WIDTH, HEIGHT);
        out.fill();
        out.setNonStrokingColor(1f, 1f, 1f);
        show(out, BOLD, 13, x + 12, top - 60, "7-minute briefing");
        show(out, BOLD, 13, x + 50, top - 84, "Child K");
        show(out, REGULAR, 7, x + 12, top - 110, "Thornmoor Safeguarding Partnership");
        show(out, REGULAR, 6, x + 10, top - 130, "Every person and place here is invented.");
        out.setNonStrokingColor(0f, 0f, 0f);
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
