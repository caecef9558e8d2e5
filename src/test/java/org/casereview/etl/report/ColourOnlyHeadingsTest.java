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
 * Headings told from the body by colour alone (teal lines in the body's face, size and weight, as Word prints Normal
 * paragraphs coloured by hand): a bold black line of the body's size inside the summary ("Key learning" over short
 * bullets) is a label in the summary's text, not a section, so its bullets restate and give no items.
 */
class ColourOnlyHeadingsTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final float SIZE = 11;

    @TempDir
    Path dir;

    @Test
    void boldBlackLineAmongColouredHeadingsIsNoSection() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(colouredHeadings(dir.resolve("coloured.pdf")));

        assertThat(report.document().sections()).extracting(Section::type, Section::heading).containsExactly(
                tuple(SectionType.SUMMARY, "Summary"),
                tuple(SectionType.BACKGROUND, "Background"),
                tuple(SectionType.LEARNING, "Learning for the region"),
                tuple(SectionType.RECOMMENDATIONS, "Recommendations"));
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Practitioners need to see the room where a young child sleeps, not rely "
                        + "on a parent's account."),
                tuple(SectionType.LEARNING, "Temporary housing can hide risks, and housing staff should tell the "
                        + "health visitor."),
                tuple(SectionType.RECOMMENDATIONS, "The health board should ensure that visits take place in the "
                        + "child's home."));
    }

    private static Path colouredHeadings(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float y = 780;
                y = heading(out, y, "Summary");
                y = line(out, 72, y, "This review was commissioned after a child of two swallowed a battery at home.");
                y = line(out, 72, y, "He recovered. The review looked at the year before his admission.") - 8;
                show(out, BOLD, 72, y, "Key learning");
                y -= 15;
                y = bullet(out, y, "Rooms need to be seen, not described.");
                y = bullet(out, y, "Temporary housing can hide risks.") - 8;
                y = heading(out, y, "Background");
                y = line(out, 72, y, "The family lived in one room of emergency accommodation for eight months.");
                y = line(out, 72, y, "The health visitor met the mother at the housing office.") - 8;
                y = heading(out, y, "Learning for the region");
                y = bullet(out, y, "Practitioners need to see the room where a young child sleeps, not rely on a "
                        + "parent's account.");
                y = bullet(out, y, "Temporary housing can hide risks, and housing staff should tell the health "
                        + "visitor.") - 8;
                y = heading(out, y, "Recommendations");
                bullet(out, y, "The health board should ensure that visits take place in the child's home.");
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A heading: the body's face, size and weight, in teal. */
    private static float heading(PDPageContentStream out, float y, String text) throws IOException {
        out.setNonStrokingColor(0f, 0.5f, 0.5f);
        show(out, REGULAR, 72, y, text);
        out.setNonStrokingColor(0f, 0f, 0f);
        return y - 18;
    }

    private static float bullet(PDPageContentStream out, float y, String text) throws IOException {
        show(out, REGULAR, 80, y, "\u2022");
        show(out, REGULAR, 92, y, text);
        return y - 15;
    }

    private static float line(PDPageContentStream out, float x, float y, String text) throws IOException {
        show(out, REGULAR, x, y, text);
        return y - 15;
    }

    private static void show(PDPageContentStream out, PDType1Font font, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, SIZE);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
