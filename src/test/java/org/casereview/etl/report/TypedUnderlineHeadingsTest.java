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
 * A plain-text report printed line by line in one monospaced face (a line printer's or a text editor's print): every
 * line Courier 10, each heading told only by a line of '-' or '=' typed under it, as long as it. The underlined lines
 * are the headings; the underlines are no text; the numbered lines under the learning and recommendations are items.
 */
class TypedUnderlineHeadingsTest {

    private static final PDFont COURIER = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private static final float SIZE = 10;
    private static final float LEADING = 12;

    @TempDir
    Path dir;

    @Test
    void linesUnderlinedWithRuleCharactersAreHeadingsOfAOneFontReport() throws Exception {
        Path pdf = dir.resolve("typed.pdf");
        try (PDDocument doc = new PDDocument()) {
            page(doc, "        Brackenmoor Children's Safeguarding Board", "",
                    "   Child Safeguarding Practice Review: Child Q", "", "          Published May 2023");
            page(doc, "1. Opening remarks", "------------------", "",
                    "This review looks at the help given to Child Q, a girl of eleven, and her",
                    "two brothers during the year before she was admitted to hospital.", "",
                    "2. What happened", "================", "",
                    "Child Q lived with her grandmother. Her school noticed that she was often",
                    "hungry and tired, and that her uniform was not washed for weeks at a time.", "",
                    "3. Lessons", "----------", "",
                    "1. Hunger seen at school day after day is a sign of neglect, not only of",
                    "   poverty, and should be shared.", "",
                    "2. Kinship carers need the same offer of early help as parents.", "",
                    "4. What should change", "--------------------", "",
                    "1. The board should remind schools how to share signs of neglect.", "",
                    "2. Children's services should offer kinship carers an assessment.");
            doc.save(pdf.toFile());
        }

        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading).containsExactly(
                "1. Opening remarks", "2. What happened", "3. Lessons", "4. What should change");
        assertThat(report.document().sections().get(1).text()).doesNotContain("===");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Hunger seen at school day after day is a sign of neglect, not only of"
                        + " poverty, and should be shared."),
                tuple(SectionType.LEARNING, "Kinship carers need the same offer of early help as parents."),
                tuple(SectionType.RECOMMENDATIONS, "The board should remind schools how to share signs of neglect."),
                tuple(SectionType.RECOMMENDATIONS, "Children's services should offer kinship carers an assessment."));
    }

    @Test
    void aRuleLineIsOneCharacterRepeated() {
        assertThat(RuledLines.isTypedRule("\u2212\u2212\u2212\u2212\u2212\u2212")).isTrue();
        assertThat(RuledLines.isTypedRule("=====")).isTrue();
        assertThat(RuledLines.isTypedRule("--")).isFalse();
        assertThat(RuledLines.isTypedRule("-- see below --")).isFalse();
    }

    private static void page(PDDocument doc, String... lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
            out.beginText();
            out.setFont(COURIER, SIZE);
            out.setLeading(LEADING);
            out.newLineAtOffset(72, 760);
            for (String line : lines) {
                out.showText(line);
                out.newLine();
            }
            out.endText();
        }
    }
}
