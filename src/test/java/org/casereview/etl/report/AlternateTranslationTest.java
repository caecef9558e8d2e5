package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;

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
 * A bilingual review in one column, the languages alternating, Welsh first (an invented board and child): each Welsh
 * heading over its English one, each Welsh paragraph over the English one, the Welsh bullets over the English ones.
 * The records are English: the Welsh headings give no sections and the Welsh bullets no items.
 */
class AlternateTranslationTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    Path dir;

    private float y;

    @Test
    void theWelshHeadingsParagraphsAndBulletsOfAnAlternatingReportLeaveTheBody() throws Exception {
        Path pdf = dir.resolve("alternate.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            y = page.getMediaBox().getHeight() - 80;
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                heading(out, "Cefndir yr adolygiad a'r teulu");
                heading(out, "Background");
                paragraph(out, ITALIC, "Roedd Plentyn Y yn dair oed pan gafodd ei anafu yn y cartref.",
                        "Roedd yn byw gyda'i dad mewn fflat ar ben y dref.");
                paragraph(out, REGULAR, "Child Y was three when he was hurt at home. He lived with his father",
                        "in a flat at the top of the town.");
                heading(out, "Dysgu o'r adolygiad hwn");
                heading(out, "Learning");
                paragraph(out, ITALIC, "\u2022 Dylai ymwelwyr iechyd holi am bob oedolyn sydd yn y cartref.");
                paragraph(out, ITALIC, "\u2022 Mae angen i ysgolion wybod pwy sydd yn gofalu am y plentyn.");
                paragraph(out, REGULAR, "\u2022 Health visitors should ask about every adult in the home.");
                paragraph(out, REGULAR, "\u2022 Schools need to know who is caring for the child.");
                heading(out, "Argymhellion gan yr adolygydd");
                heading(out, "Recommendations");
                paragraph(out, ITALIC, "\u2022 Dylai'r bwrdd rannu'r adolygiad hwn gyda phob meddygfa yn yr ardal.");
                paragraph(out, REGULAR, "\u2022 The board should share this review with every GP practice in the area.");
            }
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Background", SectionType.BACKGROUND),
                tuple("Learning", SectionType.LEARNING),
                tuple("Recommendations", SectionType.RECOMMENDATIONS));
        assertThat(report.document().sections().get(0).text()).isEqualTo(
                "Child Y was three when he was hurt at home. He lived with his father in a flat at the top of the town.");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Health visitors should ask about every adult in the home."),
                tuple(SectionType.LEARNING, "Schools need to know who is caring for the child."),
                tuple(SectionType.RECOMMENDATIONS, "The board should share this review with every GP practice in the area."));
    }

    private void heading(PDPageContentStream out, String text) throws IOException {
        y -= 10;
        show(out, BOLD, 14, 72, y, text);
        y -= 22;
    }

    private void paragraph(PDPageContentStream out, PDFont font, String... lines) throws IOException {
        for (String line : lines) {
            show(out, font, 10, 72, y, line);
            y -= 13;
        }
        y -= 8;
    }

    private static void show(PDPageContentStream out, PDFont font, float size, float x, float baseline, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }
}
