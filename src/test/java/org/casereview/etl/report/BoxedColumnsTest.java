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
 * A one-page learning review set as a form of boxed fields in two columns (an invented committee and child): each
 * field a stroked outline with a shaded label bar, three down each column, the two columns' fields not level. Each
 * box is read as its own region, the left column first, never line by line across the two columns.
 */
class BoxedColumnsTest {

    private static final float LEFT = 56;
    private static final float RIGHT = 305;
    private static final float WIDTH = 234;
    private static final float LEADING = 12;

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    Path dir;

    @Test
    void eachBoxOfATwoColumnFormIsReadAsItsOwnRegion() throws Exception {
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(form());

        List<Section> sections = report.document().sections();
        assertThat(sections).extracting(Section::heading, Section::type).containsExactly(
                tuple("Summary of the case", SectionType.BACKGROUND),
                tuple("Why a learning review", SectionType.INTRODUCTION),
                tuple("How the review was done", SectionType.METHODOLOGY),
                tuple("What happened", SectionType.BACKGROUND),
                tuple("Key learning", SectionType.LEARNING),
                tuple("Recommendations", SectionType.RECOMMENDATIONS));
        assertThat(sections.get(0).text()).isEqualTo("Child T, aged six, was taken to hospital with burns to "
                + "her hands. She lived with her mother in a rented flat.");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Burns on both hands need an explanation that fits them."),
                tuple(SectionType.LEARNING, "Missed health visits are a sign to look again at the family."),
                tuple(SectionType.RECOMMENDATIONS, "The Committee should publish a guide on unexplained burns."),
                tuple(SectionType.RECOMMENDATIONS, "Health visitors should follow up two missed visits in a row."));
    }

    private Path form() throws IOException {
        Path pdf = dir.resolve("boxed-form.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                show(out, bold, 12, LEFT, 800, "Ashcombe Child Protection Committee");
                show(out, bold, 16, LEFT, 775, "Learning Review: Child T - Published May 2025");
                show(out, regular, 8.5f, LEFT, 740, "This review and every person and place in it are invented.");
                float y = field(out, LEFT, 714, "Summary of the case", List.of("Child T, aged six, was taken to hospital",
                        "with burns to her hands. She lived with", "her mother in a rented flat."));
                y = field(out, LEFT, y - 10, "Why a learning review", List.of("The Committee chose a learning review",
                        "because three agencies had seen her", "injuries and none had asked how."));
                field(out, LEFT, y - 10, "How the review was done", List.of("The reviewer read agency records and",
                        "met the practitioners twice."));
                y = field(out, RIGHT, 714, "What happened", List.of("Child T was seen at a walk-in centre",
                        "twice in 2024. Her mother said the burns", "came from a kettle and a radiator. Two",
                        "health visits were missed.", "The family moved in the autumn."));
                y = field(out, RIGHT, y - 10, "Key learning", List.of("\u2022 Burns on both hands need an",
                        "   explanation that fits them.", "\u2022 Missed health visits are a sign to look",
                        "   again at the family."));
                field(out, RIGHT, y - 10, "Recommendations", List.of("1. The Committee should publish a guide",
                        "    on unexplained burns.", "2. Health visitors should follow up two",
                        "    missed visits in a row."));
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    /** A boxed field from its top down: a shaded label bar, the answer's lines, the outline; returns its bottom. */
    private float field(PDPageContentStream out, float x, float top, String label, List<String> lines)
            throws IOException {
        float height = 18 + 8 + lines.size() * LEADING + 6;
        out.setNonStrokingColor(0.85f, 0.92f, 0.9f);
        out.addRect(x, top - 18, WIDTH, 18);
        out.fill();
        out.setStrokingColor(0.2f, 0.2f, 0.2f);
        out.addRect(x, top - height, WIDTH, height);
        out.stroke();
        out.setNonStrokingColor(0f, 0f, 0f);
        show(out, bold, 9.5f, x + 6, top - 13, label);
        for (int i = 0; i < lines.size(); i++) {
            show(out, regular, 9, x + 6, top - 32 - i * LEADING, lines.get(i));
        }
        return top - height;
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
