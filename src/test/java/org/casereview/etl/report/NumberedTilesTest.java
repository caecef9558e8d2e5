package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * A landscape briefing whose learning panel is a page: the panel title at the top, under it three shaded boxes side
 * by side, each a large bold number ('1', '2', '3') over one point in the body's size. The boxes stand level with
 * one another and are a row of tiles, not a sidebar beside the page's text: the panel title is read first, then
 * each box down. A box headed by a bare number over one sentence is one learning item.
 */
class NumberedTilesTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float BODY = 15;
    private static final float LEADING = 21;
    private static final float BOX_WIDTH = 215;
    private static final float BOX_GAP = 25;
    private static final float LEFT = 80;

    @TempDir
    Path dir;

    @Test
    void numberedBoxesSideBySideAreReadAfterTheirPanelTitleAndEachIsAnItem() throws Exception {
        Path pdf = dir.resolve("boxes.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            float top = landscape.getHeight();
            page(doc, landscape, out -> {
                write(out, BOLD, 14, LEFT, top - 90, "Ravensholt Safeguarding Children Partnership");
                write(out, BOLD, 48, LEFT, top - 200, "7-minute briefing");
                write(out, BOLD, 24, LEFT, top - 260, "Child Safeguarding Practice Review: Child Y");
                write(out, REGULAR, BODY, LEFT, top - 320, "April 2026");
            });
            page(doc, landscape, out -> {
                write(out, BOLD, 30, LEFT, top - 100, "3 What we found");
                lines(out, LEFT, top - 170, List.of(
                        "Child Y's college, his GP and a youth worker each knew that he was being asked to carry",
                        "parcels for older men. No one put what they knew together, and his referral to the",
                        "exploitation panel waited three months for a meeting."));
            });
            page(doc, landscape, out -> {
                write(out, BOLD, 30, LEFT, top - 100, "4 Learning");
                box(out, top, 0, List.of("Going missing for a", "night is a sign of", "exploitation, not only",
                        "of a family row."));
                box(out, top, 1, List.of("A referral waiting for a", "panel needs someone", "to keep the risk under",
                        "review meanwhile."));
                box(out, top, 2, List.of("What a young person", "carries for others is a", "question to ask, not",
                        "a detail to note."));
            });
            doc.save(pdf.toFile());
        }

        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        List<Section> sections = report.document().sections();
        assertThat(sections).extracting(Section::heading, Section::type).containsExactly(
                tuple("3 What we found", SectionType.FINDINGS),
                tuple("4 Learning", SectionType.LEARNING));
        assertThat(sections.get(0).text()).endsWith("waited three months for a meeting.");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text, ReportItem::page).containsExactly(
                tuple(SectionType.LEARNING, "Going missing for a night is a sign of exploitation, not only of a"
                        + " family row.", 3),
                tuple(SectionType.LEARNING, "A referral waiting for a panel needs someone to keep the risk under"
                        + " review meanwhile.", 3),
                tuple(SectionType.LEARNING, "What a young person carries for others is a question to ask, not a"
                        + " detail to note.", 3));
    }

    @Test
    void aBoxLevelWithAnotherBoxIsNoSidebar() {
        List<TextFragment> fragments = new ArrayList<>();
        fragments.add(new TextFragment("4 Learning", LEFT, 250, 100, 30, true));
        List<FloatedBoxes.Panel> panels = new ArrayList<>();
        for (int b = 0; b < 2; b++) {
            float x = LEFT + b * (BOX_WIDTH + BOX_GAP);
            panels.add(new FloatedBoxes.Panel(x, x + BOX_WIDTH, 180, 400));
            fragments.add(new TextFragment(String.valueOf(b + 1), x + 15, x + 35, 230, 36, true));
            for (int l = 0; l < 3; l++) {
                fragments.add(new TextFragment("point " + (b + 1) + " line " + (l + 1), x + 15, x + 150,
                        270 + l * LEADING, BODY, false));
            }
        }

        List<TextLine> lines = Sidebars.assemble(1, 842, fragments, panels);

        assertThat(lines.get(0).text()).isEqualTo("4 Learning");
        assertThat(lines).extracting(TextLine::text).containsSubsequence(
                "1", "point 1 line 1", "point 1 line 3", "2", "point 2 line 1", "point 2 line 3");
    }

    private interface Painter {
        void paint(PDPageContentStream out) throws IOException;
    }

    private static void page(PDDocument doc, PDRectangle size, Painter painter) throws IOException {
        PDPage page = new PDPage(size);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
            painter.paint(out);
        }
    }

    /** A shaded box, its number in large bold type over the point's lines. */
    private static void box(PDPageContentStream out, float top, int column, List<String> point) throws IOException {
        float x = LEFT + column * (BOX_WIDTH + BOX_GAP);
        out.setNonStrokingColor(0.85f, 0.93f, 0.93f);
        out.addRect(x, top - 470, BOX_WIDTH, 290);
        out.fill();
        out.setNonStrokingColor(0f, 0f, 0f);
        write(out, BOLD, 36, x + 15, top - 230, String.valueOf(column + 1));
        lines(out, x + 15, top - 275, point);
    }

    private static void lines(PDPageContentStream out, float x, float y, List<String> lines) throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            write(out, REGULAR, BODY, x, y - i * LEADING, lines.get(i));
        }
    }

    private static void write(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
