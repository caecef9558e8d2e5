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
 * A two-column findings and recommendations table with every cell boxed by drawn borders (as a browser prints an
 * HTML table), run over a page break: one row is cut by the break and the next page does not repeat the header
 * row. The next page's cells, of equal width and parted by a drawn rule, are the table going on, not two text
 * columns: the cut row ends in them, and the row after it is a row of its own. The report has no learning section,
 * so the finding cells, their 'Finding N' labels aside, are its learning.
 */
class RuledTableOverPageBreakTest {

    private static final float TOP = 842;
    private static final float BODY = 11;
    private static final float PITCH = 13.5f;
    private static final float LEFT_RULE = 44;
    private static final float MIDDLE_RULE = 296;
    private static final float RIGHT_RULE = 548;

    @TempDir
    Path dir;

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @Test
    void aBoxedTableGoesOnOverThePageBreakWithoutItsHeaderRow() throws Exception {
        Path pdf = dir.resolve("table.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage first = new PDPage(PDRectangle.A4);
            PDPage second = new PDPage(PDRectangle.A4);
            doc.addPage(first);
            doc.addPage(second);
            try (PDPageContentStream out = new PDPageContentStream(doc, first)) {
                firstPage(out);
            }
            try (PDPageContentStream out = new PDPageContentStream(doc, second)) {
                secondPage(out);
            }
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Background", SectionType.BACKGROUND),
                tuple("Findings and recommendations", SectionType.FINDINGS),
                tuple("Conclusion", SectionType.CONCLUSION));
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text, ReportItem::page).containsExactly(
                tuple(SectionType.RECOMMENDATIONS, "The partnership should check that every kinship carer who asks "
                        + "for help is assessed within ten working days.", 1),
                tuple(SectionType.RECOMMENDATIONS, "Children's social care should tell new carers about a child's "
                        + "known online contacts before a placement begins.", 1),
                tuple(SectionType.RECOMMENDATIONS, "The health board should report to the partnership each quarter "
                        + "on how long children in care wait for a first appointment when they are referred to the "
                        + "mental health service.", 1),
                tuple(SectionType.RECOMMENDATIONS, "The local authority should make sure that a child's school "
                        + "records reach the new school before the first day.", 2),
                // the report states its learning nowhere else: the finding cells are its learning (FindingColumns)
                tuple(SectionType.LEARNING, "The aunt's calls for help were treated as a carer under strain, not as "
                        + "a sign of risk.", 1),
                tuple(SectionType.LEARNING, "Her online contacts were known to the social worker but not passed on "
                        + "when she moved.", 1),
                tuple(SectionType.LEARNING, "Child J waited fifteen weeks for a first appointment with the mental "
                        + "health service while her situation was getting worse at home and at school, and nobody "
                        + "followed the referral up with the family or the school.", 1),
                tuple(SectionType.LEARNING, "Child J started at a new school with no records about her history or "
                        + "her needs.", 2));
    }

    private void firstPage(PDPageContentStream out) throws IOException {
        text(out, bold, 20, 45, 70, "Local Child Safeguarding Practice Review: Child J");
        text(out, bold, 15, 45, 110, "Background");
        String[] background = {
            "Child J came into care at the age of eleven and lived first with her aunt, who asked",
            "for help several times before the placement ended in the spring of 2025. Her school",
            "noticed that she was tired and withdrawn, and her aunt said that she stayed out late",
            "and talked to older boys online. The GP referred her to the mental health service.",
            "When the placement ended she moved to foster carers on the other side of the county",
            "and changed school. Her social worker changed twice in the same months, and the new",
            "school received her file three weeks after she started there in the summer term."};
        for (int i = 0; i < background.length; i++) {
            body(out, 45, 135 + i * PITCH, background[i]);
        }
        text(out, bold, 15, 45, 570, "Findings and recommendations");
        body(out, 45, 595, "The review made four findings. Each is set out below with its recommendation.");
        float top = 620;
        box(out, top - 14, top + 6);
        text(out, bold, BODY, 50, top, "Finding");
        text(out, bold, BODY, 302, top, "Recommendation");
        top = row(out, top + 26, "Finding 1", new String[] {
            "The aunt's calls for help were treated as a", "carer under strain, not as a sign of risk."}, new String[] {
            "The partnership should check that every", "kinship carer who asks for help is assessed",
            "within ten working days."});
        top = row(out, top, "Finding 2", new String[] {
            "Her online contacts were known to the social", "worker but not passed on when she moved."},
            new String[] {"Children's social care should tell new carers", "about a child's known online contacts",
                "before a placement begins."});
        // the third row is cut by the page break: both its cells go on at the top of the next page
        box(out, top - 14, 815);
        text(out, bold, BODY, 50, top, "Finding 3");
        String[] finding = {"Child J waited fifteen weeks for a first", "appointment with the mental health",
            "service while her situation was getting", "worse at home and at school, and"};
        for (int i = 0; i < finding.length; i++) {
            body(out, 50, top + (i + 1) * PITCH, finding[i]);
        }
        String[] recommendation = {"The health board should report to the", "partnership each quarter on how long",
            "children in care wait for a first", "appointment when they are referred to"};
        for (int i = 0; i < recommendation.length; i++) {
            body(out, 302, top + i * PITCH, recommendation[i]);
        }
    }

    private void secondPage(PDPageContentStream out) throws IOException {
        float top = 60;
        box(out, 40, top + PITCH + 6);
        body(out, 50, top, "nobody followed the referral up with the");
        body(out, 302, top, "the mental health service.");
        body(out, 50, top + PITCH, "family or the school.");
        top = row(out, top + 2 * PITCH + 20, "Finding 4", new String[] {
            "Child J started at a new school with no", "records about her history or her needs."}, new String[] {
            "The local authority should make sure that a", "child's school records reach the new school",
            "before the first day."});
        text(out, bold, 15, 45, top + 30, "Conclusion");
        body(out, 45, top + 55, "Child J is now settled in a foster placement and sees her mother every fortnight.");
    }

    /** A row: a bold label over the finding on the left, the recommendation on the right; returns the next top. */
    private float row(PDPageContentStream out, float top, String label, String[] finding, String[] recommendation)
            throws IOException {
        int lines = Math.max(finding.length + 1, recommendation.length);
        box(out, top - 14, top + (lines - 1) * PITCH + 6);
        text(out, bold, BODY, 50, top, label);
        for (int i = 0; i < finding.length; i++) {
            body(out, 50, top + (i + 1) * PITCH, finding[i]);
        }
        for (int i = 0; i < recommendation.length; i++) {
            body(out, 302, top + i * PITCH, recommendation[i]);
        }
        return top + (lines - 1) * PITCH + 26;
    }

    /** The borders of a row's two cells, each a thin filled rectangle. */
    private static void box(PDPageContentStream out, float top, float bottom) throws IOException {
        for (float x : new float[] {LEFT_RULE, MIDDLE_RULE, RIGHT_RULE}) {
            out.addRect(x - 0.4f, TOP - bottom, 0.8f, bottom - top);
            out.fill();
        }
        for (float y : new float[] {top, bottom}) {
            out.addRect(LEFT_RULE, TOP - y - 0.4f, RIGHT_RULE - LEFT_RULE, 0.8f);
            out.fill();
        }
    }

    private void body(PDPageContentStream out, float x, float top, String text) throws IOException {
        if (!text.isEmpty()) {
            text(out, regular, BODY, x, top, text);
        }
    }

    private static void text(PDPageContentStream out, PDFont font, float size, float x, float top, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, TOP - top);
        out.showText(text);
        out.endText();
    }
}
