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
 * A page set in two columns from top to bottom, as LaTeX's {@code twocolumn} lays it out: numbered section
 * headings a little larger than the body stand inside the columns at whatever height the text before them ends,
 * the section number hanging 20 pt left of the title and a long title wrapping over three lines under the title's
 * start. Here the white space above '2 Review process' in the left column happens to line up with the white space
 * above '5 Recommendations ...' in the right one, so for some 30 pt no text stands in either column; no line of the
 * page crosses the gutter, and both columns go on below. The page is read left column then right column.
 */
class TwoColumnPageTest {

    private static final float TOP = 842;
    private static final float LEFT = 57;
    private static final float RIGHT = 309;
    private static final float BODY = 10;
    private static final float PITCH = 13.5f;

    @TempDir
    Path dir;

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private float headingSize = 11;

    private ExtractedReport read() throws Exception {
        Path pdf = dir.resolve("two-columns-" + headingSize + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                heading(out, LEFT, 80, "1", "Introduction");
                body(out, LEFT, 104, "The partnership began this review in March after",
                        "Child T, a boy of nine, was found alone in the",
                        "family home for three days while his mother was",
                        "in hospital. Nobody had asked where he would",
                        "stay when she was admitted on the Friday night.");
                heading(out, LEFT, 205, "2", "Review process");
                body(out, LEFT, 229, "Two reviewers read the records of the school,",
                        "the hospital and children's social care, and met",
                        "nine practitioners and the boy's aunt, who spoke",
                        "for the family during the months of the review.");
                heading(out, LEFT, 310, "3", "Background");
                body(out, LEFT, 334, "Child T lived with his mother in a rented flat",
                        "close to his school. His mother had a long-term",
                        "illness and had been admitted twice in the year",
                        "before, each time at night and each time with",
                        "the boy left in the care of a neighbour at once.");
                heading(out, RIGHT, 92, "4", "Key learning");
                body(out, RIGHT, 116, "1. A parent admitted to hospital needs to be",
                        "asked who is caring for the children at home.");
                body(out, RIGHT, 149, "2. A school that sees a child absent without a",
                        "reason should call the family on the first day",
                        "and visit the home if nobody has answered.");
                heading(out, RIGHT, 215, "5", "Recommendations for the partnership",
                        "and for the services that work", "with families");
                body(out, RIGHT, 268, "1. The hospital trust should add a question on",
                        "dependent children to its admission checklist.");
                body(out, RIGHT, 301, "2. Schools should follow up every unexplained",
                        "absence with a call on the same morning.");
            }
            doc.save(pdf.toFile());
        }
        return ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
    }

    @Test
    void readsTheLeftColumnBeforeTheRightThoughWhiteSpaceCrossesBothAtOneHeight() throws Exception {
        ExtractedReport report = read();
        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("1 Introduction", SectionType.INTRODUCTION),
                tuple("2 Review process", SectionType.METHODOLOGY),
                tuple("3 Background", SectionType.BACKGROUND),
                tuple("4 Key learning", SectionType.LEARNING),
                tuple("5 Recommendations for the partnership and for the services that work with families",
                        SectionType.RECOMMENDATIONS));
        assertThat(report.document().sections().get(0).text()).isEqualTo("The partnership began this review in "
                + "March after Child T, a boy of nine, was found alone in the family home for three days while his "
                + "mother was in hospital. Nobody had asked where he would stay when she was admitted on the Friday "
                + "night.");
        assertThat(report.document().sections().get(1).text()).isEqualTo("Two reviewers read the records of the "
                + "school, the hospital and children's social care, and met nine practitioners and the boy's aunt, "
                + "who spoke for the family during the months of the review.");
    }

    /**
     * In type 1.2 times the body's, '2 Review process' stands beside white space in the other column with text
     * above and below it, as a heading across CSS columns does; but that white space is the space above the
     * other column's own heading, so the heading stays in its column.
     */
    @Test
    void aLargerHeadingBesideTheSpaceAboveTheOtherColumnsHeadingStaysInItsColumn() throws Exception {
        headingSize = 12;
        assertThat(read().document().sections()).extracting(Section::heading).containsExactly("1 Introduction",
                "2 Review process", "3 Background", "4 Key learning",
                "5 Recommendations for the partnership and for the services that work with families");
    }

    @Test
    void takesTheItemsOfBothColumnsInOrder() throws Exception {
        ExtractedReport report = read();
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING,
                        "A parent admitted to hospital needs to be asked who is caring for the children at home."),
                tuple(SectionType.LEARNING, "A school that sees a child absent without a reason should call the "
                        + "family on the first day and visit the home if nobody has answered."),
                tuple(SectionType.RECOMMENDATIONS, "The hospital trust should add a question on dependent children "
                        + "to its admission checklist."),
                tuple(SectionType.RECOMMENDATIONS,
                        "Schools should follow up every unexplained absence with a call on the same morning."));
    }

    /** The number hangs 20 pt left of the title; a long title wraps under the title's start. */
    private void heading(PDPageContentStream out, float x, float top, String number, String... title)
            throws IOException {
        text(out, bold, headingSize, x, top, number);
        for (int i = 0; i < title.length; i++) {
            text(out, bold, headingSize, x + 20, top + i * 14.5f, title[i]);
        }
    }

    private void body(PDPageContentStream out, float x, float top, String... lines) throws IOException {
        for (int i = 0; i < lines.length; i++) {
            text(out, regular, BODY, i > 0 && lines[0].matches("\\d\\. .*") ? x + 12 : x, top + i * PITCH,
                    lines[i]);
        }
    }

    private static void text(PDPageContentStream out, PDFont font, float size, float x, float top, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, TOP - top);
        out.showText(text);
        out.endText();
    }
}
