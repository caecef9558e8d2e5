package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * A tagged three-column table 'Learning point | Why it matters | What should happen' (as a browser prints it): the
 * first row on page 1, the header row printed again at the top of page 2 as marked content of the Table itself,
 * outside any TR, and the other rows below it. Read line by line, the three narrow columns mix their words on every
 * baseline (and a word broken after its hyphen runs into the next column's word), yet every row gives its learning
 * point and its recommendation, in the structure tree's order, each on the page where its row is printed.
 */
class TaggedTableOverPageBreakTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float[] COLUMN_X = {50, 230, 410};
    private static final String[] HEADER = {"Learning point", "Why it matters", "What should happen"};
    private static final float LEADING = 12;

    /** Each cell's printed lines, '|' between them. The first row stands on page 1, the others on page 2. */
    private static final String[][] ROWS = {
        {"Plans made after a crisis|keep a girl safe only when|every carer knows what|they say.",
            "Her carers had not been|given any of the two plans|that were written after|the crisis.",
            "Health and social care should|send each plan to the|girl's carers on the day|it is made."},
        {"A move to a flat is not a|setting that can meet the|needs of a girl who self-|harms without more help.",
            "The move was agreed as she|asked for it, with no view|of whether the staff could|keep her safe.",
            "The council should assess|the risk before any girl who|self-harms moves to a flat|of her own."},
        {"A change of social worker|breaks the bond through|which a girl's feelings|are seen.",
            "She told her aunt she had|stopped trying to explain|herself to each new worker|in turn.",
            "Social care should visit|with the outgoing worker|whenever a girl's social|worker changes."},
        {"A review put off twice|takes away the point at|which a failing plan is|noticed.",
            "The review due in the new|year was put off twice and|never set again before|she died.",
            "The reviewing service|should escalate any review|more than four weeks late|to a manager."},
        {"Visits to the emergency|unit again and again are a|pattern of risk, not single|events.",
            "Each visit was seen by a|different doctor and no one|looked at all of them|together.",
            "The hospital should flag|a third visit for self-harm|in a year to the named|nurse."}};

    @TempDir
    Path dir;

    @Test
    void everyRowGivesItsLearningPointAndItsRecommendationInTreeOrderOnItsPage() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(tablePdf(dir.resolve("table.pdf")));

        List<Tuple> expected = new ArrayList<>();
        for (int r = 0; r < ROWS.length; r++) {
            int page = r == 0 ? 1 : 2;
            expected.add(tuple(SectionType.LEARNING, printed(ROWS[r][0]), page));
            expected.add(tuple(SectionType.RECOMMENDATIONS, printed(ROWS[r][2]), page));
        }
        assertThat(report.items()).filteredOn(i -> i.type() != SectionType.GOOD_PRACTICE)
                .extracting(ReportItem::type, ReportItem::text, ReportItem::page)
                .containsExactlyElementsOf(expected);
    }

    private static String printed(String cell) {
        return cell.replace("-|", "-").replace('|', ' ');
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
            PDPage first = new PDPage(PDRectangle.A4);
            PDPage second = new PDPage(PDRectangle.A4);
            document.addPage(first);
            document.addPage(second);
            try (PDPageContentStream out = new PDPageContentStream(document, first);
                 PDPageContentStream next = new PDPageContentStream(document, second)) {
                Canvas one = new Canvas(out, first);
                Canvas two = new Canvas(next, second);
                one.text(one.child(root, "H1"), "1. Background", 50, 780, true, 14);
                one.text(one.child(root, "P"), "The girl came into care at fourteen and moved three times in a year.",
                        50, 760, false, 9);
                one.text(one.child(root, "P"), "She was seen at the emergency unit four times in the last months.",
                        50, 748, false, 9);
                one.text(one.child(root, "H1"), "2. Learning and what should happen", 50, 710, true, 14);
                one.text(one.child(root, "P"), "The table sets out each learning point and what should follow it.",
                        50, 690, false, 9);
                PDStructureElement table = one.child(root, "Table");
                PDStructureElement headerRow = one.child(one.child(table, "THead"), "TR");
                for (int c = 0; c < HEADER.length; c++) {
                    one.text(one.child(headerRow, "TH"), HEADER[c], COLUMN_X[c], 660, true, 9);
                }
                PDStructureElement body = one.child(table, "TBody");
                row(one, body, ROWS[0], 640);
                for (int c = 0; c < HEADER.length; c++) {
                    two.textOf(table, HEADER[c], COLUMN_X[c], 790, true);
                }
                float y = 770;
                for (int r = 1; r < ROWS.length; r++) {
                    row(two, body, ROWS[r], y);
                    y -= 4 * LEADING + 10;
                }
                two.text(two.child(root, "H1"), "3. Conclusion", 50, y - 20, true, 14);
                two.text(two.child(root, "P"), "The partnership will report on these actions within twelve months.",
                        50, y - 40, false, 9);
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static void row(Canvas canvas, PDStructureElement body, String[] cells, float top) throws IOException {
        PDStructureElement row = canvas.child(body, "TR");
        for (int c = 0; c < cells.length; c++) {
            PDStructureElement cell = canvas.child(row, "TD");
            String[] lines = cells[c].split("\\|");
            for (int i = 0; i < lines.length; i++) {
                canvas.text(cell, lines[i], COLUMN_X[c], top - LEADING * i, false, 9);
            }
        }
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
            out.setFont(bold ? BOLD : REGULAR, 9);
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
