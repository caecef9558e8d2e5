package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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
 * Three invented reports (every partnership, child and person invented) in shapes the reports-e2e README's tables do
 * not list, written here with PDFBox and read as the job reads them: a ruled findings table whose 'Learning' and
 * 'Recommendation' are columns of the same row; recommendations as numbered lists whose numbers restart under each
 * finding; headings in the body's size and weight shown only by their colour.
 */
class GeneralisationProbeTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float TOP = 842;

    @TempDir
    Path dir;

    /** One row per finding: Finding | Learning | Recommendation, ruled; each Learning cell a learning item, each Recommendation cell a recommendation. */
    @Test
    void aFindingsTableWithLearningAndRecommendationColumnsGivesBothKindsOfItem() throws Exception {
        Path pdf = dir.resolve("table.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                show(out, BOLD, 18, 56, 70, "Invented Vale Safeguarding Partnership");
                show(out, BOLD, 15, 56, 92, "Child Safeguarding Practice Review: Child V");
                show(out, BOLD, 13, 56, 130, "1. Introduction");
                show(out, REGULAR, 10, 56, 148, "This invented review concerns Child V, a girl of six who was neglected"
                        + " over two years while known to three agencies.");
                show(out, BOLD, 13, 56, 180, "2. Findings, learning and recommendations");
                float[] edges = {56, 200, 370, 540};
                String[] header = {"Finding", "Learning", "Recommendation"};
                String[][][] rows = {
                        {{"Neglect was seen in single", "episodes, never as a pattern."},
                                {"A chronology shared between", "agencies shows a pattern that", "no single episode shows."},
                                {"The partnership should require a", "multi-agency chronology at every", "second referral."}},
                        {{"The school's concerns did not", "reach the health visitor."},
                                {"School nurses are the link", "between education and health", "for children over five."},
                                {"The health trust should give school", "nurses access to the health", "visiting record."}},
                        {{"Child V's voice was not", "recorded in any assessment."},
                                {"A child of six can say what", "home is like if she is asked", "on her own."},
                                {"Children's social care should audit", "assessments for the child's own", "words each quarter."}}};
                float y = 200;
                rule(out, edges[0], y, edges[3] - edges[0]);
                for (int c = 0; c < 3; c++) {
                    show(out, BOLD, 10, edges[c] + 4, y + 13, header[c]);
                }
                float rowTop = y;
                y += 20;
                rule(out, edges[0], y, edges[3] - edges[0]);
                for (String[][] row : rows) {
                    for (int c = 0; c < 3; c++) {
                        for (int i = 0; i < row[c].length; i++) {
                            show(out, REGULAR, 10, edges[c] + 4, y + 13 + 12 * i, row[c][i]);
                        }
                    }
                    y += 46;
                    rule(out, edges[0], y, edges[3] - edges[0]);
                }
                for (float x : edges) {
                    out.addRect(x, TOP - y, 0.6f, y - rowTop);
                    out.fill();
                }
                show(out, BOLD, 13, 56, y + 36, "3. Conclusion");
                show(out, REGULAR, 10, 56, y + 54, "The partnership has accepted the recommendations and will report on"
                        + " them in its annual report.");
            }
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading).containsExactly("1. Introduction",
                "2. Findings, learning and recommendations", "3. Conclusion");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "A chronology shared between agencies shows a pattern that no single episode shows."),
                tuple(SectionType.LEARNING, "School nurses are the link between education and health for children over five."),
                tuple(SectionType.LEARNING, "A child of six can say what home is like if she is asked on her own."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should require a multi-agency chronology at every second referral."),
                tuple(SectionType.RECOMMENDATIONS, "The health trust should give school nurses access to the health visiting record."),
                tuple(SectionType.RECOMMENDATIONS, "Children's social care should audit assessments for the child's own words each quarter."));
    }

    /** Under each bold 'Finding N' sub-heading a paragraph, then its recommendations numbered from 1 again. */
    @Test
    void recommendationsNumberedAfreshUnderEachFindingAreAllItems() throws Exception {
        Path pdf = dir.resolve("restart.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                show(out, BOLD, 18, 56, 70, "Local Child Safeguarding Practice Review: Baby K");
                show(out, REGULAR, 11, 56, 90, "Invented Moorbank Safeguarding Children Partnership");
                show(out, BOLD, 14, 56, 130, "Introduction");
                show(out, REGULAR, 10, 56, 148, "This invented review concerns Baby K, who was injured at eight weeks"
                        + " old by her father.");
                show(out, BOLD, 14, 56, 180, "Findings and recommendations");
                float y = 200;
                String[][] findings = {
                        {"Finding 1: fathers were not seen", "The health visitor saw the mother alone at each of four visits.",
                                "The partnership should ask agencies to record every adult in a baby's home.",
                                "Health visitors should offer a visit when the father is at home."},
                        {"Finding 2: crying was not discussed", "No practitioner asked how the parents coped with crying.",
                                "Midwives should give advice on coping with crying before discharge.",
                                "The partnership should run a campaign on crying for both parents."}};
                for (String[] finding : findings) {
                    show(out, BOLD, 10, 56, y, finding[0]);
                    show(out, REGULAR, 10, 56, y + 16, finding[1]);
                    y += 34;
                    for (int i = 2; i < finding.length; i++) {
                        show(out, REGULAR, 10, 56, y, (i - 1) + ".");
                        show(out, REGULAR, 10, 72, y, finding[i]);
                        y += 16;
                    }
                    y += 12;
                }
                show(out, BOLD, 14, 56, y + 10, "Conclusion");
                show(out, REGULAR, 10, 56, y + 28, "The partnership will publish an action plan within three months.");
            }
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.RECOMMENDATIONS, "The partnership should ask agencies to record every adult in a baby's home."),
                tuple(SectionType.RECOMMENDATIONS, "Health visitors should offer a visit when the father is at home."),
                tuple(SectionType.RECOMMENDATIONS, "Midwives should give advice on coping with crying before discharge."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should run a campaign on crying for both parents."));
    }

    /** Headings in the body's font, size and weight, told from the text only by their colour (a dark teal). */
    @Test
    void headingsShownOnlyByColourAreSections() throws Exception {
        Path pdf = dir.resolve("colour.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                show(out, BOLD, 18, 56, 70, "Rapid Learning Review: Child N");
                show(out, REGULAR, 11, 56, 90, "Invented Westerleigh Safeguarding Partnership");
                float y = 130;
                String[][] parts = {
                        {"Why we carried out this review", "Child N, a boy of four, was admitted to hospital with burns.",
                                "The partnership wanted to understand how the nursery's concerns were shared."},
                        {"Child N and his family", "Child N lived with his mother and her partner in a rented flat.",
                                "He went to the same nursery from the age of two."},
                        {"The nursery's records", "Child N's nursery saw three small burns over six weeks and recorded them.",
                                "The records were not shared with the health visitor or with social care."},
                        {"What we learned", "1. A pattern of minor injuries needs the same response as one serious injury.",
                                "2. Nursery staff need to know who to tell when a concern is not theirs to assess."},
                        {"What we recommend", "1. The partnership should publish guidance on patterns of minor injury.",
                                "2. Early years settings should share injury records with the health visitor monthly."}};
                for (String[] part : parts) {
                    out.setNonStrokingColor(0f, 0.4f, 0.45f);
                    show(out, REGULAR, 10, 56, y, part[0]);
                    out.setNonStrokingColor(0f, 0f, 0f);
                    for (int i = 1; i < part.length; i++) {
                        show(out, REGULAR, 10, 56, y + 16 * i, part[i]);
                    }
                    y += 16 * part.length; // no more space before a heading than between lines: the colour alone
                }
            }
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading).containsExactly(
                "Why we carried out this review", "Child N and his family", "The nursery's records", "What we learned",
                "What we recommend");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "A pattern of minor injuries needs the same response as one serious injury."),
                tuple(SectionType.LEARNING, "Nursery staff need to know who to tell when a concern is not theirs to assess."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should publish guidance on patterns of minor injury."),
                tuple(SectionType.RECOMMENDATIONS, "Early years settings should share injury records with the health visitor monthly."));
    }

    private static void rule(PDPageContentStream out, float x, float y, float width) throws IOException {
        out.addRect(x, TOP - y, width, 0.6f);
        out.fill();
    }

    /** Text with its baseline {@code y} from the page's top. */
    private static void show(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, TOP - y);
        out.showText(text);
        out.endText();
    }
}
