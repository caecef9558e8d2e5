package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.assertj.core.groups.Tuple;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tagged table Theme | Learning | Action in a learning section: each row holds a learning point and the action
 * agreed for it. The header names two kinds of item, so each row gives one of each: the Learning cell a learning
 * item, the Action cell a recommendation.
 */
class TaggedTwoKindTableTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float[] COLUMN_X = {50, 200, 480};

    private static final String[][] ROWS = {
        {"Missing episodes", "Repeated missing episodes show harm outside the home|and need a plan for the pattern.",
            "The partnership should discuss a child missing three|times in ninety days at the exploitation meeting."},
        {"School", "A part-time timetable takes a child out of a safe place|and is a safeguarding decision.",
            "Schools should tell the social worker before a|part-time timetable begins."},
        {"Voice", "When a child says she is safe against the evidence,|practitioners act on the evidence.",
            "Police should record why a strategy discussion|ends without an enquiry."}};

    @TempDir
    Path dir;

    @Test
    void aHeaderNamingLearningAndActionGivesALearningItemAndARecommendationFromEachRow() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(tablePdf(dir.resolve("one-page.pdf"), false));

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text, ReportItem::page)
                .containsExactlyInAnyOrder(expected(1, 1, 1));
    }

    /** The third row goes over the page break with the header printed again: one TH holds 'Action' twice. */
    @Test
    void aHeaderRepeatedOverAPageBreakStillNamesItsKinds() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(tablePdf(dir.resolve("two-pages.pdf"), true));

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text, ReportItem::page)
                .containsExactlyInAnyOrder(expected(1, 1, 1));
    }

    /** Each row's two items, on the page where the row starts. */
    private static Tuple[] expected(int... pages) {
        Tuple[] tuples = new Tuple[ROWS.length * 2];
        for (int r = 0; r < ROWS.length; r++) {
            tuples[2 * r] = tuple(SectionType.LEARNING, ROWS[r][1].replace('|', ' '), pages[r]);
            tuples[2 * r + 1] = tuple(SectionType.RECOMMENDATIONS, ROWS[r][2].replace('|', ' '), pages[r]);
        }
        return tuples;
    }

    private static Path tablePdf(Path file, boolean lastRowOverPageBreak) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            document.getDocumentCatalog().setStructureTreeRoot(tree);
            PDMarkInfo info = new PDMarkInfo();
            info.setMarked(true);
            document.getDocumentCatalog().setMarkInfo(info);
            PDStructureElement root = new PDStructureElement("Document", tree);
            tree.appendKid(root);
            PDRectangle landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage first = new PDPage(landscape);
            PDPage second = new PDPage(landscape);
            document.addPage(first);
            document.addPage(second);
            try (PDPageContentStream out = new PDPageContentStream(document, first);
                 PDPageContentStream next = new PDPageContentStream(document, second)) {
                Canvas one = new Canvas(out, first);
                Canvas two = new Canvas(next, second);
                one.text(one.child(root, "H1"), "1. Background", 50, 540, true, 14);
                one.text(one.child(root, "P"), "The family moved to the area when the girl was eleven years old.",
                        50, 520, false, 10);
                one.text(one.child(root, "H1"), "2. Learning and actions", 50, 490, true, 14);
                PDStructureElement table = one.child(root, "Table");
                PDStructureElement headerRow = one.child(one.child(table, "THead"), "TR");
                PDStructureElement[] header = new PDStructureElement[3];
                String[] names = {"Theme", "Learning", "Action"};
                for (int c = 0; c < 3; c++) {
                    header[c] = one.child(headerRow, "TH");
                    one.text(header[c], names[c], COLUMN_X[c], 460, true, 10);
                }
                PDStructureElement body = one.child(table, "TBody");
                float y = 430;
                for (int r = 0; r < ROWS.length; r++) {
                    PDStructureElement row = one.child(body, "TR");
                    boolean split = lastRowOverPageBreak && r == ROWS.length - 1;
                    for (int c = 0; c < 3; c++) {
                        PDStructureElement cell = one.child(row, "TD");
                        String[] lines = ROWS[r][c].split("\\|");
                        if (split) {
                            one.text(cell, lines[0], COLUMN_X[c], 60, false, 10);
                            if (lines.length > 1) {
                                two.textOf(cell, lines[1], COLUMN_X[c], 520, false);
                            }
                        } else {
                            for (int i = 0; i < lines.length; i++) {
                                one.text(cell, lines[i], COLUMN_X[c], y - 14 * i, false, 10);
                            }
                        }
                    }
                    y -= 50;
                }
                if (lastRowOverPageBreak) {
                    for (int c = 0; c < 3; c++) {
                        two.textOf(header[c], names[c], COLUMN_X[c], 550, true);
                    }
                }
                two.text(two.child(root, "H1"), "3. Conclusion", 50, 480, true, 14);
                two.text(two.child(root, "P"), "The girl now lives with her aunt outside the borough and is well.",
                        50, 460, false, 10);
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** Marked content numbered on its own page; text of an element begun on an earlier page by reference. */
    private static final class Canvas extends MarkedContentCanvas {
        private final PDPageContentStream out;
        private final PDPage page;
        private int references = 1000;

        Canvas(PDPageContentStream out, PDPage page) {
            super(out, page);
            this.out = out;
            this.page = page;
        }

        /** One line on this page as marked content of an element begun on another page (an MCR naming this page). */
        void textOf(PDStructureElement element, String text, float x, float y, boolean bold) throws IOException {
            int mcid = references++;
            COSDictionary properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            out.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
            out.beginText();
            out.setFont(bold ? BOLD : REGULAR, 10);
            out.newLineAtOffset(x, y);
            out.showText(text);
            out.endText();
            out.endMarkedContent();
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setMCID(mcid);
            reference.setPage(page);
            element.appendKid(reference);
        }
    }
}
