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
 * A page of short two-column bands under headings spanning the columns (HTML's CSS columns with
 * {@code column-span: all}, printed by a browser): each band is read left column then right column before the
 * next heading, though the headings are short enough for one column and the bands follow each other closely.
 */
class ColumnBandsTest {

    private static final float TOP = 842;
    private static final float LEFT = 45;
    private static final float RIGHT = 310;
    private static final float BODY = 11;

    @TempDir
    Path dir;

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @Test
    void eachBandIsReadColumnByColumnBeforeTheNextSpanningHeading() throws Exception {
        Path pdf = dir.resolve("bands.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                text(out, bold, 24, LEFT, 80, "Serious Case Review: Child Q");
                text(out, bold, 16, LEFT, 130, "Summary of the case");
                text(out, regular, BODY, LEFT, 160, "Child Q lived with her grandmother in a flat");
                text(out, regular, BODY, LEFT, 174, "near the town centre and moved school twice");
                text(out, regular, BODY, LEFT, 188, "in the year before the incident was known.");
                text(out, regular, BODY, RIGHT, 150, "Her school raised concerns about her weight");
                text(out, regular, BODY, RIGHT, 164, "and tiredness, but no referral was made and");
                text(out, regular, BODY, RIGHT, 178, "the concerns were not shared with anyone.");
                text(out, bold, 16, LEFT, 212, "Learning");
                text(out, bold, BODY, LEFT, 242, "Learning point 1.");
                text(out, regular, BODY, LEFT + 95, 242, "A child who moves school");
                text(out, regular, BODY, LEFT, 256, "needs her records to arrive with her.");
                text(out, bold, BODY, LEFT, 278, "Learning point 2.");
                text(out, regular, BODY, LEFT + 95, 278, "Tiredness and weight loss");
                text(out, regular, BODY, LEFT, 292, "seen together by one school are a sign of");
                text(out, regular, BODY, RIGHT, 232, "neglect that calls for a referral at once.");
                text(out, bold, BODY, RIGHT, 256, "Learning point 3.");
                text(out, regular, BODY, RIGHT + 95, 256, "A grandparent caring for");
                text(out, regular, BODY, RIGHT, 270, "a child needs support offered to her too.");
                text(out, bold, 16, LEFT, 316, "Recommendations");
                text(out, regular, BODY, LEFT, 346, "1. Schools should send records to the new");
                text(out, regular, BODY, LEFT, 360, "school within five days of a move in year.");
                text(out, regular, BODY, LEFT, 374, "2. The partnership should offer every kinship");
                text(out, regular, BODY, RIGHT, 336, "carer a named worker and a support plan");
                text(out, regular, BODY, RIGHT, 350, "and should check twice a year that the plan");
                text(out, regular, BODY, RIGHT, 364, "is still the help that the carer needs most.");
            }
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Summary of the case", SectionType.BACKGROUND),
                tuple("Learning", SectionType.LEARNING),
                tuple("Recommendations", SectionType.RECOMMENDATIONS));
        assertThat(report.document().sections().get(0).text()).isEqualTo("Child Q lived with her grandmother in a "
                + "flat near the town centre and moved school twice in the year before the incident was known.\n"
                + "Her school raised concerns about her weight and tiredness, but no referral was made and the "
                + "concerns were not shared with anyone.");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "A child who moves school needs her records to arrive with her."),
                tuple(SectionType.LEARNING, "Tiredness and weight loss seen together by one school are a sign of "
                        + "neglect that calls for a referral at once."),
                tuple(SectionType.LEARNING, "A grandparent caring for a child needs support offered to her too."),
                tuple(SectionType.RECOMMENDATIONS,
                        "Schools should send records to the new school within five days of a move in year."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should offer every kinship carer a named worker "
                        + "and a support plan and should check twice a year that the plan is still the help that the "
                        + "carer needs most."));
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
