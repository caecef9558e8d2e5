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
 * Headings in the body's size and bold, each marked by a drawn rule under it (a thin filled rectangle or a
 * stroked line), cut the sections; bold lines of the same size without a rule are sub-headings inside them.
 */
class RuledHeadingsTest {

    private static final float BODY = 10;
    private static final float MARGIN = 60;

    @TempDir
    Path dir;

    private final ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();

    @Test
    void boldLinesWithARuleUnderThemAreTheSectionHeadings() throws Exception {
        Path pdf = dir.resolve("ruled.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                Writer w = new Writer(out, page.getMediaBox().getHeight());
                w.heading("Background", Rule.FILLED);
                w.text("Child E lived with his mother and her partner in a flat above a shop.");
                w.heading("Health visiting", Rule.NONE);
                w.text("The health visitor saw Child E four times in his first year.");
                w.heading("Early years", Rule.NONE);
                w.text("Child E went to a nursery for two mornings a week from the age of two.");
                w.heading("Learning", Rule.STROKED);
                w.text("\u2022 Practitioners should ask who else lives in the home at every visit.");
                w.text("\u2022 A missed appointment for a young child is a reason to visit.");
                w.heading("Recommendations", Rule.FILLED);
                w.text("1. The partnership should audit how agencies record the adults in a household.");
                w.text("2. The nursery should follow up every unexplained absence within one day.");
            }
            doc.save(pdf.toFile());
        }
        var report = extractor.extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Background", SectionType.BACKGROUND),
                tuple("Learning", SectionType.LEARNING),
                tuple("Recommendations", SectionType.RECOMMENDATIONS));
        assertThat(report.document().sections().get(0).text()).contains("Health visiting", "four times",
                "Early years", "two mornings");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Practitioners should ask who else lives in the home at every visit."),
                tuple(SectionType.LEARNING, "A missed appointment for a young child is a reason to visit."),
                tuple(SectionType.RECOMMENDATIONS,
                        "The partnership should audit how agencies record the adults in a household."),
                tuple(SectionType.RECOMMENDATIONS,
                        "The nursery should follow up every unexplained absence within one day."));
    }

    @Test
    void aRuleUnderOnlyPartOfABoldLineMarksNoHeading() {
        TextLine line = new TextLine(1, "Learning from the review", java.util.List.of(
                new TextFragment("Learning from the review", 60, 180, 100, BODY, true)));
        assertThat(RuledLines.mark(java.util.List.of(line), java.util.List.of(new RuledLines.Rule(60, 110, 102))))
                .extracting(TextLine::ruled).containsExactly(false);
        assertThat(RuledLines.mark(java.util.List.of(line), java.util.List.of(new RuledLines.Rule(60, 535, 103))))
                .extracting(TextLine::ruled).containsExactly(true);
        // a rule a whole line lower belongs to the next line's space, not to this one
        assertThat(RuledLines.mark(java.util.List.of(line), java.util.List.of(new RuledLines.Rule(60, 535, 114))))
                .extracting(TextLine::ruled).containsExactly(false);
    }

    @Test
    void aRuleAboveALineMarksItOnlyWhenNoLineStandsBetweenAndItUnderlinesNoLineAbove() {
        TextLine heading = new TextLine(1, "2 Terms of reference", java.util.List.of(
                new TextFragment("2 Terms of reference", 60, 180, 230, 11, false)));
        TextLine bodyAbove = new TextLine(1, "were concerns about how agencies had worked together.", java.util.List.of(
                new TextFragment("were concerns about how agencies had worked together.", 60, 350, 191, 10, false)));
        // a rule 24 pt over the heading's baseline, 15 pt under the body line above it
        assertThat(RuledLines.markAbove(java.util.List.of(bodyAbove, heading),
                java.util.List.of(new RuledLines.Rule(60, 535, 206))))
                .extracting(TextLine::ruledAbove).containsExactly(false, true);
        // the same rule right under the line above is that line's underline
        assertThat(RuledLines.markAbove(java.util.List.of(bodyAbove, heading),
                java.util.List.of(new RuledLines.Rule(60, 535, 194))))
                .extracting(TextLine::ruledAbove).containsExactly(false, false);
        // a line between the rule and the heading
        TextLine between = new TextLine(1, "Terms", java.util.List.of(new TextFragment("Terms", 60, 90, 218, 10, false)));
        assertThat(RuledLines.markAbove(java.util.List.of(bodyAbove, between, heading),
                java.util.List.of(new RuledLines.Rule(60, 535, 206))))
                .extracting(TextLine::ruledAbove).containsExactly(false, true, false);
    }

    private enum Rule { NONE, FILLED, STROKED }

    private static final class Writer {
        private final PDPageContentStream out;
        private final float pageTop;
        private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private float y = 80;

        Writer(PDPageContentStream out, float pageTop) {
            this.out = out;
            this.pageTop = pageTop;
        }

        void heading(String text, Rule rule) throws IOException {
            y += BODY;
            show(bold, text);
            float ruleY = pageTop - y - 3;
            if (rule == Rule.FILLED) {
                out.addRect(MARGIN, ruleY - 0.5f, PDRectangle.A4.getWidth() - 2 * MARGIN, 0.75f);
                out.fill();
            } else if (rule == Rule.STROKED) {
                out.setLineWidth(0.5f);
                out.moveTo(MARGIN, ruleY);
                out.lineTo(PDRectangle.A4.getWidth() - 2 * MARGIN, ruleY);
                out.stroke();
            }
            y += BODY * 1.6f;
        }

        void text(String text) throws IOException {
            show(regular, text);
            y += BODY * 1.8f;
        }

        private void show(PDFont font, String text) throws IOException {
            out.beginText();
            out.setFont(font, BODY);
            out.newLineAtOffset(MARGIN, pageTop - y);
            out.showText(text);
            out.endText();
        }
    }
}
