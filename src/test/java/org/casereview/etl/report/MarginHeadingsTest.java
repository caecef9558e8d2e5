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
 * Word-like margin headings (a borderless two-column table): each bold coloured body-size heading
 * stands in a narrow left column on the baseline of the first line of its text in the wide right
 * column. The heading is read as its own line, so the first bullet or number starts a line.
 */
class MarginHeadingsTest {

    private static final float SIZE = 10;
    private static final float LEADING = 12.6f;
    private static final float LEFT = 60;
    private static final float TEXT = 185;
    private static final float MARKER = 206;
    private static final float HANGING = 220;

    @TempDir
    Path dir;

    @Test
    void aHeadingInTheMarginIsReadBeforeTheTextBesideIt() throws Exception {
        Path pdf = dir.resolve("margin.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                Writer w = new Writer(out, page.getMediaBox().getHeight() - 60);
                w.heading("Introduction");
                w.text(TEXT, "Jack was six months old when he was taken to hospital with a broken arm");
                w.text(TEXT, "that nobody could explain. The partnership commissioned this review in");
                w.text(TEXT, "the spring after agencies disagreed about what had happened to him.");
                w.gap();
                w.heading("Findings");
                w.text(TEXT, "The health visitor saw a bruise at the twelve-week check and accepted the");
                w.text(TEXT, "explanation that he had rolled against the cot, though he could not roll.");
                w.text(TEXT, "No one asked the family doctor what he had seen at the last visit.");
                w.gap();
                w.heading("Learning");
                w.text(MARKER, "\u2022");
                w.text(HANGING, "A bruise on a baby who cannot move by himself must be referred,");
                w.next();
                w.text(HANGING, "whatever the explanation given.");
                w.gap();
                w.text(MARKER, "\u2022");
                w.text(HANGING, "Records must follow a family that moves to a new area within a");
                w.next();
                w.text(HANGING, "week of the move.");
                w.gap();
                w.heading("Recommendations");
                w.text(MARKER, "1.");
                w.text(HANGING, "The hospital should teach the bruising protocol to every new");
                w.next();
                w.text(HANGING, "doctor in the emergency department.");
                w.gap();
                w.text(MARKER, "2.");
                w.text(HANGING, "The partnership should audit referrals of bruised babies each year.");
                w.gap();
                w.text(MARKER, "3.");
                w.text(HANGING, "Health visitors should be told when a family on their list moves.");
                w.next();
            }
            doc.save(pdf.toFile());
        }
        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);

        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Introduction", SectionType.INTRODUCTION),
                tuple("Findings", SectionType.FINDINGS),
                tuple("Learning", SectionType.LEARNING),
                tuple("Recommendations", SectionType.RECOMMENDATIONS));
        assertThat(report.document().sections().get(1).text())
                .startsWith("The health visitor saw a bruise").doesNotContain("Findings");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "A bruise on a baby who cannot move by himself must be referred, whatever the explanation given."),
                tuple(SectionType.LEARNING,
                        "Records must follow a family that moves to a new area within a week of the move."),
                tuple(SectionType.RECOMMENDATIONS,
                        "The hospital should teach the bruising protocol to every new doctor in the emergency department."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should audit referrals of bruised babies each year."),
                tuple(SectionType.RECOMMENDATIONS, "Health visitors should be told when a family on their list moves."));
    }

    /** Writes lines top down; a heading sits on the baseline of the line that follows it. */
    private static final class Writer {
        private final PDPageContentStream out;
        private final PDFont body = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private float y;
        private boolean pendingLine;

        Writer(PDPageContentStream out, float top) {
            this.out = out;
            this.y = top;
        }

        void heading(String text) throws IOException {
            out.setNonStrokingColor(0.1f, 0.3f, 0.6f);
            show(bold, LEFT, text);
            out.setNonStrokingColor(0f, 0f, 0f);
        }

        /** Text at x on the current line; a line that ends at the right column's edge moves down. */
        void text(float x, String text) throws IOException {
            show(body, x, text);
            pendingLine = true;
            if (x == TEXT) {
                next();
            }
        }

        void next() {
            if (pendingLine) {
                y -= LEADING;
                pendingLine = false;
            }
        }

        void gap() {
            next();
            y -= 2 * LEADING;
        }

        private void show(PDFont font, float x, String text) throws IOException {
            out.beginText();
            out.setFont(font, SIZE);
            out.newLineAtOffset(x, y);
            out.showText(text);
            out.endText();
        }
    }
}
