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
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'Key findings and recommendations' as a numbered list of findings, each with a nested lettered list of the
 * recommendations answering it (a Google Docs list, `<ol type="a">` inside each `<li>`): each lettered request is a
 * recommendation item, the findings none. A numbered recommendation whose lettered parts carry its request on
 * ('1. The partnership should:' / 'a. ...') is still one item.
 */
class RequestsUnderNumberedFindingsTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final String[][] FINDINGS = {
        {"Agencies did not bring their information together, so the pattern was not seen.",
            "The committee should require one multi-agency chronology for every child's plan.",
            "Social work services should audit the quality of chronologies within a year."},
        {"The new partner's history was not known to the agencies working with the children.",
            "Police and social work should agree how checks on a new adult are shared."}};

    @Test
    void eachLetteredRequestIsARecommendation(@TempDir Path dir) throws Exception {
        Path file = page(dir, "findings.pdf", FINDINGS);
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text).containsExactly(FINDINGS[0][1], FINDINGS[0][2], FINDINGS[1][1]);
    }

    @Test
    void aRequestCarriedOnInItsLetteredPartsStaysOneItem(@TempDir Path dir) throws Exception {
        String[][] parts = {{"The partnership should review its neglect guidance so that it:",
            "names the men in a child's household and says how each is assessed;",
            "sets out how a missed appointment leads to a conversation with the family."}};
        Path file = page(dir, "parts.pdf", parts);
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS).hasSize(1)
                .allSatisfy(i -> assertThat(i.text()).startsWith("The partnership should review").contains("names the men"));
    }

    private static Path page(Path dir, String name, String[][] findings) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                line(out, 20, 72, 780, "Learning Review: Child K");
                line(out, 10, 72, 760, "Every name in this review is invented for software testing.");
                line(out, 20, 72, 720, "5. Analysis of practice");
                line(out, 11, 72, 700, "The review team looked at how agencies worked together over four years.");
                line(out, 20, 72, 660, "6. Key findings and recommendations");
                line(out, 11, 72, 636, "Each key finding is followed by the recommendations that respond to it.");
                float y = 612;
                for (int f = 0; f < findings.length; f++) {
                    line(out, 11, 90, y, (f + 1) + ".");
                    line(out, 11, 108, y, findings[f][0]);
                    y -= 18;
                    for (int r = 1; r < findings[f].length; r++) {
                        line(out, 11, 126, y, (char) ('a' + r - 1) + ".");
                        line(out, 11, 144, y, findings[f][r]);
                        y -= 18;
                    }
                    y -= 6;
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static void line(PDPageContentStream out, float size, float x, float y, String text) throws IOException {
        out.beginText();
        out.setFont(REGULAR, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
