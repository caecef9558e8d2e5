package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;

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
 * Theme cards: each findings section ("Theme N: statement") holds a small bold coloured sub-label naming learning over
 * one short paragraph, then a sub-label naming recommendations ("What we recommend") over bullets. The paragraph under
 * the learning label is one learning item, the bullets are recommendations. Under the same label a theme told in
 * several paragraphs of prose gives no item, and so does one paragraph under a sub-heading in the text's own size
 * ({@link QualifiedItemLabelsTest}).
 */
class ThemeCardLabelsTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float SIZE = 12;

    @TempDir
    Path dir;

    @Test
    void labelledSubBlocksOfThemeCardsGiveItemsOfTheirKind() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(cards(dir.resolve("cards.pdf")));

        assertThat(report.document().sections()).extracting(Section::type, Section::heading).containsExactly(
                tuple(SectionType.INTRODUCTION, "Introduction"),
                tuple(SectionType.FINDINGS, "Theme 1: Visits to the home"),
                tuple(SectionType.FINDINGS, "Theme 2: Sharing records"),
                tuple(SectionType.FINDINGS, "Theme 3: Hearing the child"));
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "A home visit tells practitioners what a description of the home cannot."),
                tuple(SectionType.RECOMMENDATIONS, "Health visitors should see where a baby sleeps at each visit."),
                tuple(SectionType.RECOMMENDATIONS, "Managers should check that home visits are recorded."),
                tuple(SectionType.LEARNING, "Records held by one agency protect a child only when they are shared."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should agree one way of sharing records."));
    }

    private static Path cards(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float y = 780;
                y = heading(out, y, "Introduction");
                y = line(out, 60, y, "This review was commissioned after a baby was injured at home in 2024.");
                y = line(out, 60, y, "It looked at the work of health, housing and children's social care.") - 10;
                y = heading(out, y, "Theme 1: Visits to the home");
                y = label(out, y, "What we learned");
                y = line(out, 74, y, "A home visit tells practitioners what a description of the home cannot.") - 6;
                y = label(out, y, "What we recommend");
                y = bullet(out, y, "Health visitors should see where a baby sleeps at each visit.");
                y = bullet(out, y, "Managers should check that home visits are recorded.") - 10;
                y = heading(out, y, "Theme 2: Sharing records");
                y = label(out, y, "What we learned");
                y = line(out, 74, y, "Records held by one agency protect a child only when they are shared.") - 6;
                y = label(out, y, "What we recommend");
                y = bullet(out, y, "The partnership should agree one way of sharing records.") - 10;
                y = heading(out, y, "Theme 3: Hearing the child");
                // the same label over a theme told in prose: no item
                y = label(out, y, "What we learned");
                y = line(out, 74, y, "The older sister told her teacher twice that she did not want to go home.");
                y = line(out, 74, y, "The teacher recorded what she said and passed it to the school's lead.") - 6;
                y = line(out, 74, y, "The lead spoke to the mother, who said the girl was upset about a friend.");
                line(out, 74, y, "Nobody went back to the girl to ask her what she had meant by it.");
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static float heading(PDPageContentStream out, float y, String text) throws IOException {
        show(out, BOLD, 16, 60, y, text);
        return y - 24;
    }

    /** A small bold teal label line, set smaller than the text it labels. */
    private static float label(PDPageContentStream out, float y, String text) throws IOException {
        out.setNonStrokingColor(0f, 0.45f, 0.45f);
        show(out, BOLD, 9, 74, y, text);
        out.setNonStrokingColor(0f, 0f, 0f);
        return y - 16;
    }

    private static float bullet(PDPageContentStream out, float y, String text) throws IOException {
        show(out, REGULAR, SIZE, 80, y, "\u2022");
        show(out, REGULAR, SIZE, 92, y, text);
        return y - 16;
    }

    private static float line(PDPageContentStream out, float x, float y, String text) throws IOException {
        show(out, REGULAR, SIZE, x, y, text);
        return y - 16;
    }

    private static void show(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
