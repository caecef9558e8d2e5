package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A two-page review (invented board and child) whose first page is a title block with no head or foot, so its running
 * head and foot stand on page 2 only and never repeat: groff -ms's three-part head ('SBNI  - 2 -  Case Management
 * Review: Child F') and a foot naming the committee and the review with the page's number at the far right. Each is
 * the page's outermost line, set well apart from the body, with the page's own number as a part of its own: furniture,
 * not the last section's text. A table row at the page foot with a count in its last cell, at the body's pitch, stays.
 */
class OnePageRunningLinesTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);

    @TempDir
    Path dir;

    @Test
    void aHeadAndAFootPrintedOnPageTwoOnlyAreNotSectionText() throws Exception {
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(write(true));
        List<Section> sections = report.document().sections();
        assertThat(sections).extracting(Section::heading).containsExactly("Introduction", "Learning", "Next steps");
        assertThat(sections).extracting(Section::text).allSatisfy(text -> assertThat(text).doesNotContain("SBNI")
                .doesNotContain("Case Management Review"));
        assertThat(sections.get(2).text()).isEqualTo(
                "The board will publish its action plan within three months and report progress every six months.");
    }

    @Test
    void aCountingRowAtThePageFootInTheBodysPitchStays() throws Exception {
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(write(false));
        String last = report.document().sections().get(2).text();
        assertThat(last).contains("Referrals still open at the end of the year").contains("2");
    }

    private Path write(boolean furniture) throws IOException {
        Path pdf = dir.resolve(furniture ? "furniture.pdf" : "counting-row.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage first = new PDPage(PDRectangle.A4);
            PDPage second = new PDPage(PDRectangle.A4);
            doc.addPage(first);
            doc.addPage(second);
            try (PDPageContentStream out = new PDPageContentStream(doc, first)) {
                show(out, BOLD, 18, 150, 760, "Child F: a review of online grooming");
                show(out, REGULAR, 11, 230, 736, "Invented Safeguarding Board");
                show(out, BOLD, 13, 56, 690, "Introduction");
                paragraph(out, 56, 670, List.of(
                        "This invented review concerns Child F, a boy of fifteen who was assaulted by a man he had",
                        "met online. The panel met six times and each agency gave a chronology of its work with the",
                        "family over the eighteen months before the assault, with an analysis of what it knew."));
            }
            try (PDPageContentStream out = new PDPageContentStream(doc, second)) {
                if (furniture) {
                    // as groff prints a three-part head: one run of text, its parts set apart by spaces
                    show(out, REGULAR, 11, 56, 800, "SBNI" + " ".repeat(60) + "- 2 -" + " ".repeat(40)
                            + "Case Management Review: Child F");
                }
                show(out, BOLD, 13, 56, 760, "Learning");
                paragraph(out, 56, 740, List.of(
                        "1. Older boys can be groomed online, and their risk is easy to miss when the attention of",
                        "   agencies is on their behaviour.",
                        "2. A parent's worry about a child's time online is a safeguarding concern and not only a",
                        "   parenting question."));
                show(out, BOLD, 13, 56, 660, "Next steps");
                paragraph(out, 56, 640, List.of("The board will publish its action plan within three months and"
                        + " report progress every six months."));
                if (furniture) {
                    show(out, REGULAR, 9, 56, 30, "Invented Safeguarding Board | Case Management Review: Child F");
                    show(out, REGULAR, 9, 530, 30, "2");
                } else {
                    float y = 626;
                    for (int i = 0; i < 40 && y > 60; i++, y -= 14) {
                        show(out, REGULAR, 11, 56, y, "Contacts recorded by the panel in month " + (i + 1)
                                + " of the review period were " + (i + 3) + ".");
                    }
                    show(out, REGULAR, 11, 56, y, "Referrals still open at the end of the year");
                    show(out, REGULAR, 11, 420, y, "2");
                }
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    private static void paragraph(PDPageContentStream out, float x, float y, List<String> lines) throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            show(out, REGULAR, 11, x, y - 14 * i, lines.get(i));
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
