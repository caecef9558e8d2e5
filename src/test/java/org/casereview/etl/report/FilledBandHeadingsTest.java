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
 * Headings in the body's size and a regular weight, each alone on a light filled band as wide as the text (a PDF
 * library's tutorial chapter titles): the band repeated behind short single lines is what tells them from the body.
 * One shaded line is a callout, not a heading; shaded cells side by side are a table's header; a band snug round
 * its words is a highlight.
 */
class FilledBandHeadingsTest {

    private static final float SIZE = 11;
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    @TempDir
    Path dir;

    private final ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();

    @Test
    void shortRegularLinesEachOnAFilledBandAreTheSectionHeadings() throws Exception {
        Path pdf = dir.resolve("bands.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                Writer w = new Writer(out, page.getMediaBox().getHeight());
                w.title("Rapid learning review: Child M");
                w.band("About this review");
                w.text("Child M was six when she was found alone at home by a neighbour one evening.");
                w.text("The partnership asked an independent reviewer to look at how agencies had worked.");
                w.band("What happened");
                w.text("The school had noticed that Child M often arrived hungry and without a coat.");
                w.text("Her mother had asked the housing service for help with the rent twice that year.");
                w.band("What we learned");
                w.text("\u2022 Hunger and missing clothes at school are signs of neglect to share.");
                w.text("\u2022 A housing request can be the first sign that a family is struggling.");
                w.band("What should change");
                w.text("1. Schools should tell the family support team when a child often comes hungry.");
                w.text("2. The housing service should ask about children at every request for help.");
            }
            doc.save(pdf.toFile());
        }
        var report = extractor.extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading).containsExactly(
                "About this review", "What happened", "What we learned", "What should change");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "Hunger and missing clothes at school are signs of neglect to share."),
                tuple(SectionType.LEARNING, "A housing request can be the first sign that a family is struggling."),
                tuple(SectionType.RECOMMENDATIONS,
                        "Schools should tell the family support team when a child often comes hungry."),
                tuple(SectionType.RECOMMENDATIONS,
                        "The housing service should ask about children at every request for help."));
    }

    @Test
    void oneShadedLineIsACalloutInTheTextNotAHeading() throws Exception {
        Path pdf = dir.resolve("callout.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                Writer w = new Writer(out, page.getMediaBox().getHeight());
                w.title("Rapid learning review: Child M");
                w.heading("Background");
                w.text("Child M was six when she was found alone at home by a neighbour one evening.");
                w.band("Remember the child's day");
                w.text("The school had noticed that Child M often arrived hungry and without a coat.");
                w.heading("Learning");
                w.text("\u2022 Hunger and missing clothes at school are signs of neglect to share.");
            }
            doc.save(pdf.toFile());
        }
        var report = extractor.extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Background", SectionType.BACKGROUND), tuple("Learning", SectionType.LEARNING));
        assertThat(report.document().sections().get(0).text()).contains("Remember the child's day", "without a coat");
    }

    @Test
    void aLineIsBandedOnlyAloneOnAWideBandWithNoBandBesideIt() {
        TextLine heading = line("What happened", 60, 200);
        TextLine body = line("The school had noticed that she often arrived hungry.", 60, 226);
        // a band 17 pt high behind the heading, as wide as the text block
        FloatedBoxes.Panel band = new FloatedBoxes.Panel(56, 539, 188, 205);
        assertThat(FilledBands.mark(List.of(heading, body), List.of(band)))
                .extracting(TextLine::banded).containsExactly(true, false);
        // a highlight snug round the words
        assertThat(FilledBands.mark(List.of(heading), List.of(new FloatedBoxes.Panel(58, 136, 190, 203))))
                .extracting(TextLine::banded).containsExactly(false);
        // a shaded header cell with another beside it
        assertThat(FilledBands.mark(List.of(heading), List.of(new FloatedBoxes.Panel(56, 300, 188, 205),
                new FloatedBoxes.Panel(300, 539, 188, 205)))).extracting(TextLine::banded).containsExactly(false);
        // a shaded box holding two lines
        TextLine under = line("and without a coat", 60, 213);
        assertThat(FilledBands.mark(List.of(heading, under), List.of(new FloatedBoxes.Panel(56, 539, 188, 218))))
                .extracting(TextLine::banded).containsExactly(false, false);
    }

    private static TextLine line(String text, float x, float y) {
        return new TextLine(1, text, List.of(new TextFragment(text, x, x + text.length() * SIZE * 0.5f, y, SIZE, false)));
    }

    private static final class Writer {
        private final PDPageContentStream out;
        private final float pageTop;
        private final PDFont body = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        private final PDFont sans = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private float y = 70;

        Writer(PDPageContentStream out, float pageTop) {
            this.out = out;
            this.pageTop = pageTop;
        }

        void title(String text) throws IOException {
            show(bold, 18, text);
            y += 30;
        }

        void heading(String text) throws IOException {
            y += 6;
            show(bold, 14, text);
            y += 20;
        }

        /** A light band a line and a half high across the text width, the heading in the body's size on it. */
        void band(String text) throws IOException {
            y += 6;
            out.setNonStrokingColor(0.85f, 0.9f, 0.8f);
            out.addRect(MARGIN, pageTop - y - 4.5f, WIDTH, 17);
            out.fill();
            out.setNonStrokingColor(0f, 0f, 0f);
            show(sans, SIZE, text);
            y += 24;
        }

        void text(String text) throws IOException {
            show(body, SIZE, text);
            y += SIZE * 1.5f;
        }

        private void show(PDFont font, float size, String text) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN + 2, pageTop - y);
            out.showText(text);
            out.endText();
        }
    }
}
