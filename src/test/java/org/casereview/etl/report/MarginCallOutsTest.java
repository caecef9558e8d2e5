package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
 * A learning review (invented committee and child) whose 'Key findings' paragraphs each have a filled 'Practice point'
 * box in the outer (right) margin, level with the paragraph: a bold label over smaller text. Each box is a call-out of
 * its own, read after its paragraph, and its text a learning item; with the box's text running out past the fill's
 * right edge (a box narrower than the text set in it) the same.
 */
class MarginCallOutsTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float BOX_X = 400;

    @TempDir
    Path dir;

    @Test
    void aPracticePointBoxInTheMarginIsALearningItemAfterItsParagraph() throws Exception {
        assertRead(write("inside.pdf", 170));
    }

    @Test
    void aPracticePointWhoseTextRunsPastItsFillIsReadTheSame() throws Exception {
        assertRead(write("overflowing.pdf", 90));
    }

    /**
     * As Chromium scales a page, the lines' sizes may read larger than their spacing, so that the page's line pitch is
     * its paragraph spacing: the box's last line and the body's next paragraph, in other sizes and at other left edges,
     * are two blocks all the same.
     */
    @Test
    void aMarginBoxsLastLineAndTheNextParagraphAreTwoBlocks() {
        ItemLabels labels = new ItemLabels(Vocabulary.defaults());
        List<TextLine> lines = List.of(
                line(61, 305, 13, false, "Staff recorded that Child M came back with new clothes and a"),
                line(61, 316, 13, false, "second phone, but no one saw the whole picture."),
                line(317, 311, 11, true, "Practice point"),
                line(317, 320, 11, false, "Return interviews by the same worker each time let a young"),
                line(317, 328, 11, false, "person build trust."),
                line(61, 348, 13, false, "When Child M was found in the other city, the police there"),
                line(61, 359, 13, false, "did not know he was a looked after child."));
        List<Block> blocks = new BlockBuilder(new BodyStyle(13), 21, labels).build(lines, Map.of());
        assertThat(blocks).extracting(Block::text).containsExactly(
                "Staff recorded that Child M came back with new clothes and a second phone, but no one saw the whole"
                        + " picture.",
                "Practice point",
                "Return interviews by the same worker each time let a young person build trust.",
                "When Child M was found in the other city, the police there did not know he was a looked after child.");
    }

    private static TextLine line(float x, float y, float size, boolean bold, String text) {
        return new TextLine(2, text, List.of(new TextFragment(text, x, x + text.length() * size * 0.45f, y, size, bold)));
    }

    private static void assertRead(Path pdf) throws Exception {
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading).containsExactly(
                "Key findings", "Recommendations");
        assertThat(report.document().sections().get(0).text()).startsWith(
                "Staff recorded that Child M came back with new clothes and a second phone, but each return"
                        + " interview was done by a different worker.");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING,
                        "Return interviews by the same worker each time let a young person build trust."),
                tuple(SectionType.LEARNING,
                        "A young person found in another area needs an agreed route for information home."),
                tuple(SectionType.RECOMMENDATIONS,
                        "The committee should agree that return interviews are done by one worker."));
    }

    /** The page; each box's fill {@code boxWidth} wide from {@link #BOX_X}, its text lines as long whatever the fill. */
    private Path write(String name, float boxWidth) throws IOException {
        Path pdf = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float y = page.getMediaBox().getHeight() - 90;
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                show(out, BOLD, 14, 60, y, "Key findings");
                y -= 24;
                y = paragraphWithBox(out, y, boxWidth, List.of(
                        "Staff recorded that Child M came back with new clothes and",
                        "a second phone, but each return interview was done by a",
                        "different worker."), List.of("Return interviews by the same worker",
                        "each time let a young person build", "trust."));
                y = paragraphWithBox(out, y, boxWidth, List.of(
                        "When Child M was found in the other city, the police there",
                        "did not know he was a looked after child, and the news took",
                        "two days to reach his social worker."), List.of("A young person found in another area",
                        "needs an agreed route for information", "home."));
                y -= 10;
                show(out, BOLD, 14, 60, y, "Recommendations");
                show(out, REGULAR, 10, 60, y - 22,
                        "1. The committee should agree that return interviews are done by one worker.");
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    private static float paragraphWithBox(PDPageContentStream out, float y, float boxWidth, List<String> paragraph,
                                          List<String> box) throws IOException {
        out.setNonStrokingColor(0.94f, 0.96f, 0.98f);
        out.addRect(BOX_X - 6, y - 10.5f * (box.size() + 1) + 4, boxWidth, 10.5f * (box.size() + 1) + 8);
        out.fill();
        out.setNonStrokingColor(0f, 0f, 0f);
        for (int i = 0; i < paragraph.size(); i++) {
            show(out, REGULAR, 10, 60, y - 14 * i, paragraph.get(i));
        }
        show(out, BOLD, 8, BOX_X, y, "Practice point");
        for (int i = 0; i < box.size(); i++) {
            show(out, REGULAR, 8, BOX_X, y - 10.5f * (i + 1), box.get(i));
        }
        return y - Math.max(14 * paragraph.size(), 10.5f * (box.size() + 1)) - 14;
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
