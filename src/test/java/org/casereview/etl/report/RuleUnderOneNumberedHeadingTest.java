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
 * Numbered 18 pt bold headings, two of them with a table's top border drawn right under them ('5. Recommendations'
 * over its table, 'Appendix 1: Glossary' over its table): the rule lifts those two above their style, yet they are
 * headings of the same level as 1 to 4, whose numbers run up with theirs.
 */
class RuleUnderOneNumberedHeadingTest {

    private static final float BODY = 10;
    private static final float HEADING = 18;
    private static final float MARGIN = 60;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    @TempDir
    Path dir;

    @Test
    void aTableBorderUnderSomeNumberedHeadingsDoesNotMakeThemTheOnlyChapters() throws Exception {
        Path pdf = dir.resolve("table-under-heading.pdf");
        try (PDDocument doc = new PDDocument()) {
            Page one = new Page(doc);
            one.heading("1. Introduction", false);
            one.text("This review was commissioned after Baby F suffered a serious injury at home.");
            one.heading("2. Background", false);
            one.text("Baby F lived with her mother and her mother's partner in a rented house.");
            one.heading("3. Findings", false);
            one.text("Agencies did not share what they knew about the partner's history of violence.");
            one.close();
            Page two = new Page(doc);
            two.heading("4. Learning", false);
            two.text("Practitioners should ask about every adult who looks after a baby.");
            two.heading("5. Recommendations", true);
            two.text("No.   Recommendation                                               Lead");
            two.text("1     The partnership should review its safer sleep guidance.      Partnership");
            two.heading("Appendix 1: Glossary", true);
            two.text("CSC   Children's social care");
            two.close();
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("1. Introduction", SectionType.INTRODUCTION),
                tuple("2. Background", SectionType.BACKGROUND),
                tuple("3. Findings", SectionType.FINDINGS),
                tuple("4. Learning", SectionType.LEARNING),
                tuple("5. Recommendations", SectionType.RECOMMENDATIONS),
                tuple("Appendix 1: Glossary", SectionType.APPENDIX));
    }

    private static final class Page {
        private final PDPageContentStream out;
        private final float top;
        private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private float y = 90;

        Page(PDDocument doc) throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            top = page.getMediaBox().getHeight();
        }

        void heading(String text, boolean tableUnder) throws IOException {
            y += HEADING;
            show(bold, HEADING, text);
            if (tableUnder) {
                out.addRect(MARGIN, top - y - 4, WIDTH, 0.75f);
                out.fill();
            }
            y += HEADING;
        }

        void text(String text) throws IOException {
            show(regular, BODY, text);
            y += BODY * 2.2f;
        }

        private void show(PDFont font, float size, String text) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN, top - y);
            out.showText(text);
            out.endText();
        }

        void close() throws IOException {
            out.close();
        }
    }
}
