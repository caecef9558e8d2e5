package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A form written as a ruled two-column table (a rapid review's 'Decision and recommendations' part): bold labels in
 * the left cells, the answers in the right. One answer cell holds two numbered recommendations, each number standing
 * a tab's width left of its point's wrapped lines (a column of its own). Each numbered point is an item of its own.
 * (Drawn with PDFBox, such a page is read as paragraphs beside headings, not as one table block as LibreOffice's is:
 * so the table's lines are built here as the extractor reads the LibreOffice page.) Two readings that must not split:
 * numbers inside the cell's own text (two text columns read across the page as a table's rows) and tracked-change
 * markers ('[1.]', '1.[2.]') in the number column; those pages are drawn with PDFBox and read by the job's stripper.
 */
class NumberedPointsInOneCellTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);

    @TempDir
    Path dir;

    private float top = 100;

    @Test
    void eachNumberedPointOfOneCellIsAnItem() {
        List<TextLine> lines = List.of(
                line(f("Does the case meet", 90, true), f("No. The partners consider that", 306, false)),
                last(f("the criteria?", 90, true), f("the learning is identified.", 306, false)),
                line(f("Recommendations", 90, true), f("1.", 306, false),
                        f("The partnership should publish its", 324, false)),
                line(f("bruising protocol for every baby.", 324, false)),
                line(f("2.", 306, false), f("The hospital should tell the health", 324, false)),
                last(f("visitor of each attendance.", 324, false)),
                last(f("Agreed?", 90, true), f("To be completed by the Panel.", 306, false)));

        assertThat(TableRows.itemTexts(lines)).extracting(TableRows.Item::text).containsExactly(
                "No. The partners consider that the learning is identified.",
                "1. The partnership should publish its bruising protocol for every baby.",
                "2. The hospital should tell the health visitor of each attendance.",
                "To be completed by the Panel.");
    }

    @Test
    void numbersNotCountingUpFromOneLeaveTheCellWhole() {
        List<TextLine> lines = List.of(
                last(f("Does the case meet", 90, true), f("No. The partners consider it met.", 306, false)),
                line(f("Recommendations", 90, true), f("2.", 306, false),
                        f("The partnership should publish its", 324, false)),
                line(f("bruising protocol for every baby.", 324, false)),
                line(f("4.", 306, false), f("The hospital should tell the health", 324, false)),
                last(f("visitor of each attendance.", 324, false)));

        assertThat(TableRows.itemTexts(lines)).extracting(TableRows.Item::text).containsExactly(
                "No. The partners consider it met.",
                "2. The partnership should publish its bruising protocol for every baby. 4. The hospital should tell the"
                        + " health visitor of each attendance.");
    }

    /** Two text columns on shared baselines read across as a table's rows: the right column's '1.', '2.' are its text. */
    @Test
    void numbersInsideTheCellsTextOfColumnsReadAcrossSplitNothing() throws Exception {
        Path pdf = page("across.pdf", new String[][] {
                {"56", "and each absence was put down to a stomach", "320", "1. Schools should record every account"},
                {"56", "ache without a call home from the nurse or", "320", "of an injury in the child's own words."},
                {"56", "from the family's doctor, who saw her twice.", "320", "2. Health staff should share the dates"},
                {"320", "of absences whenever a plan is reviewed."}});

        List<TableRows.Item> items = TableRows.itemTexts(rowsAcross(pdf));

        assertThat(items).hasSize(1);
        assertThat(items.get(0).text()).startsWith("1. Schools should record every account")
                .contains("own words. 2. Health staff should share");
    }

    /** Tracked changes shown: the entries' numbers as they were and are ('[1.]', '1.[2.]') are no list numbers here. */
    @Test
    void changeMarkersInTheNumberColumnSplitNothingAndStayOutOfTheText() throws Exception {
        Path pdf = page("tracked.pdf", new String[][] {
                {"72", "[1.]", "104", "A carer's assessment is a safeguarding opportunity and should"},
                {"104", "be completed within weeks of the child being identified."},
                {"72", "1.[2.]", "104", "Tiredness in a young carer may be a sign of low mood."}});

        assertThat(TableRows.itemTexts(rowsAcross(pdf))).extracting(TableRows.Item::text).containsExactly(
                "A carer's assessment is a safeguarding opportunity and should be completed within weeks of the child"
                        + " being identified.",
                "Tiredness in a young carer may be a sign of low mood.");
    }

    /** The same markers hanging inside one form cell: not the list numbers 1, 2 counting up, so the cell stays whole. */
    @Test
    void changeMarkersHangingInOneCellLeaveItWhole() {
        List<TextLine> lines = List.of(
                last(f("Does the case meet", 90, true), f("No. The partners consider it met.", 306, false)),
                line(f("Learning", 90, true), f("[1.]", 306, false), f("A carer's assessment is due", 330, false)),
                line(f("within weeks of the child being identified.", 330, false)),
                line(f("1.[2.]", 306, false), f("Tiredness may be a sign of low mood.", 330, false)),
                last(f("Adult services should ask who cares.", 330, false)));

        assertThat(TableRows.itemTexts(lines)).extracting(TableRows.Item::text).hasSize(2).last().asString()
                .startsWith("[1.] A carer's assessment is due").contains("identified. 1.[2.] Tiredness");
    }

    /** One page: each row of {@code rows} a line 13 points under the last, its texts at the x before each. */
    private Path page(String name, String[][] rows) throws IOException {
        Path pdf = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = 700;
                for (String[] row : rows) {
                    for (int i = 0; i < row.length; i += 2) {
                        out.beginText();
                        out.setFont(REGULAR, 10.5f);
                        out.newLineAtOffset(Float.parseFloat(row[i]), y);
                        out.showText(row[i + 1]);
                        out.endText();
                    }
                    y -= 13;
                }
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    /** The page's fragments grouped into rows across the page, as a reader that finds no gutter leaves them. */
    private static List<TextLine> rowsAcross(Path pdf) throws Exception {
        try (PDDocument doc = ReportPdfFile.open(pdf)) {
            List<TextFragment> all = new ArrayList<>();
            for (PageText page : new PositionedTextStripper().read(doc)) {
                page.lines().forEach(l -> all.addAll(l.fragments()));
            }
            return LineAssembler.lines(1, all);
        }
    }

    private static TextFragment f(String text, float x, boolean bold) {
        return new TextFragment(text, x, x + text.length() * 5f, 0, 10, bold);
    }

    /** The last line of a row: a rule under it. */
    private TextLine last(TextFragment... fragments) {
        TextLine line = line(fragments);
        return new TextLine(line.page(), line.text(), line.fragments(), true, false);
    }

    /** The next line of the table, 13 points under the one before. */
    private TextLine line(TextFragment... fragments) {
        top += 13;
        StringBuilder text = new StringBuilder();
        List<TextFragment> placed = new ArrayList<>();
        for (TextFragment f : fragments) {
            text.append(text.isEmpty() ? "" : " ").append(f.text());
            placed.add(new TextFragment(f.text(), f.x(), f.endX(), top, f.fontSize(), f.bold()));
        }
        return new TextLine(1, text.toString(), placed);
    }
}
