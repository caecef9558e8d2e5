package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tagged recommendations table No. | Recommendation | then one narrow column per agency whose header word is
 * turned a quarter turn to run up the column (a text matrix rotated 90 degrees), a dot in the row for each agency
 * that leads. The row codes 'R1' .. 'R4' are centred down their rows, beside a middle line of the recommendation.
 */
class TurnedHeaderTableTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    private static final float PITCH = 13f;
    private static final float[] AGENCY_X = {430, 465, 500, 535};
    private static final String[] AGENCIES = {"Police", "Health", "Education", "Children's social care"};

    private static final String[][] ROWS = {
        {"The partnership should agree how the records of a child who",
            "moves between areas are passed on, with a call between the", "two health visiting teams."},
        {"Health services should ask parents with long-term conditions",
            "who would look after their children if they became unwell."},
        {"The health visiting service should visit at home when a", "developmental review is missed twice."},
        {"Schools should tell the local authority when a child of", "statutory school age is taken off roll."}};
    /** Which agency columns each row marks with a dot. */
    private static final int[][] LEADS = {{0, 1, 3}, {1}, {1}, {2, 3}};

    @TempDir
    Path dir;

    @Test
    void turnedHeaderWordsAreReadWholeInTheHeaderRowNotAmongTheLinesAboveIt() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(tablePdf(dir.resolve("turned.pdf")));

        assertThat(section(report, SectionType.GOOD_PRACTICE).text()).isEqualTo(
                "• A neighbour who heard the children crying called the police.\n"
                        + "• The foster carers kept the twins together.");
        assertThat(section(report, SectionType.RECOMMENDATIONS).text())
                .startsWith("No. Recommendation Police Health Education Children's social care");
    }

    /** The line a centred code stands on is no item of its own: the tree gives each row's cell once, whole. */
    @Test
    void aRowCodeCentredDownItsRowStartsNoSecondItem() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(tablePdf(dir.resolve("codes.pdf")));

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.RECOMMENDATIONS)
                .extracting(ReportItem::text).containsExactly(
                        String.join(" ", ROWS[0]), String.join(" ", ROWS[1]), String.join(" ", ROWS[2]),
                        String.join(" ", ROWS[3]));
    }

    private static Section section(ExtractedReport report, SectionType type) {
        return report.document().sections().stream().filter(s -> s.type() == type).findFirst().orElseThrow();
    }

    private static Path tablePdf(Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            document.getDocumentCatalog().setStructureTreeRoot(tree);
            PDMarkInfo info = new PDMarkInfo();
            info.setMarked(true);
            document.getDocumentCatalog().setMarkInfo(info);
            PDStructureElement root = new PDStructureElement("Document", tree);
            tree.appendKid(root);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                MarkedContentCanvas canvas = new MarkedContentCanvas(out, page);
                canvas.text(canvas.child(root, "H1"), "Background", 70, 790, true, 16);
                canvas.text(canvas.child(root, "P"), "The twins were three when they were found alone at home "
                        + "after their mother was taken ill.", 70, 768, false, 10);
                canvas.text(canvas.child(root, "H1"), "Good practice", 70, 730, true, 16);
                PDStructureElement list = canvas.child(root, "L");
                canvas.text(canvas.child(canvas.child(list, "LI"), "LBody"),
                        "• A neighbour who heard the children crying called the police.", 80, 708, false, 10);
                canvas.text(canvas.child(canvas.child(list, "LI"), "LBody"),
                        "• The foster carers kept the twins together.", 80, 694, false, 10);
                canvas.text(canvas.child(root, "H1"), "Recommendations", 70, 660, true, 16);
                table(canvas, canvas.child(root, "Table"));
                canvas.text(canvas.child(root, "H1"), "Conclusion", 70, 300, true, 16);
                canvas.text(canvas.child(root, "P"), "The twins now live with their mother, who has a family "
                        + "support worker.", 70, 278, false, 10);
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** Header words turned to run up from the header row's baseline; each row's code on its middle. */
    private static void table(MarkedContentCanvas canvas, PDStructureElement table) throws IOException {
        PDStructureElement header = canvas.child(table, "TR");
        float headerY = 520;
        canvas.text(canvas.child(header, "TH"), "No.", 70, headerY, true, 10);
        canvas.text(canvas.child(header, "TH"), "Recommendation", 160, headerY, true, 10);
        for (int a = 0; a < AGENCIES.length; a++) {
            canvas.upwardText(canvas.child(header, "TH"), AGENCIES[a], AGENCY_X[a], headerY - 3, true, 10);
        }
        float top = headerY - 24;
        for (int r = 0; r < ROWS.length; r++) {
            PDStructureElement row = canvas.child(table, "TR");
            float middle = top - PITCH * (ROWS[r].length - 1) / 2f;
            canvas.text(canvas.child(row, "TD"), "R" + (r + 1), 70, middle, false, 10);
            PDStructureElement cell = canvas.child(row, "TD");
            for (int i = 0; i < ROWS[r].length; i++) {
                canvas.text(cell, ROWS[r][i], 95, top - PITCH * i, false, 10);
            }
            for (int a = 0; a < AGENCIES.length; a++) {
                PDStructureElement dot = canvas.child(row, "TD");
                for (int lead : LEADS[r]) {
                    if (lead == a) {
                        canvas.text(dot, "\u2022", AGENCY_X[a] - 6, middle, false, 10);
                    }
                }
            }
            top -= PITCH * ROWS[r].length + 14;
        }
    }
}
