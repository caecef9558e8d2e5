package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report with no cover (a POD document printed as it stands): the partnership, the title as a bold paragraph in the
 * body's size, the author and the date open page 1, and the headings, larger than the title, follow with body text
 * under each. A heading the section vocabulary knows that heads body text is no title: the title is the line naming
 * the review, whatever its size, and the first heading keeps its section. The child's code 'A' ending the title is
 * no article carrying it on into the author's line under it.
 */
class CoverlessBodyTitleTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final String TITLE = "Local Child Safeguarding Practice Review: Child A";
    private static final float LEFT = 40;
    private static final float INDENT = 70;
    private static final float BODY = 9;
    private static final float HEAD = 11;
    private static final float LEADING = 12;

    @TempDir
    Path dir;

    @Test
    void theFirstHeadingIsNoTitleWhenTheTitleIsABodySizeParagraph() throws Exception {
        ReportDocument report = extract("Why this review was carried out");

        assertThat(report.metadata().title()).isEqualTo(TITLE);
        assertThat(report.sections()).extracting(Section::heading).containsExactly(
                "Why this review was carried out", "What we found", "Learning for all agencies", "Recommendations");
    }

    @Test
    void anIntroductionHeadingIsNotJoinedToTheTitle() throws Exception {
        ReportDocument report = extract("Introduction");

        assertThat(report.metadata().title()).isEqualTo(TITLE);
        assertThat(report.sections()).extracting(Section::heading).startsWith("Introduction", "What we found");
    }

    private ReportDocument extract(String firstHeading) throws Exception {
        Path pdf = dir.resolve("coverless.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage one = new PDPage(PDRectangle.A5);
            doc.addPage(one);
            try (PDPageContentStream out = new PDPageContentStream(doc, one)) {
                furniture(out, 1);
                float y = 545;
                y = line(out, REGULAR, BODY, LEFT, y, "Penhallow Safeguarding Partnership") - LEADING;
                y = line(out, BOLD, BODY, LEFT, y, TITLE) - LEADING;
                y = line(out, REGULAR, BODY, LEFT, y, "Author: Mared Pengelly, independent reviewer") - LEADING;
                y = line(out, REGULAR, BODY, LEFT, y, "March 2024") - LEADING;
                y = paragraph(out, LEFT, y, "This review and every person, place and organisation in it are invented",
                        "for software testing.");
                y = section(out, y, firstHeading, "Child A was eight weeks old when she was found not breathing in",
                        "her parents' bed. The family had been known to early help because of",
                        "debts and poor housing.");
                y = section(out, y, "What we found", "Safer sleep advice was given twice to the mother but never to the",
                        "father, and it did not mention the parents' bed or alcohol.");
                y = section(out, y, "Learning for all agencies", "Safer sleep advice works best when it is about the",
                        "family's own home and routines rather than a leaflet.");
                line(out, BOLD, HEAD, LEFT, y - 4, "Recommendations");
            }
            PDPage two = new PDPage(PDRectangle.A5);
            doc.addPage(two);
            try (PDPageContentStream out = new PDPageContentStream(doc, two)) {
                furniture(out, 2);
                paragraph(out, INDENT, 545, "The partnership should require safer sleep conversations to include",
                        "both parents and to record the sleeping arrangements seen in the home.");
            }
            doc.save(pdf.toFile());
        }
        return ReportExtractor.withDefaultSynonyms().extract(pdf);
    }

    private static float section(PDPageContentStream out, float y, String heading, String... lines) throws IOException {
        float under = line(out, BOLD, HEAD, LEFT, y - 4, heading);
        return paragraph(out, INDENT, under - 2, lines);
    }

    private static float paragraph(PDPageContentStream out, float x, float y, String... lines) throws IOException {
        for (String text : lines) {
            y = line(out, REGULAR, BODY, x, y, text);
        }
        return y - LEADING;
    }

    private static void furniture(PDPageContentStream out, int page) throws IOException {
        line(out, REGULAR, 8, 200, 575, TITLE);
        line(out, REGULAR, 8, LEFT, 25, "Penhallow Safeguarding Partnership");
        line(out, REGULAR, 8, 360, 25, "Page " + page);
    }

    private static float line(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
        return y - LEADING;
    }
}
