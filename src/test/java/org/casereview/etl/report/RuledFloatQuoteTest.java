package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.Color;
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
 * An invented review page with two quotations of a young person's words that the body does not repeat: one across
 * the column between rules, with an attribution after a dash, and one floated right beside the findings in 13 pt
 * italic with a 3 pt bar down its left side (a browser's left border), its last line level with the 'Learning'
 * heading. The floated quotation is read as a block of its own, so the heading beside it stays a line of its own;
 * the quotation across the column is no heading.
 */
class RuledFloatQuoteTest {

    private static final float LEFT = 60;
    private static final float BODY = 10;
    private static final float PITCH = 13;
    private static final float FLOAT_X = 372;
    private static final Color TEAL = new Color(20, 100, 110);

    @TempDir
    Path dir;

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDFont italic = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
    private float height;

    @Test
    void aRuledFloatIsReadApartAndAQuotedLineIsNoHeading() throws Exception {
        Path pdf = dir.resolve("review.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            height = page.getMediaBox().getHeight();
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                write(out);
            }
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Introduction", SectionType.INTRODUCTION),
                tuple("Findings", SectionType.FINDINGS),
                tuple("Learning", SectionType.LEARNING),
                tuple("Recommendations", SectionType.RECOMMENDATIONS));
        assertThat(report.document().sections().get(1).text()).startsWith("The youth worker saw D every week "
                + "and wrote down what he said about the older boys. The police stopped him twice in a town he had "
                + "no reason to be in.");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "A child found far from home is a child to ask about exploitation."),
                tuple(SectionType.LEARNING, "What a youth worker hears each week belongs in the plan."),
                tuple(SectionType.RECOMMENDATIONS, "The police should pass every stop of a child away from home to "
                        + "the exploitation team."),
                tuple(SectionType.RECOMMENDATIONS, "Youth services should be invited to every strategy meeting."));
    }

    private void write(PDPageContentStream out) throws IOException {
        text(out, bold, 18, LEFT, 70, "Local Review: Child D (an invented example)");
        text(out, bold, 13, LEFT, 110, "Introduction");
        text(out, regular, BODY, LEFT, 128, "D was fifteen when he was found in a flat in another county with two "
                + "adults known to the police.");
        text(out, regular, BODY, LEFT, 141, "This review asks how the services understood the risk of criminal "
                + "exploitation.");
        // a quotation across the column between two rules
        rule(out, LEFT, 535, 158);
        text(out, italic, 14, 92, 180, "\"They only saw the trouble, not the people making me do it.\" \u2014 D");
        rule(out, LEFT, 535, 192);
        text(out, bold, 13, LEFT, 220, "Findings");
        String[] beside = {
            "The youth worker saw D every week and wrote down",
            "what he said about the older boys. The police",
            "stopped him twice in a town he had no reason to",
            "be in. Nobody put the two pictures together."};
        for (int i = 0; i < beside.length; i++) {
            text(out, regular, BODY, LEFT, 240 + PITCH * i, beside[i]);
        }
        // the float: a 3 pt bar and four italic lines, the last level with the next heading
        out.setNonStrokingColor(TEAL);
        out.addRect(FLOAT_X, height - 300, 3, 64);
        out.fill();
        out.setNonStrokingColor(Color.BLACK);
        String[] quote = {"Every week I told", "someone a bit of it.", "Nobody heard the", "whole thing."};
        for (int i = 0; i < quote.length; i++) {
            text(out, italic, 13, FLOAT_X + 10, 250 + 15.5f * i, quote[i]);
        }
        text(out, bold, 13, LEFT, 296.5f, "Learning");
        text(out, regular, BODY, LEFT + 10, 314, "\u2022");
        text(out, regular, BODY, LEFT + 22, 314, "A child found far from home is a child to ask about exploitation.");
        text(out, regular, BODY, LEFT + 10, 328, "\u2022");
        text(out, regular, BODY, LEFT + 22, 328, "What a youth worker hears each week belongs in the plan.");
        text(out, bold, 13, LEFT, 356, "Recommendations");
        text(out, regular, BODY, LEFT + 4, 374, "1.");
        text(out, regular, BODY, LEFT + 22, 374, "The police should pass every stop of a child away from home to "
                + "the exploitation team.");
        text(out, regular, BODY, LEFT + 4, 388, "2.");
        text(out, regular, BODY, LEFT + 22, 388, "Youth services should be invited to every strategy meeting.");
        text(out, regular, 8, LEFT, 800, "Invented example for testing - page 1");
    }

    private void rule(PDPageContentStream out, float from, float to, float top) throws IOException {
        out.setLineWidth(1.2f);
        out.moveTo(from, height - top);
        out.lineTo(to, height - top);
        out.stroke();
    }

    private void text(PDPageContentStream out, PDFont font, float size, float x, float top, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, height - top);
        out.showText(text);
        out.endText();
    }
}
