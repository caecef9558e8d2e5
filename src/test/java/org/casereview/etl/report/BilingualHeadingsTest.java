package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (batch13 kind 7): a Welsh / English report set side by side, each heading printed twice on
 * one baseline (Welsh left, English right), each column's text under its own heading. PDFs written with PDFBox.
 */
class BilingualHeadingsTest {

    private static final float TOP = PDRectangle.A4.getHeight();
    private static final String[][] ROWS = {
        {"Cyflwyniad", "Introduction", "Comisiynodd y Bwrdd yr adolygiad hwn.", "The Board commissioned this review."},
        {"Dysgu", "Learning", "\u2022 Mae angen y cofnod llawn pan fydd teulu'n symud.", "\u2022 A family's move needs the whole record sent on."},
        {"Argymhellion", "Recommendations", "1. Dylai'r Bwrdd gytuno ar safon trosglwyddo.", "1. The Board should agree a standard for transfers."},
    };

    @TempDir
    Path dir;

    private Path bilingual(boolean englishLeft) throws Exception {
        return bilingual(englishLeft, false);
    }

    /** With sub-headings: the learning row goes on with a sub-heading pair and a point under each. */
    private Path bilingual(boolean englishLeft, boolean subHeadings) throws Exception {
        Path file = dir.resolve((englishLeft ? "english-left" : "welsh-left") + (subHeadings ? "-sub" : "") + ".pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                float y = 80;
                for (String[] row : ROWS) {
                    float welshX = englishLeft ? 310 : 50;
                    float englishX = englishLeft ? 50 : 310;
                    text(out, welshX, y, row[0], bold, 15);
                    text(out, englishX, y, row[1], bold, 15);
                    for (int line = 0; line < 3; line++) {
                        String welsh = line == 0 ? row[2] : "Llinell arall o destun Cymraeg rhif " + line + ".";
                        String english = line == 0 ? row[3] : "Another line of English text number " + line + ".";
                        text(out, welshX, y + 22 + 14 * line, welsh, regular, 10);
                        text(out, englishX, y + 22 + 14 * line, english, regular, 10);
                    }
                    if (subHeadings && row[1].equals("Learning")) {
                        text(out, welshX, y + 82, "Dysgu i'r rhanbarth", bold, 12);
                        text(out, englishX, y + 82, "Learning for the region", bold, 12);
                        text(out, welshX, y + 100, "\u2022 Dylai pob asiantaeth rannu ei chofnodion.", regular, 10);
                        text(out, englishX, y + 100, "\u2022 Every agency should share its records.", regular, 10);
                        y += 50;
                    }
                    y += 110;
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static void text(PDPageContentStream out, float x, float y, String text, PDFont font, float size) throws Exception {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, TOP - y);
        out.showText(text);
        out.endText();
    }

    @Test
    void theColumnWhoseHeadingsAreTypedIsTheReportAndTheOtherATranslation() throws Exception {
        for (boolean englishLeft : new boolean[] {false, true}) {
            ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(bilingual(englishLeft));

            assertThat(report.sections()).extracting(Section::heading)
                    .containsExactly("Introduction", "Learning", "Recommendations");
            assertThat(report.sections()).extracting(Section::type).containsExactly(SectionType.INTRODUCTION,
                    SectionType.LEARNING, SectionType.RECOMMENDATIONS);
            assertThat(report.sections().get(1).items()).extracting(Item::text)
                    .containsExactly("A family's move needs the whole record sent on. Another line of English text number 1. "
                            + "Another line of English text number 2.");
            assertThat(report.sections().get(2).items()).extracting(Item::text)
                    .containsExactly("The Board should agree a standard for transfers. Another line of English text number 1. "
                            + "Another line of English text number 2.");
        }
    }

    @Test
    void aSubHeadingOfTheTranslationColumnLeavesWithItsTextAndTheReportsOwnStays() throws Exception {
        for (boolean englishLeft : new boolean[] {false, true}) {
            ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(bilingual(englishLeft, true));

            assertThat(report.sections()).extracting(Section::heading)
                    .containsExactly("Introduction", "Learning", "Recommendations");
            assertThat(report.sections().get(1).items()).extracting(Item::text).containsExactly(
                    "A family's move needs the whole record sent on. Another line of English text number 1. "
                            + "Another line of English text number 2.",
                    "Every agency should share its records.");
            assertThat(report.sections()).allSatisfy(section -> assertThat(section.text())
                    .doesNotContain("Dysgu", "Dylai", "Llinell", "Comisiynodd"));
            assertThat(report.sections().get(1).text()).contains("Learning for the region");
        }
    }
}
