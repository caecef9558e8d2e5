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
 * Shaded 'Learning point N' boxes floated right beside the findings paragraphs, in a smaller sans
 * face: each box is read after the paragraph beside it, never line by line across, and gives a
 * learning item although the section is findings.
 */
class FloatedBoxesTest {

    private static final float BODY = 10.5f;
    private static final float BOX = 9f;
    private static final float LEADING = 15f;
    private static final float LEFT = 60;
    private static final float BOX_LEFT = 380;
    private static final float BOX_RIGHT = 540;

    private final PDFont serif = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private final PDFont serifBold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private final PDFont sans = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont sansBold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    Path dir;

    @Test
    void aShadedBoxBesideAParagraphIsReadAfterIt() throws Exception {
        Path pdf = dir.resolve("floated.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float top = page.getMediaBox().getHeight() - 70;
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                show(out, serifBold, 14, LEFT, top, "Introduction");
                paragraph(out, top - 25, List.of(
                        "Amy was fourteen when she was found in a flat in another town with two adult men",
                        "who had met her through a game. She had been missing five times that spring."));
                float findings = top - 80;
                show(out, serifBold, 14, LEFT, findings, "Findings");
                float first = findings - 25;
                box(out, first, "Learning point 1", List.of("A child given gifts by an adult she", "will not name may be groomed."));
                paragraph(out, first, List.of(
                        "The missing episodes were each treated as one event.",
                        "Return interviews were offered but Amy declined",
                        "them, and no one asked her why. The school's",
                        "filter flagged contact with adults twice."));
                float second = first - 6 * LEADING;
                box(out, second, "Learning point 2", List.of("Missing episodes should be seen", "together, not one by one."));
                paragraph(out, second, List.of(
                        "The police found Amy quickly every time, and",
                        "this reassured everyone, but the pattern of her",
                        "going missing at night was never shared."));
                float recommendations = second - 6 * LEADING;
                show(out, serifBold, 14, LEFT, recommendations, "Recommendations");
                paragraph(out, recommendations - 25, List.of(
                        "1. The partnership should make sure school alerts are read every day.",
                        "2. The police should share patterns of missing episodes with schools."));
            }
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        List<Section> sections = report.document().sections();
        assertThat(sections).extracting(Section::heading, Section::type).containsExactly(
                tuple("Introduction", SectionType.INTRODUCTION),
                tuple("Findings", SectionType.FINDINGS),
                tuple("Recommendations", SectionType.RECOMMENDATIONS));
        assertThat(sections.get(1).text()).contains(
                "Return interviews were offered but Amy declined them, and no one asked her why.",
                "filter flagged contact with adults twice.\nLearning point 1 A child given gifts",
                "the pattern of her going missing at night was never shared.\nLearning point 2");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "A child given gifts by an adult she will not name may be groomed."),
                tuple(SectionType.LEARNING, "Missing episodes should be seen together, not one by one."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should make sure school alerts are read every day."),
                tuple(SectionType.RECOMMENDATIONS, "The police should share patterns of missing episodes with schools."));
    }

    private void paragraph(PDPageContentStream out, float y, List<String> lines) throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            show(out, serif, BODY, LEFT, y - i * LEADING, lines.get(i));
        }
    }

    /** A filled grey box, its caption in bold on the paragraph's first baseline and its text under it. */
    private void box(PDPageContentStream out, float y, String caption, List<String> lines) throws IOException {
        float height = (lines.size() + 1) * 13 + 14;
        out.setNonStrokingColor(0.9f, 0.9f, 0.95f);
        out.addRect(BOX_LEFT, y - height + 12, BOX_RIGHT - BOX_LEFT, height);
        out.fill();
        out.setNonStrokingColor(0f, 0f, 0f);
        show(out, sansBold, BOX, BOX_LEFT + 8, y, caption);
        for (int i = 0; i < lines.size(); i++) {
            show(out, sans, BOX, BOX_LEFT + 8, y - (i + 1) * 13, lines.get(i));
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
