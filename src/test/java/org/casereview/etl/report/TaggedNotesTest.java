package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tagged report with a word processor's notes: a footnote tagged where it is called, inside a learning point's list
 * entry ({@code Footnote} role-mapped to {@code Note}), printed in small type at the page's foot, and endnotes in a
 * {@code Div} of {@code Note} elements after the body, printed after the last section; each called by a raised small
 * roman numeral ('i', 'ii', 'iii', a word processor's default for endnotes). A note is about the text, not part of it:
 * its words belong to no section and no item, and its call to no sentence. Invented content.
 */
class TaggedNotesTest {

    private static final float BODY = 10f;
    private static final float NOTE = 7.5f;
    private static final float LEADING = 14f;
    private static final float MARGIN = 60f;
    private static final PDType1Font WIDTHS = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @TempDir
    Path dir;

    @Test
    void notesAndTheirCallsAreInNoSectionAndNoItem() throws Exception {
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(write(dir.resolve("notes.pdf")));

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Introduction", SectionType.INTRODUCTION), tuple("Learning", SectionType.LEARNING),
                tuple("Recommendations", SectionType.RECOMMENDATIONS), tuple("Statement by reviewer", SectionType.OTHER));
        assertThat(report.document().sections().get(0).text()).isEqualTo(
                "Child Q, aged nine, had been known to the school nurse for a year. "
                        + "The board commissioned this review in the spring of 2024.");
        assertThat(report.document().sections().get(3).text())
                .isEqualTo("The reviewer was independent of the agencies and saw all of their records.");
        assertThat(report.document().sections()).extracting(Section::text)
                .noneMatch(text -> text.contains("invented health board") || text.contains("Progress will be")
                        || text.contains("weekly sessions"));
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "A child on a waiting list needs someone who checks on her while she waits."),
                tuple(SectionType.LEARNING, "Medicines kept in the home of a child who self-harms are a risk to her."),
                tuple(SectionType.RECOMMENDATIONS, "The health board should contact every waiting child each month."),
                tuple(SectionType.RECOMMENDATIONS, "Schools should share what their counsellors know, with consent."));
    }

    private static Path write(Path path) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            tree.setRoleMap(Map.of("Footnote", "Note", "Endnote", "P"));
            doc.getDocumentCatalog().setStructureTreeRoot(tree);
            PDMarkInfo info = new PDMarkInfo();
            info.setMarked(true);
            doc.getDocumentCatalog().setMarkInfo(info);
            PDStructureElement root = new PDStructureElement("Document", tree);
            tree.appendKid(root);
            PDStructureElement sect = new PDStructureElement("Sect", root);
            root.appendKid(sect);
            PDPage one = new PDPage(PDRectangle.A4);
            doc.addPage(one);
            try (PDPageContentStream out = new PDPageContentStream(doc, one)) {
                firstPage(new MarkedContentCanvas(out, one), root, sect);
            }
            PDPage two = new PDPage(PDRectangle.A4);
            doc.addPage(two);
            try (PDPageContentStream out = new PDPageContentStream(doc, two)) {
                MarkedContentCanvas canvas = new MarkedContentCanvas(out, two);
                float y = 770;
                canvas.text(canvas.child(sect, "H1"), "Statement by reviewer", MARGIN, y, true, 14);
                PDStructureElement p = canvas.child(sect, "P");
                String statement = "The reviewer was independent of the agencies and saw all of their records.";
                canvas.text(p, statement, MARGIN, y -= 22, false, BODY);
                call(canvas, p, "iii", statement, y);
                PDStructureElement notes = canvas.child(root, "Div");
                y -= 40;
                for (String note : new String[] {"i The school nursing service is run by an invented health board.",
                        "iii Progress will be reported to the board in April 2025."}) {
                    canvas.text(canvas.child(canvas.child(notes, "Note"), "Endnote"), note, MARGIN, y, false, NOTE);
                    y -= 10;
                }
            }
            doc.save(path.toFile());
        }
        return path;
    }

    private static void firstPage(MarkedContentCanvas canvas, PDStructureElement root, PDStructureElement sect)
            throws IOException {
        float y = 780;
        canvas.text(canvas.child(root, "P"), "Child Practice Review: Child Q", MARGIN, y, true, 18);
        canvas.text(canvas.child(root, "P"), "Invented Glynmawr Safeguarding Board. This review is invented.", MARGIN,
                y -= 22, false, 9);
        canvas.text(canvas.child(sect, "H1"), "Introduction", MARGIN, y -= 34, true, 14);
        PDStructureElement intro = canvas.child(sect, "P");
        String first = "Child Q, aged nine, had been known to the school nurse for a year.";
        canvas.text(intro, first, MARGIN, y -= 22, false, BODY);
        call(canvas, intro, "i", first, y);
        canvas.text(intro, "The board commissioned this review in the spring of 2024.", MARGIN, y -= LEADING, false,
                BODY);
        canvas.text(canvas.child(sect, "H1"), "Learning", MARGIN, y -= 30, true, 14);
        PDStructureElement learning = canvas.child(sect, "L");
        String waiting = "A child on a waiting list needs someone who checks on her while she waits.";
        PDStructureElement body = entry(canvas, learning, "\u2022", waiting, y -= 22);
        call(canvas, body, "ii", waiting, y);
        // the footnote is tagged where it is called and printed at the page's foot
        canvas.text(canvas.child(body, "Footnote"), "ii The counsellor saw Child Q in weekly sessions at school.",
                MARGIN, 60, false, NOTE);
        entry(canvas, learning, "\u2022", "Medicines kept in the home of a child who self-harms are a risk to her.",
                y -= LEADING);
        canvas.text(canvas.child(sect, "H1"), "Recommendations", MARGIN, y -= 30, true, 14);
        PDStructureElement recommendations = canvas.child(sect, "L");
        entry(canvas, recommendations, "1.", "The health board should contact every waiting child each month.",
                y -= 22);
        entry(canvas, recommendations, "2.", "Schools should share what their counsellors know, with consent.",
                y -= LEADING);
    }

    /** A list entry: its Lbl and its LBody's paragraph on one line; the LBody's P, where a call and a note may go. */
    private static PDStructureElement entry(MarkedContentCanvas canvas, PDStructureElement list, String label,
                                            String text, float y) throws IOException {
        PDStructureElement item = canvas.child(list, "LI");
        canvas.text(canvas.child(item, "Lbl"), label, MARGIN, y, false, BODY);
        PDStructureElement p = canvas.child(canvas.child(item, "LBody"), "P");
        canvas.text(p, text, MARGIN + 16, y, false, BODY);
        return p;
    }

    /** A note's call: a raised small roman numeral right after the line's last word, tagged as a Reference. */
    private static void call(MarkedContentCanvas canvas, PDStructureElement paragraph, String number, String line,
                             float y) throws IOException {
        float x = MARGIN + (paragraph.getParent() instanceof PDStructureElement parent
                && "LBody".equals(parent.getStructureType()) ? 16 : 0) + WIDTHS.getStringWidth(line) / 1000 * BODY;
        canvas.text(canvas.child(paragraph, "Reference"), number, x, y + 4, false, 6);
    }
}
