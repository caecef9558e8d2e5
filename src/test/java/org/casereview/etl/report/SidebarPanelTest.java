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
 * A learning brief whose first page has a narrow sidebar on a filled panel down the left edge (partnership, the
 * title in large type, a strap line and a date, in white) beside the main column, the sidebar's lines on the same
 * baselines as the main column's. The sidebar is under a quarter of the page wide, too narrow for a text column,
 * and its text is in the body's size; read across, its lines would join the main column's. It is read as a block
 * of its own before the main column, so the box headings beside it stay headings and the title the page prints
 * in the sidebar is found.
 */
class SidebarPanelTest {

    private static final float BODY = 10;
    private static final float LEADING = 14;
    private static final float PANEL_RIGHT = 170;
    private static final float SIDE_X = 18;
    private static final float MAIN_X = 195;

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    Path dir;

    @Test
    void aSidebarOnAFilledPanelIsReadApartFromTheMainColumnBesideIt() throws Exception {
        Path pdf = dir.resolve("sidebar.pdf");
        try (PDDocument doc = new PDDocument()) {
            // the title a layout script sets, kept only when the page prints it
            doc.getDocumentInformation().setTitle("Learning Brief: Child P");
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float height = page.getMediaBox().getHeight();
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.setNonStrokingColor(0f, 0.4f, 0.45f);
                out.addRect(0, 0, PANEL_RIGHT, height);
                out.fill();
                float top = height - 80;
                main(out, bold, 13, top, "About this review");
                List<String> intro = List.of(
                        "This learning brief summarises a review about Child P, a boy aged",
                        "nine who was badly hurt at home in 2025. It is for practitioners in",
                        "every agency in Ashcombe. His family have agreed to this brief.");
                float introTop = top - 2 * LEADING;
                lines(out, introTop, intro);
                float happened = introTop - (intro.size() + 1) * LEADING;
                main(out, bold, 13, happened, "What happened");
                List<String> story = List.of(
                        "Child P lived with his mother and her partner. His school saw",
                        "bruises twice and told children's social care, who visited and",
                        "closed the case when the partner was said to have moved out.");
                lines(out, happened - LEADING, story);
                float learned = happened - (story.size() + 2) * LEADING;
                main(out, bold, 13, learned, "What we learned");
                lines(out, learned - LEADING, List.of(
                        "\u2022 A partner said to have left needs to be checked with the school.",
                        "\u2022 Bruises seen twice are a pattern, not two events."));
                float change = learned - 4 * LEADING;
                main(out, bold, 13, change, "What will change");
                lines(out, change - LEADING, List.of(
                        "1. Social care will ask the school before closing a case.",
                        "2. The partnership will audit closed cases with repeat bruising."));

                out.setNonStrokingColor(1f, 1f, 1f);
                side(out, bold, 12, top, "Ashcombe Safeguarding");
                side(out, bold, 12, top - LEADING, "Partnership");
                side(out, bold, 22, introTop, "Learning");
                side(out, bold, 22, introTop - 2 * LEADING, "Brief: Child P");
                side(out, regular, BODY, happened, "A summary of a local child");
                side(out, regular, BODY, happened - LEADING, "safeguarding practice review");
                side(out, regular, BODY, happened - 2 * LEADING, "about a boy of nine, with what");
                side(out, regular, BODY, happened - 3 * LEADING, "agencies will do next.");
                side(out, regular, BODY, learned, "Published June 2026");
            }
            doc.save(pdf.toFile());
        }

        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().metadata().title()).isEqualTo("Learning Brief: Child P");
        List<Section> sections = report.document().sections().stream()
                .filter(s -> s.type() != SectionType.OTHER).toList();
        assertThat(sections).extracting(Section::heading, Section::type).containsExactly(
                tuple("About this review", SectionType.INTRODUCTION),
                tuple("What happened", SectionType.BACKGROUND),
                tuple("What we learned", SectionType.LEARNING),
                tuple("What will change", SectionType.RECOMMENDATIONS));
        assertThat(sections.get(0).text()).isEqualTo("This learning brief summarises a review about Child P, a boy"
                + " aged nine who was badly hurt at home in 2025. It is for practitioners in every agency in Ashcombe."
                + " His family have agreed to this brief.");
        assertThat(sections.get(1).text()).startsWith("Child P lived with his mother and her partner.")
                .endsWith("closed the case when the partner was said to have moved out.");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "A partner said to have left needs to be checked with the school."),
                tuple(SectionType.LEARNING, "Bruises seen twice are a pattern, not two events."),
                tuple(SectionType.RECOMMENDATIONS, "Social care will ask the school before closing a case."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership will audit closed cases with repeat bruising."));
    }

    private void lines(PDPageContentStream out, float y, List<String> lines) throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            main(out, regular, BODY, y - i * LEADING, lines.get(i));
        }
    }

    private static void main(PDPageContentStream out, PDFont font, float size, float y, String text)
            throws IOException {
        show(out, font, size, MAIN_X, y, text);
    }

    private static void side(PDPageContentStream out, PDFont font, float size, float y, String text)
            throws IOException {
        show(out, font, size, SIDE_X, y, text);
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
