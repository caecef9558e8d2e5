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
 * A form laid out as a two-column table: each section a row, its heading in bold white on a shaded left cell and
 * its text in the right cell. In one row the heading wraps onto two lines and the right cell, a bullet list, is
 * drawn before the heading cell: the shaded cell is still read first, as the row's label, so the bullets are that
 * section's learning and not the end of the section above.
 */
class FormRowLabelCellTest {

    private static final float LABEL = 11f;
    private static final float BODY = 10f;
    private static final float LEADING = 12.1f;
    private static final float LABEL_LEFT = 56;
    private static final float LABEL_RIGHT = 170;
    private static final float TEXT_LEFT = 180;
    private static final float ROW_GAP = 14;

    private final PDFont sans = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont sansBold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    Path dir;

    @Test
    void aWrappedLabelCellDrawnAfterItsRowsListIsReadBeforeIt() throws Exception {
        Path pdf = dir.resolve("form.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float y = page.getMediaBox().getHeight() - 80;
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                y = row(out, y, List.of("Introduction"), List.of(
                        "This review concerns Child K, a girl aged twelve, who was admitted to hospital",
                        "after an overdose in March 2025. The partnership agreed a local review."), false);
                y = row(out, y, List.of("Background"), List.of(
                        "Child K moved school twice in one year. Her father asked the school and the",
                        "GP for help, and each service thought that the other one was leading.",
                        "The family waited nine weeks for a first appointment."), false);
                y = row(out, y, List.of("Findings and", "learning"), List.of(
                        "\u2022 Children who move school often need one named adult who",
                        "  knows their history and checks in with them every week.",
                        "\u2022 When two services each think the other leads, nobody leads,",
                        "  and the family should be told in writing who does.",
                        "\u2022 A long wait for an appointment is a risk in itself and the",
                        "  family needs support and a contact while they wait."), true);
                row(out, y, List.of("Conclusion"), List.of(
                        "Child K now sees a counsellor at school every week and is doing well.",
                        "The partnership has accepted the learning set out in this review."), false);
            }
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        List<Section> sections = report.document().sections();
        assertThat(sections).extracting(Section::heading, Section::type).containsExactly(
                tuple("Introduction", SectionType.INTRODUCTION),
                tuple("Background", SectionType.BACKGROUND),
                tuple("Findings and learning", SectionType.FINDINGS),
                tuple("Conclusion", SectionType.CONCLUSION));
        assertThat(sections.get(1).text()).endsWith("The family waited nine weeks for a first appointment.");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Children who move school often need one named adult who knows their "
                        + "history and checks in with them every week."),
                tuple(SectionType.LEARNING, "When two services each think the other leads, nobody leads, and the "
                        + "family should be told in writing who does."),
                tuple(SectionType.LEARNING, "A long wait for an appointment is a risk in itself and the family "
                        + "needs support and a contact while they wait."));
    }

    /** One table row: the shaded label cell and the text cell, in the order given; gives the next row's top. */
    private float row(PDPageContentStream out, float y, List<String> label, List<String> text, boolean textFirst)
            throws IOException {
        float height = Math.max(label.size(), text.size()) * LEADING + 8;
        if (textFirst) {
            cellText(out, text, y);
            labelCell(out, label, y, height);
        } else {
            labelCell(out, label, y, height);
            cellText(out, text, y);
        }
        return y - height - ROW_GAP;
    }

    private void labelCell(PDPageContentStream out, List<String> label, float y, float height) throws IOException {
        out.setNonStrokingColor(0.36f, 0.18f, 0.55f);
        out.addRect(LABEL_LEFT - 5, y - height + 10, LABEL_RIGHT - LABEL_LEFT + 5, height);
        out.fill();
        out.setNonStrokingColor(1f, 1f, 1f);
        for (int i = 0; i < label.size(); i++) {
            show(out, sansBold, LABEL, LABEL_LEFT, y - i * (LABEL + 1.7f), label.get(i));
        }
        out.setNonStrokingColor(0f, 0f, 0f);
    }

    private void cellText(PDPageContentStream out, List<String> text, float y) throws IOException {
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i);
            float x = line.startsWith("  ") ? TEXT_LEFT + 14 : TEXT_LEFT;
            show(out, sans, BODY, x, y - i * LEADING, line.strip());
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
