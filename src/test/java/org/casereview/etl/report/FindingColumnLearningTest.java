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
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A findings section holding a boxed table No | Finding | Recommendation (every cell bordered, as a word processor's
 * table grid prints). When the report states its learning nowhere else, each finding cell is a learning item beside
 * the recommendation cells; when it has a learning section of its own, the findings are the ground for the
 * recommendations and give no learning.
 */
class FindingColumnLearningTest {

    private static final float TOP = 842;
    private static final float BODY = 10;
    private static final float PITCH = 12.5f;
    private static final float[] RULES = {50, 90, 310, 545};

    private static final String[][] ROWS = {
        {"1", "The school nurse knew of the|weight loss but no referral|followed for two months.",
            "The health trust should set out|when a school nurse must refer|a child's weight loss to the GP."},
        {"2", "Finding 2|The step-father's|convictions were not checked|before the child protection|conference.",
            "The police should bring|checks on every adult in the|household to each conference."},
        {"3", "Housing moved the family three|times without telling the|health visitor.",
            "The housing service should tell|the health visitor when a family|with a baby is moved."}};

    @TempDir
    Path dir;

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @Test
    void withNoLearningElsewhereTheFindingCellsAreTheLearning() throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf(false));

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactlyInAnyOrder(
                tuple(SectionType.LEARNING, "The school nurse knew of the weight loss but no referral followed for "
                        + "two months."),
                tuple(SectionType.LEARNING, "The step-father's convictions were not checked before the child "
                        + "protection conference."),
                tuple(SectionType.LEARNING, "Housing moved the family three times without telling the health "
                        + "visitor."),
                tuple(SectionType.RECOMMENDATIONS, "The health trust should set out when a school nurse must refer a "
                        + "child's weight loss to the GP."),
                tuple(SectionType.RECOMMENDATIONS, "The police should bring checks on every adult in the household to "
                        + "each conference."),
                tuple(SectionType.RECOMMENDATIONS, "The housing service should tell the health visitor when a family "
                        + "with a baby is moved."));
    }

    @Test
    void aLearningSectionOfItsOwnLeavesTheFindingCellsAsGround() throws Exception {
        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf(true));

        assertThat(report.items()).extracting(ReportItem::type).containsExactly(SectionType.RECOMMENDATIONS,
                SectionType.RECOMMENDATIONS, SectionType.RECOMMENDATIONS, SectionType.LEARNING, SectionType.LEARNING);
    }

    private Path pdf(boolean learningSection) throws IOException {
        Path path = dir.resolve(learningSection ? "with-learning.pdf" : "findings-only.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                text(out, bold, 18, 50, 60, "Rapid Review: Child D");
                text(out, bold, 14, 50, 100, "Background");
                text(out, regular, BODY, 50, 120, "Child D is two. He was found with a fractured arm at his "
                        + "grandmother's flat in the autumn.");
                text(out, bold, 14, 50, 155, "Findings and recommendations");
                text(out, regular, BODY, 50, 175, "The panel agreed three findings and a recommendation for each.");
                float top = 205;
                box(out, top - 12, top + 6);
                text(out, bold, BODY, 56, top, "No");
                text(out, bold, BODY, 96, top, "Finding");
                text(out, bold, BODY, 316, top, "Recommendation");
                top += 22;
                for (String[] row : ROWS) {
                    top = row(out, top, row);
                }
                if (learningSection) {
                    text(out, bold, 14, 50, top + 10, "Learning");
                    text(out, regular, BODY, 56, top + 30, "\u2022");
                    text(out, regular, BODY, 68, top + 30, "Practitioners need to know who lives in the home and "
                            + "who visits it.");
                    text(out, regular, BODY, 56, top + 45, "\u2022");
                    text(out, regular, BODY, 68, top + 45, "A move of house is a time of risk for a baby already "
                            + "known to services.");
                    top += 60;
                }
                text(out, bold, 14, 50, top + 20, "Conclusion");
                text(out, regular, BODY, 50, top + 40, "Child D now lives with his father and is doing well.");
            }
            document.save(path.toFile());
        }
        return path;
    }

    /** A row of three boxed cells, each cell's lines from the row's top; returns the next row's top. */
    private float row(PDPageContentStream out, float top, String[] cells) throws IOException {
        String[] finding = cells[1].split("\\|");
        String[] recommendation = cells[2].split("\\|");
        int lines = Math.max(finding.length, recommendation.length);
        box(out, top - 12, top + (lines - 1) * PITCH + 6);
        text(out, regular, BODY, 56, top, cells[0]);
        for (int i = 0; i < finding.length; i++) {
            // the second row's finding opens with its own label, 'Finding 2', bold on a line of its own
            text(out, finding[i].startsWith("Finding ") ? bold : regular, BODY, 96, top + i * PITCH, finding[i]);
        }
        for (int i = 0; i < recommendation.length; i++) {
            text(out, regular, BODY, 316, top + i * PITCH, recommendation[i]);
        }
        return top + (lines - 1) * PITCH + 20;
    }

    /** The borders of a row's cells, each a thin filled rectangle. */
    private static void box(PDPageContentStream out, float top, float bottom) throws IOException {
        for (float x : RULES) {
            out.addRect(x - 0.4f, TOP - bottom, 0.8f, bottom - top);
            out.fill();
        }
        for (float y : new float[] {top, bottom}) {
            out.addRect(RULES[0], TOP - y - 0.4f, RULES[RULES.length - 1] - RULES[0], 0.8f);
            out.fill();
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
