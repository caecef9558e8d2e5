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
 * A label word after a qualifier ("Key learning 2", "Key recommendation 1") is a label when its number follows: each
 * grey box under "4 Key learning" opens with such a bold line over its point. Without a number "Key learning" is a
 * heading: the chapter's own, and a sub-heading over prose gives no item.
 */
class QualifiedItemLabelsTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private static final PDType1Font SANS_BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float SIZE = 11;

    @TempDir
    Path dir;

    @Test
    void qualifiedNumberedLabelsOpenBoxedItems() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(boxedReport(dir.resolve("boxed.pdf")));

        assertThat(report.document().sections()).extracting(Section::type, Section::heading).containsExactly(
                tuple(SectionType.INTRODUCTION, "1 Introduction"),
                tuple(SectionType.FINDINGS, "2 Findings"),
                tuple(SectionType.LEARNING, "3 Key learning"),
                tuple(SectionType.RECOMMENDATIONS, "4 Areas for development"));
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Repeated missing episodes are a pattern of risk and need to be read "
                        + "together."),
                tuple(SectionType.LEARNING, "Gifts that a young person cannot explain are signs of exploitation."),
                tuple(SectionType.LEARNING, "Plans after a referral discussion need to address the risk from adults."),
                tuple(SectionType.RECOMMENDATIONS, "The committee should review any young person missing three times "
                        + "in ninety days."));
    }

    private static Path boxedReport(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float y = 770;
                y = heading(out, y, "1 Introduction");
                y = line(out, y, "This learning review was commissioned after Child R was exploited by adult men.");
                y = line(out, y, "She was looked after at home under a supervision order at the time.") - 12;
                y = heading(out, y, "2 Findings");
                // a sub-heading without a number over prose: a heading, no label
                show(out, BOLD, SIZE, 72, y, "Key learning");
                y -= 18;
                y = line(out, y, "The findings below are drawn from interviews with staff of eight services and from");
                y = line(out, y, "the records those services kept over the two years before the harm.") - 12;
                y = heading(out, y, "3 Key learning");
                y = box(out, y, "Key learning 1",
                        "Repeated missing episodes are a pattern of risk and need to be read together.");
                y = box(out, y, "Key learning 2", "Gifts that a young person cannot explain are signs of exploitation.");
                y = box(out, y, "Key learning 3",
                        "Plans after a referral discussion need to address the risk from adults.") - 6;
                y = heading(out, y, "4 Areas for development");
                show(out, REGULAR, SIZE, 72, y, "1.");
                show(out, REGULAR, SIZE, 86, y,
                        "The committee should review any young person missing three times in ninety days.");
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A grey filled box 453.5 x 48.7 pt framed by a rule, its bold label line over the point. */
    private static float box(PDPageContentStream out, float y, String label, String point) throws IOException {
        float top = y + SIZE + 4;
        out.setNonStrokingColor(0.85f, 0.85f, 0.85f);
        out.addRect(70, top - 48.7f, 453.5f, 48.7f);
        out.fill();
        out.setStrokingColor(0f, 0f, 0f);
        out.addRect(70, top - 48.7f, 453.5f, 48.7f);
        out.stroke();
        out.setNonStrokingColor(0f, 0f, 0f);
        show(out, BOLD, SIZE, 77, y, label);
        show(out, REGULAR, SIZE, 77, y - 14, point);
        return top - 48.7f - 12 - SIZE;
    }

    private static float heading(PDPageContentStream out, float y, String text) throws IOException {
        show(out, SANS_BOLD, 15.8f, 72, y, text);
        return y - 24;
    }

    private static float line(PDPageContentStream out, float y, String text) throws IOException {
        show(out, REGULAR, SIZE, 72, y, text);
        return y - 14;
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
