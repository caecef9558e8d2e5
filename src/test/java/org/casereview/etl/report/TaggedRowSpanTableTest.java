package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tagged recommendations table as a word processor writes merged cells: a title row spanning the three columns
 * (ColSpan 3), a header row of plain TD cells, and a Theme cell spanning two rows (RowSpan 2), so the second of
 * those rows tags only two cells. Each row is a recommendation of its own.
 */
class TaggedRowSpanTableTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();

    @TempDir
    Path dir;

    @Test
    void rowsSharingASpannedCellStayTwoRecommendations() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(spannedTablePdf(dir.resolve("spans.pdf")));

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.RECOMMENDATIONS, "The Board should agree a protocol for following up children who "
                        + "are not brought to health appointments."),
                tuple(SectionType.RECOMMENDATIONS, "Dental services should tell the school nurse before removing a "
                        + "child from the list."),
                tuple(SectionType.RECOMMENDATIONS, "Schools should review how lunchtime and support staff record and "
                        + "pass on what children say."));
    }

    private static Path spannedTablePdf(Path file) throws IOException {
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
                Canvas canvas = new Canvas(out, page);
                canvas.text(canvas.child(root, "H1"), "Background", 60, 780, true, 14);
                canvas.text(canvas.child(root, "P"), "The child was seven years old when the school raised concerns.",
                        60, 760, false, 10);
                canvas.text(canvas.child(root, "H1"), "Recommendations", 60, 730, true, 14);
                PDStructureElement table = canvas.child(root, "Table");
                // rows set close, as a word processor sets them: no wider gap between rows than between lines
                float y = canvas.row(canvas.child(table, "TR"), 700, new int[] {1, 3},
                        new String[] {"Recommendations agreed by the Board"});
                y = canvas.row(canvas.child(table, "TR"), y, new int[] {1, 1},
                        new String[] {"Theme"}, new String[] {"Recommendation"}, new String[] {"Lead"});
                y = canvas.row(canvas.child(table, "TR"), y, new int[] {2, 1},
                        new String[] {"Children not brought to", "appointments"},
                        new String[] {"The Board should", "agree a protocol for", "following up children",
                                "who are not brought to", "health appointments."},
                        new String[] {"Board"});
                y = canvas.row(canvas.child(table, "TR"), y, new int[] {1, 1}, Canvas.SECOND,
                        new String[] {"Dental services should", "tell the school nurse", "before removing a child",
                                "from the list."},
                        new String[] {"Health board"});
                canvas.row(canvas.child(table, "TR"), y, new int[] {1, 1},
                        new String[] {"Hearing the child"},
                        new String[] {"Schools should review", "how lunchtime and", "support staff record",
                                "and pass on what", "children say."},
                        new String[] {"Education"});
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** Draws marked content for structure elements, numbering it by MCID. */
    private static final class Canvas extends MarkedContentCanvas {
        private static final float[] COLUMN_X = {90, 234, 378};
        private static final float PITCH = 12.8f;
        /** The row starts in the second column: its first is held by the cell above. */
        static final String[] SECOND = null;

        Canvas(PDPageContentStream out, PDPage page) {
            super(out, page);
        }

        /**
         * One row of TD cells, each cell's lines {@link #PITCH} apart from {@code y} down; {@code spans} = {row span
         * of the first cell, column span of the first cell}; a leading {@link #SECOND} starts the row in column 2.
         * Returns the y of the next row.
         */
        float row(PDStructureElement tr, float y, int[] spans, String[]... cells) throws IOException {
            int column = 0;
            boolean first = true;
            int tallest = 1;
            for (String[] lines : cells) {
                if (lines == null) {
                    column++;
                    continue;
                }
                PDStructureElement cell = child(tr, "TD");
                if (first && (spans[0] > 1 || spans[1] > 1)) {
                    PDTableAttributeObject attributes = new PDTableAttributeObject();
                    if (spans[0] > 1) {
                        attributes.setRowSpan(spans[0]);
                    }
                    if (spans[1] > 1) {
                        attributes.setColSpan(spans[1]);
                    }
                    cell.addAttribute(attributes);
                }
                first = false;
                for (int i = 0; i < lines.length; i++) {
                    text(cell, lines[i], COLUMN_X[column], y - PITCH * i, false, 10);
                }
                tallest = Math.max(tallest, lines.length);
                column++;
            }
            return y - PITCH * tallest;
        }
    }
}
