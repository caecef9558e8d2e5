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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tagged numbered list as LibreOffice Writer tags it (batch45 Ferndale Valley's shape, invented text): each LI holds
 * an LBody whose text opens with the printed label '1.', no Lbl element; the first entry ends with a raised footnote
 * call. The items are the entries' words without their labels.
 */
class WriterNumberedListLabelsTest {

    @TempDir
    Path dir;

    @Test
    void theLabelPrintedInsideTheBodyIsNoPartOfTheItem() throws Exception {
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(write());
        assertThat(report.items()).extracting(ReportItem::text).allSatisfy(text -> assertThat(text).doesNotStartWith("1.")
                .doesNotStartWith("2.").doesNotStartWith("3."));
        assertThat(report.items()).extracting(ReportItem::text).contains("Practitioners should speak with every adult"
                + " who cares for a baby, including fathers who are not present at planned contacts.");
    }

    private Path write() throws IOException {
        Path file = dir.resolve("writer-list.pdf");
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
                canvas.text(canvas.child(root, "H1"), "4. Findings", 57, 780, true, 14);
                canvas.text(canvas.child(root, "P"), "Fathers were largely invisible to the services working with the"
                        + " baby, and nobody asked him how he coped.", 57, 760, false, 10);
                canvas.text(canvas.child(root, "H1"), "5. Learning", 57, 730, true, 14);
                PDStructureElement list = canvas.child(root, "L");
                entry(canvas, list, 710, "1.", "Practitioners should speak with every adult who cares for a baby,",
                        "including fathers who are not present at planned contacts.", true);
                entry(canvas, list, 680, "2.", "Advice about coping with crying should be given to both parents",
                        "and repeated at every contact in the first months.", false);
                entry(canvas, list, 650, "3.", "A parent's mental health difficulty is relevant to the safety of",
                        "the baby and should be shared with the health visitor.", false);
                canvas.text(canvas.child(root, "H1"), "6. Recommendations", 57, 610, true, 14);
                PDStructureElement recs = canvas.child(root, "L");
                entry(canvas, recs, 590, "1.", "The partnership should ensure that agencies record every adult",
                        "in the household at the first contact with a new baby.", false);
                entry(canvas, recs, 560, "2.", "Health visiting and midwifery should deliver the coping with",
                        "crying programme to fathers as well as mothers.", false);
                canvas.text(canvas.child(root, "P"), "2 The programme is run by the health visiting service.",
                        57, 60, false, 8);
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** An LI whose LBody holds the label, the entry's two lines and, for the first, a raised note call. */
    private static void entry(MarkedContentCanvas canvas, PDStructureElement list, float y, String label, String first,
                              String second, boolean noteCall) throws IOException {
        PDStructureElement body = canvas.child(canvas.child(list, "LI"), "LBody");
        canvas.text(body, label, 57, y, false, 10);
        canvas.text(body, first, 75, y, false, 10);
        canvas.text(body, second, 75, y - 12, false, 10);
        if (noteCall) {
            canvas.text(body, "2", 75 + second.length() * 4.6f, y - 8, false, 6);
        }
    }
}
