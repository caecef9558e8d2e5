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
 * Session 31's probe: three invented reports (every partnership, child and person invented) in shapes neither the
 * reports-e2e README's tables nor {@link GeneralisationProbeTest} list, written here with PDFBox and read as the job
 * reads them: learning points as a glossary-like definition list (a bold term on its own line, its text indented
 * under it); recommendations run inline in one paragraph as '(a) ...; (b) ...; and (c) ...'; and learning and
 * recommendations side by side in two columns with no rules, each learning point level with the recommendation it
 * leads to. The first is read right since {@link TermsOverText}; the second since {@link InlineClauses} and the third
 * since the column headed by the section's kind gives its items (session 33, left-s33; both were disabled before).
 */
class GeneralisationProbeS31Test {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float TOP = 842;

    @TempDir
    Path dir;

    @Test
    void learningPointsAsADefinitionListAreOneItemEach() throws Exception {
        Path pdf = dir.resolve("definitions.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                show(out, BOLD, 18, 56, 70, "Child Safeguarding Practice Review: Child H");
                show(out, REGULAR, 11, 56, 90, "Invented Carrowdale Safeguarding Partnership");
                show(out, BOLD, 14, 56, 130, "Introduction");
                show(out, REGULAR, 10, 56, 148, "This invented review concerns Child H, a boy of three who was"
                        + " admitted to hospital with a head injury.");
                show(out, BOLD, 14, 56, 180, "Learning points");
                float y = 200;
                String[][] terms = {
                        {"Professional curiosity", "Practitioners accepted the mother's account of each bruise without",
                                "asking to see where and how the injury happened."},
                        {"Hidden men", "The mother's partner lived in the home but was never seen or checked."},
                        {"Escalation", "The nursery's worries were raised twice with the health visitor and not",
                                "taken further when nothing changed."}};
                for (String[] term : terms) {
                    show(out, BOLD, 10, 56, y, term[0]);
                    for (int i = 1; i < term.length; i++) {
                        show(out, REGULAR, 10, 74, y + 14 * i, term[i]);
                    }
                    y += 14 * term.length + 10;
                }
                show(out, BOLD, 14, 56, y + 10, "Recommendations");
                show(out, REGULAR, 10, 56, y + 28, "1.");
                show(out, REGULAR, 10, 72, y + 28, "The partnership should train practitioners to ask who lives in the home.");
                show(out, REGULAR, 10, 56, y + 42, "2.");
                show(out, REGULAR, 10, 72, y + 42, "Nurseries should be able to escalate a concern straight to social care.");
            }
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Introduction", SectionType.INTRODUCTION), tuple("Learning points", SectionType.LEARNING),
                tuple("Recommendations", SectionType.RECOMMENDATIONS));
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Professional curiosity: Practitioners accepted the mother's account of each"
                        + " bruise without asking to see where and how the injury happened."),
                tuple(SectionType.LEARNING, "Hidden men: The mother's partner lived in the home but was never seen or checked."),
                tuple(SectionType.LEARNING, "Escalation: The nursery's worries were raised twice with the health visitor"
                        + " and not taken further when nothing changed."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should train practitioners to ask who lives in the home."),
                tuple(SectionType.RECOMMENDATIONS, "Nurseries should be able to escalate a concern straight to social care."));
    }

    @Test
    void recommendationsRunInlineAsLetteredClausesAreOneItemEach() throws Exception {
        Path pdf = dir.resolve("inline.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                show(out, BOLD, 18, 56, 70, "Serious Case Review: Baby R");
                show(out, REGULAR, 11, 56, 90, "Invented Lowmere Local Safeguarding Children Board");
                show(out, BOLD, 14, 56, 130, "Introduction");
                show(out, REGULAR, 10, 56, 148, "This invented review concerns Baby R, who died at ten weeks old"
                        + " after an unsafe sleep.");
                show(out, BOLD, 14, 56, 180, "Lessons learned");
                show(out, REGULAR, 10, 56, 198, "1.");
                show(out, REGULAR, 10, 72, 198, "Safe sleep advice was given to the mother but never to the father.");
                show(out, REGULAR, 10, 56, 212, "2.");
                show(out, REGULAR, 10, 72, 212, "The family's move to temporary housing was not shared with health.");
                show(out, BOLD, 14, 56, 244, "Recommendations");
                String[] lines = {
                        "The Board recommends that: (a) midwives and health visitors give safe sleep advice to",
                        "both parents and record who received it; (b) the housing service tells the health visiting",
                        "team within a week when a family with a baby moves into temporary accommodation; and",
                        "(c) the Board audits the use of the safe sleep assessment in twelve months."};
                for (int i = 0; i < lines.length; i++) {
                    show(out, REGULAR, 10, 56, 262 + 14 * i, lines[i]);
                }
            }
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading).containsExactly("Introduction",
                "Lessons learned", "Recommendations");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Safe sleep advice was given to the mother but never to the father."),
                tuple(SectionType.LEARNING, "The family's move to temporary housing was not shared with health."),
                tuple(SectionType.RECOMMENDATIONS, "midwives and health visitors give safe sleep advice to both parents"
                        + " and record who received it"),
                tuple(SectionType.RECOMMENDATIONS, "the housing service tells the health visiting team within a week"
                        + " when a family with a baby moves into temporary accommodation"),
                tuple(SectionType.RECOMMENDATIONS, "the Board audits the use of the safe sleep assessment in twelve months."));
    }

    @Test
    void learningAndRecommendationsSideBySideWithoutRulesGiveBothKindsOfItem() throws Exception {
        Path pdf = dir.resolve("side-by-side.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                show(out, BOLD, 18, 56, 70, "Local Child Safeguarding Practice Review: Child F");
                show(out, REGULAR, 11, 56, 90, "Invented Eskbridge Children's Safeguarding Partnership");
                show(out, BOLD, 14, 56, 130, "Introduction");
                show(out, REGULAR, 10, 56, 148, "This invented review concerns Child F, a girl of thirteen who was"
                        + " exploited by adults she met online.");
                show(out, BOLD, 14, 56, 180, "Learning and recommendations");
                show(out, BOLD, 10, 56, 204, "What we learned");
                show(out, BOLD, 10, 310, 204, "What we recommend");
                String[][][] rows = {
                        {{"Online contact with adults was", "treated as a school matter."},
                                {"The partnership should include", "online harm in its exploitation", "screening tool."}},
                        {{"Child F's missing episodes were", "short and were not reported."},
                                {"Carers should report every", "missing episode, however short."}},
                        {{"Nobody asked Child F who her", "new friends were."},
                                {"Practitioners should ask a child", "about new friends at each visit."}}};
                float y = 224;
                for (String[][] row : rows) {
                    int height = Math.max(row[0].length, row[1].length);
                    for (int i = 0; i < row[0].length; i++) {
                        show(out, REGULAR, 10, 56, y + 13 * i, row[0][i]);
                    }
                    for (int i = 0; i < row[1].length; i++) {
                        show(out, REGULAR, 10, 310, y + 13 * i, row[1][i]);
                    }
                    y += 13 * height + 12;
                }
                show(out, BOLD, 14, 56, y + 12, "Conclusion");
                show(out, REGULAR, 10, 56, y + 30, "The partnership has accepted the recommendations in full.");
            }
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading).containsExactly("Introduction",
                "Learning and recommendations", "Conclusion");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Online contact with adults was treated as a school matter."),
                tuple(SectionType.LEARNING, "Child F's missing episodes were short and were not reported."),
                tuple(SectionType.LEARNING, "Nobody asked Child F who her new friends were."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should include online harm in its exploitation"
                        + " screening tool."),
                tuple(SectionType.RECOMMENDATIONS, "Carers should report every missing episode, however short."),
                tuple(SectionType.RECOMMENDATIONS, "Practitioners should ask a child about new friends at each visit."));
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
