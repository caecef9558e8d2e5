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
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (a systems-model findings table from a word processor's plain table style): three columns with no cell
 * borders, one rule under the header row, a header cell wrapped onto a line above the others, rows only a little
 * further apart than a cell's lines, the table going on over a page that holds nothing else under its repeated
 * header. Each finding is a learning item and each question for the board a recommendation; the column saying why a
 * finding matters gives none. A page of the table is read row by row, not as three page columns.
 */
class HeaderRuleOnlyTableTest {

    private static final float TOP = PDRectangle.A4.getHeight();
    private static final float[] COLUMNS = {72, 260, 390};
    private static final float LEADING = 20.7f;
    private static final float ROW_GAP = 24.3f;

    @TempDir
    Path dir;

    private static final String[][] ROWS = {
            {"1. Referrals for young people who|self-harm are closed after one|missed appointment.",
                    "Missed appointments|are a sign of distress.",
                    "How will the Board know|that such referrals are|followed up?"},
            {"2. Plans for teenagers close when|the young person withdraws|consent.",
                    "A closed plan leaves|workers holding risk|alone.",
                    "Who should decide when|an older child says no to|help?"},
            {"3. Repeat hospital attendances are|assessed one by one and not|shared with the school.",
                    "Repeat self-harm is a|known marker of risk.",
                    "How can the hospital tell|the school of a pattern in|time to act?"},
            {"4. Falling attendance is treated|as a matter of attendance|only.",
                    "School sees the child|every day.",
                    "How will attendance rules|take account of a child's|history?"}};

    private static final class Doc implements AutoCloseable {
        final PDDocument document = new PDDocument();
        final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDPageContentStream content;

        void page() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
        }

        void text(float x, float y, String text, PDFont font, float size) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, TOP - y);
            content.showText(text);
            content.endText();
        }

        /** The header: 'Question for the' above, 'Finding | Why it matters | board' on the baseline, a rule under it. */
        float header(float y) throws IOException {
            text(COLUMNS[2], y, "Question for the", regular, 12);
            float base = y + LEADING;
            text(COLUMNS[0], base, "Finding", regular, 12);
            text(COLUMNS[1], base, "Why it matters", regular, 12);
            text(COLUMNS[2], base, "board", regular, 12);
            content.setLineWidth(0.8f);
            content.moveTo(COLUMNS[0], TOP - (base + 5));
            content.lineTo(530, TOP - (base + 5));
            content.stroke();
            return base + ROW_GAP;
        }

        float row(float y, String[] cells) throws IOException {
            int lines = 0;
            for (int c = 0; c < cells.length; c++) {
                String[] parts = cells[c].split("\\|");
                for (int l = 0; l < parts.length; l++) {
                    text(COLUMNS[c], y + LEADING * l, parts[l], regular, 12);
                }
                lines = Math.max(lines, parts.length);
            }
            return y + LEADING * (lines - 1) + ROW_GAP;
        }

        Path save(Path file) throws IOException {
            content.close();
            document.save(file.toFile());
            return file;
        }

        @Override
        public void close() throws IOException {
            document.close();
        }
    }

    private static Path report(Path file) throws IOException {
        try (Doc d = new Doc()) {
            d.page();
            d.text(72, 80, "Serious Case Review: Child M", d.bold, 20);
            d.text(72, 130, "1 Introduction", d.bold, 16);
            d.text(72, 160, "This review concerns Child M, a girl of fourteen, and the help she was offered.", d.regular, 12);
            d.text(72, 200, "2 Systems findings", d.bold, 16);
            d.text(72, 230, "The review found four systems findings, each with a question the Board must answer.",
                    d.regular, 12);
            float y = d.header(262);
            y = d.row(y, ROWS[0]);
            d.row(y, ROWS[1]);
            d.page();
            y = d.header(85);
            y = d.row(y, ROWS[2]);
            d.row(y, ROWS[3]);
            d.page();
            d.text(72, 80, "3 Conclusion", d.bold, 16);
            d.text(72, 110, "The Board will publish its answers to the questions within six months.", d.regular, 12);
            return d.save(file);
        }
    }

    @Test
    void findingsAreLearningAndTheQuestionsForTheBoardRecommendations() throws Exception {
        ReportDocument document = ReportExtractor.withDefaultSynonyms().extract(report(dir.resolve("findings.pdf")));

        Section findings = document.sections().get(1);
        assertThat(findings.heading()).isEqualTo("2 Systems findings");
        assertThat(findings.type()).isEqualTo(SectionType.FINDINGS);
        assertThat(findings.items()).extracting(Item::text).containsExactly(
                "Referrals for young people who self-harm are closed after one missed appointment.",
                "Plans for teenagers close when the young person withdraws consent.",
                "Repeat hospital attendances are assessed one by one and not shared with the school.",
                "Falling attendance is treated as a matter of attendance only.",
                "How will the Board know that such referrals are followed up?",
                "Who should decide when an older child says no to help?",
                "How can the hospital tell the school of a pattern in time to act?",
                "How will attendance rules take account of a child's history?");
        assertThat(findings.items()).extracting(Item::page).containsExactly(1, 1, 2, 2, 1, 1, 2, 2);
    }

    @Test
    void aPageHoldingOnlyTheTableIsReadRowByRow() throws Exception {
        try (PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(report(dir.resolve("rows.pdf")).toFile())) {
            PageText second = new PositionedTextStripper().read(pdf).get(1);

            assertThat(second.lines()).extracting(TextLine::text)
                    .contains("Finding Why it matters board");
        }
    }
}
