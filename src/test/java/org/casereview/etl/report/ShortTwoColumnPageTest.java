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
 * The last page of a two-column report holds a running head and one short band of two balanced columns (as LaTeX
 * multicols sets it): the left column opens with a heading and a numbered list, the right column ends the list
 * and holds the next heading and its paragraph. Few rows hold text on both sides, and most of those pair a short
 * line (a paragraph's end, a heading) with a full one; no line crosses the strip between them, and each side's
 * own full lines are as wide as the other's. The page is read column by column, so both headings stand as lines
 * of their own and every recommendation is one item.
 */
class ShortTwoColumnPageTest {

    private static final float LEFT = 56.7f;
    private static final float LEFT_NUMBER = 69.1f;
    private static final float LEFT_TEXT = 81.6f;
    private static final float RIGHT = 307.6f;
    private static final float RIGHT_NUMBER = 320f;
    private static final float RIGHT_TEXT = 332.5f;
    private static final float PITCH = 11.95f;

    @TempDir
    Path dir;

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    private float height;

    @Test
    void aShortBandOfTwoColumnsUnderARunningHeadIsReadColumnByColumn() throws Exception {
        Path pdf = dir.resolve("review.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage first = new PDPage(PDRectangle.A4);
            PDPage second = new PDPage(PDRectangle.A4);
            doc.addPage(first);
            doc.addPage(second);
            height = first.getMediaBox().getHeight();
            try (PDPageContentStream out = new PDPageContentStream(doc, first)) {
                firstPage(out);
            }
            try (PDPageContentStream out = new PDPageContentStream(doc, second)) {
                lastPage(out);
            }
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Introduction", SectionType.INTRODUCTION),
                tuple("Key practice episodes", SectionType.FINDINGS),
                tuple("Recommendations", SectionType.RECOMMENDATIONS),
                tuple("Conclusion", SectionType.CONCLUSION));
        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text, ReportItem::page).containsExactly(
                        tuple("The partnership should agree that every child who goes missing is offered a return "
                                + "interview within three days.", 2),
                        tuple("Children's social care should hold a strategy meeting whenever a child is found with "
                                + "adults who may be exploiting them.", 2),
                        tuple("Schools should ask the child's social worker before a child open to social care is "
                                + "taken off the school roll.", 2),
                        tuple("The partnership should run training on the language used about children who go "
                                + "missing to all school staff.", 2));
        assertThat(report.document().sections().get(3).text()).isEqualTo("Child Q has told the reviewer that she "
                + "wants other young people to be heard sooner. The partnership has accepted all four "
                + "recommendations and will report on them in its next annual report.");
    }

    private void firstPage(PDPageContentStream out) throws IOException {
        text(out, bold, 17, LEFT, 80, "Local Child Safeguarding Practice Review: Child Q");
        text(out, bold, 12, LEFT, 120, "Introduction");
        String[] intro = {"Child Q was fourteen when she was found in a flat in another town with two adults whom",
            "the police knew. She had been missing from home six times in the months before, and each",
            "time she came back she was offered a return interview by telephone, which she did not take up.",
            "This review looks at how the services worked together to keep her safe in that time."};
        paragraph(out, 136, intro);
        text(out, bold, 12, LEFT, 200, "Key practice episodes");
        String[] episodes = {"The school took Child Q off the school roll in the spring after a long absence, without",
            "speaking to her social worker first. Her afternoons were then spent in the town centre, where",
            "she met the adults who later took her away. The strategy meeting held after the second missing",
            "episode did not ask who she was with, and no one linked the episodes together before the last."};
        paragraph(out, 216, episodes);
    }

    private void lastPage(PDPageContentStream out) throws IOException {
        text(out, regular, 8, LEFT, 34.9f, "Brookfield LCSPR Child Q");
        text(out, regular, 8, 534.1f, 34.9f, "2");
        text(out, bold, 12, LEFT, 66.7f, "Recommendations");
        numbered(out, RIGHT_NUMBER, RIGHT_TEXT, 66.7f, "4.", "The partnership should run training on the",
                "language used about children who go missing to", "all school staff.");
        numbered(out, LEFT_NUMBER, LEFT_TEXT, 100.1f, "1.", "The partnership should agree that every child",
                "who goes missing is offered a return interview", "within three days.");
        numbered(out, LEFT_NUMBER, LEFT_TEXT, 136f, "2.", "Children's social care should hold a strategy",
                "meeting whenever a child is found with adults", "who may be exploiting them.");
        numbered(out, LEFT_NUMBER, LEFT_TEXT, 171.8f, "3.", "Schools should ask the child's social worker be-",
                "fore a child open to social care is taken off", "the school roll.");
        text(out, bold, 12, RIGHT, 136f, "Conclusion");
        String[] conclusion = {"Child Q has told the reviewer that she wants other",
            "young people to be heard sooner. The partnership", "has accepted all four recommendations and will",
            "report on them in its next annual report."};
        for (int i = 0; i < conclusion.length; i++) {
            text(out, regular, 9, RIGHT, 159.9f + PITCH * i, conclusion[i]);
        }
    }

    private void paragraph(PDPageContentStream out, float top, String[] lines) throws IOException {
        for (int i = 0; i < lines.length; i++) {
            text(out, regular, 10, LEFT, top + 12 * i, lines[i]);
        }
    }

    private void numbered(PDPageContentStream out, float numberX, float textX, float top, String number,
                          String... lines) throws IOException {
        text(out, regular, 9, numberX, top, number);
        for (int i = 0; i < lines.length; i++) {
            text(out, regular, 9, textX, top + PITCH * i, lines[i]);
        }
    }

    private void text(PDPageContentStream out, PDFont font, float size, float x, float top, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, height - top);
        out.showText(text);
        out.endText();
    }
}
