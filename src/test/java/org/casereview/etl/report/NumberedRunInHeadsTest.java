package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
 * Run-in section heads set off from their paragraph by space alone, no stop ("<b>2 Background</b> Child T lived
 * ...", ConTeXt's {@code alternative=text} and LaTeX's run-in heads), in a report whose other sections have headings
 * on lines of their own: they open sections when their numbers count on with those headings' numbers.
 */
class NumberedRunInHeadsTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float SIZE = 10;
    private static final float LEFT = 72;

    @TempDir
    Path dir;

    private float y;

    @Test
    void numberedRunInHeadsCountingOnWithTheHeadingsOpenSections() throws Exception {
        Path file = dir.resolve("run-in.pdf");
        write(file, "2 Background", "3 Learning", "4 Recommendations", "5 Conclusion");

        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsSubsequence(
                tuple("1 Introduction", SectionType.INTRODUCTION), tuple("2 Background", SectionType.BACKGROUND),
                tuple("3 Learning", SectionType.LEARNING), tuple("4 Recommendations", SectionType.RECOMMENDATIONS),
                tuple("5 Conclusion", SectionType.CONCLUSION));
        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS).extracting(i -> i.text())
                .containsExactly("The partnership should publish guidance on bruising in babies who are not mobile.",
                        "Health visitors should record every adult caring for a baby at each contact.");
    }

    @Test
    void aNumberedBoldLeadInOutOfTheHeadingsSequenceStaysText() throws Exception {
        Path file = dir.resolve("out-of-sequence.pdf");
        write(file, "7 Background", "2 Learning", "3 Recommendations", "4 Conclusion");

        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.document().sections()).extracting(Section::heading)
                .doesNotContain("7 Background", "1 Introduction", "4 Conclusion")
                .contains("2 Learning", "3 Recommendations");
    }

    /** A report: two run-in heads, then learning and recommendations headed on lines of their own, a run-in conclusion. */
    private void write(Path file, String second, String learning, String recommendations, String conclusion)
            throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            y = 790;
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                text(out, BOLD, 20, LEFT, "Learning Review: Baby T");
                text(out, REGULAR, 9, LEFT, "Tarnbridge Child Protection Committee. Every name in it is invented for software testing.");
                y -= 20;
                runIn(out, "1 Introduction", "The review panel was chaired independently and met five times over the",
                        "course of the review. The family were invited to take part.");
                runIn(out, second, "Baby T lived with her mother and two older brothers in a rented flat, and",
                        "the family moved across the authority boundary when she was six weeks old.");
                text(out, BOLD, SIZE, LEFT, learning);
                y -= 4;
                text(out, REGULAR, SIZE, LEFT, "1. A bruise on a baby who is not yet mobile is never minor.");
                text(out, REGULAR, SIZE, LEFT, "2. Practitioners need to ask about every adult who looks after a baby.");
                y -= 8;
                text(out, BOLD, SIZE, LEFT, recommendations);
                y -= 4;
                text(out, REGULAR, SIZE, LEFT,
                        "a. The partnership should publish guidance on bruising in babies who are not mobile.");
                text(out, REGULAR, SIZE, LEFT,
                        "b. Health visitors should record every adult caring for a baby at each contact.");
                y -= 8;
                runIn(out, conclusion, "The case was stepped down from child protection to child in need after",
                        "six months, and the father did not attend the service he was referred to.");
            }
            document.save(file.toFile());
        }
    }

    /** A paragraph whose first line opens with the bold head, space, then the text, and a second line of text. */
    private void runIn(PDPageContentStream out, String head, String first, String second) throws Exception {
        float headWidth = BOLD.getStringWidth(head) / 1000 * SIZE;
        text(out, BOLD, SIZE, LEFT, head);
        y += 13;
        text(out, REGULAR, SIZE, LEFT + headWidth + 12, first);
        text(out, REGULAR, SIZE, LEFT, second);
        y -= 8;
    }

    private void text(PDPageContentStream out, PDFont font, float size, float x, String s) throws Exception {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(s);
        out.endText();
        y -= 13;
    }

}
