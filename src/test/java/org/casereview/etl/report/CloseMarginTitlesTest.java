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
 * LaTeX titlesec's {@code leftmargin} titles: each section title, bold and smaller than the body, set right-aligned in
 * the left margin on the baseline of the first line of its text, only a little more than an em before the text (5 mm);
 * a title over a list stands alone on its line in the margin. Every title is a heading of its own, and the text beside
 * it starts its section.
 */
class CloseMarginTitlesTest {

    private static final PDFont BODY = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont TITLE = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float TEXT = 176;
    private static final float TITLE_END = 162;
    private static final float LEADING = 13.5f;

    @Test
    void titlesInTheMarginBesideTheirFirstLineAreHeadings(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("leftmargin.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = 760;
                y = section(out, y, "Introduction", "Baby Q died at nine weeks old after an unsafe sleeping incident",
                        "at home. Every name in this review is invented for software testing.",
                        "The review looked at the support given from early pregnancy onwards.");
                y = section(out, y, "Background", "Baby Q's mother was eighteen and was supported by a leaving care",
                        "adviser. His father had been known to adult services for alcohol misuse.",
                        "Safe sleep advice was given by the midwife and by the health visitor.");
                y = section(out, y, "Analysis", "The safe sleep advice given was accurate but general, and it did not",
                        "consider when this family were most likely to fall asleep with the baby.",
                        "The father was not present at most contacts and was not given the advice.");
                title(out, y, "Learning");
                y -= 2 * LEADING;
                y = bullet(out, y, "Safe sleep advice works best when it fits the family's own routines.");
                y = bullet(out, y, "Fathers need to be given safe sleep advice directly, not through the mother.");
            }
            doc.save(pdf.toFile());
        }
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Introduction", SectionType.INTRODUCTION),
                tuple("Background", SectionType.BACKGROUND),
                tuple("Analysis", SectionType.FINDINGS),
                tuple("Learning", SectionType.LEARNING));
        assertThat(report.document().sections().get(1).text())
                .startsWith("Baby Q's mother was eighteen").doesNotContain("Background");
        assertThat(report.items()).extracting(ReportItem::text).containsExactly(
                "Safe sleep advice works best when it fits the family's own routines.",
                "Fathers need to be given safe sleep advice directly, not through the mother.");
    }

    private static float section(PDPageContentStream out, float y, String title, String... lines) throws IOException {
        title(out, y, title);
        for (String line : lines) {
            show(out, BODY, 10, TEXT, y, line);
            y -= LEADING;
        }
        return y - 1.5f * LEADING;
    }

    private static void title(PDPageContentStream out, float y, String text) throws IOException {
        float width = TITLE.getStringWidth(text) / 1000 * 9;
        show(out, TITLE, 9, TITLE_END - width, y, text);
    }

    private static float bullet(PDPageContentStream out, float y, String text) throws IOException {
        show(out, BODY, 10, TEXT + 13, y, "\u2022");
        show(out, BODY, 10, TEXT + 27, y, text);
        return y - 1.8f * LEADING;
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
