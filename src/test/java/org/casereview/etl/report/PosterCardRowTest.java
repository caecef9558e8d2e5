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
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 'learning on a page' poster (an invented partnership and child; as a plotting library draws one): a row of three
 * filled boxes with rounded corners side by side, each with a filled title bar, every line its own text object and the
 * n-th line of each box on the same baseline as its neighbours', so the lines are first grouped across the whole row.
 * One line runs past its box's right edge into the gutter, as a fixed wrap width leaves it. Each box is read on its own: its
 * title a heading, its bullets or numbered lines items of its section.
 */
class PosterCardRowTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float BOX_WIDTH = 250;
    private static final float GUTTER = 22;
    private static final float LEFT = 24;
    private static final float TOP = 480;
    private static final float HEIGHT = 220;
    private static final float PITCH = 14.5f;

    @TempDir
    Path dir;

    @Test
    void eachBoxOfARowIsReadOnItsOwnWithItsTitleAsAHeading() throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(poster(dir.resolve("p.pdf")));

        List<Section> sections = report.document().sections();
        assertThat(sections).extracting(Section::heading).endsWith("About this review", "What we learned",
                "What needs to change");
        assertThat(sections.get(sections.size() - 1).type()).isEqualTo(SectionType.RECOMMENDATIONS);
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Bruising on a baby who cannot crawl must always be referred."),
                tuple(SectionType.LEARNING, "Ask who else cares for the baby, and write it down."),
                tuple(SectionType.RECOMMENDATIONS, "Re-launch the bruising protocol for non-mobile babies."),
                tuple(SectionType.RECOMMENDATIONS, "Add who cares for the baby to every contact record."));
        assertThat(sections.get(sections.size() - 3).text())
                .isEqualTo("The family were invited to contribute and the mother of Baby Q met the reviewer twice."
                        + " Father was not seen by any professional.");
        assertThat(report.layoutNotes()).isEmpty();
    }

    private static Path poster(Path file) throws IOException {
        List<List<String>> boxes = List.of(
                List.of("The family were invited to contribute and the mother of Baby Q", "met the reviewer twice.",
                        "Father was not seen by any professional."),
                List.of("\u2022 Bruising on a baby who cannot crawl must always", "   be referred.",
                        "\u2022 Ask who else cares for the baby, and write it", "   down."),
                List.of("1. Re-launch the bruising protocol for non-mobile", "    babies.",
                        "2. Add who cares for the baby to every contact", "    record."));
        List<String> titles = List.of("About this review", "What we learned", "What needs to change");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                show(out, BOLD, 20, LEFT, 560, "Child Safeguarding Practice Review: Baby Q");
                show(out, REGULAR, 11, LEFT, 536, "Learning on a page | Invented Partnership | invented for testing");
                for (int b = 0; b < 3; b++) {
                    float x = LEFT + b * (BOX_WIDTH + GUTTER);
                    out.setNonStrokingColor(0.95f, 0.93f, 0.97f);
                    rounded(out, x, TOP - HEIGHT, BOX_WIDTH, HEIGHT, 8);
                    out.fill();
                    out.setNonStrokingColor(0.36f, 0.16f, 0.53f);
                    out.addRect(x, TOP - 34, BOX_WIDTH, 34);
                    out.fill();
                }
                for (int b = 0; b < 3; b++) { // text box by box would be easy: draw it line by line across the row
                    show(out, BOLD, 12, LEFT + b * (BOX_WIDTH + GUTTER) + 11, TOP - 21, titles.get(b));
                }
                for (int line = 0; line < 4; line++) {
                    for (int b = 0; b < 3; b++) {
                        if (line < boxes.get(b).size()) {
                            String text = boxes.get(b).get(line);
                            // the first box's first line runs 10 pt past its box's right edge into the gutter
                            float x = LEFT + b * (BOX_WIDTH + GUTTER) + 11;
                            show(out, REGULAR, 9, x, TOP - 56 - line * PITCH, text);
                        }
                    }
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A rectangle with its corners rounded by curves, as plotting libraries fill a rounded box. */
    private static void rounded(PDPageContentStream out, float x, float y, float w, float h, float r)
            throws IOException {
        float k = r * 0.45f;
        out.moveTo(x + r, y);
        out.lineTo(x + w - r, y);
        out.curveTo(x + w - k, y, x + w, y + k, x + w, y + r);
        out.lineTo(x + w, y + h - r);
        out.curveTo(x + w, y + h - k, x + w - k, y + h, x + w - r, y + h);
        out.lineTo(x + r, y + h);
        out.curveTo(x + k, y + h, x, y + h - k, x, y + h - r);
        out.lineTo(x, y + r);
        out.curveTo(x, y + k, x + k, y, x + r, y);
        out.closePath();
    }

    private static void show(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.setNonStrokingColor(font == BOLD && size == 12 ? 1f : 0f);
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
