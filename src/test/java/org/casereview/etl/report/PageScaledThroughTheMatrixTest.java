package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page whose content stream scales everything down through the transformation matrix ({@code 0.1 0 0 0.1 0 0 cm})
 * and sets 12 pt text as {@code 120 Tf}, lines 18 pt apart on the page, as Vivliostyle writes its pages: each line
 * stays a line, the 16 pt bold headings cut the sections and the lists give their items. The same page in CSS pixels
 * under a browser's {@code .75} reads the same, its sizes kept in pixels.
 */
class PageScaledThroughTheMatrixTest {

    private static final float BODY = 12;
    private static final float HEADING = 16;
    private static final float LEADING = 18;
    private static final float MARGIN = 60;

    @TempDir
    Path dir;

    @Test
    void linesSectionsAndItemsComeOutOfAPageScaledToATenth() throws Exception {
        assertReadsThePage(0.1f, BODY, HEADING);
    }

    @Test
    void aPageInCssPixelsReadsTheSameWithItsSizesInPixels() throws Exception {
        assertReadsThePage(0.75f, 16, 21);
    }

    private void assertReadsThePage(float scale, float bodySize, float headingSize) throws Exception {
        Path pdf = dir.resolve("scaled.pdf");
        write(pdf, scale);
        List<TextLine> lines;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            lines = new PositionedTextStripper().read(document).get(0).lines();
        }
        assertThat(lines).extracting(TextLine::text).startsWith("Introduction",
                "Child P was five when she was taken to hospital with a head injury.",
                "The review looked at the year before the injury.");
        assertThat(lines).extracting(TextLine::fontSize).containsOnly(bodySize, headingSize);

        var report = ReportExtractor.withDefaultSynonyms().extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Introduction", SectionType.INTRODUCTION),
                tuple("Background", SectionType.BACKGROUND),
                tuple("Learning", SectionType.LEARNING),
                tuple("Recommendations", SectionType.RECOMMENDATIONS));
        assertThat(report.document().sections().get(1).text())
                .isEqualTo("Child P lived with her mother and two older brothers."
                        + " The family moved twice in the year before the injury.");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "A child who moves school twice in a year needs her records to follow her."),
                tuple(SectionType.LEARNING, "An injury to a young child needs a history from more than one adult."),
                tuple(SectionType.RECOMMENDATIONS, "The partnership should check how school records are sent on."),
                tuple(SectionType.RECOMMENDATIONS, "Hospitals should ask who else cares for an injured child."));
    }

    private static void write(Path pdf, float scale) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.transform(Matrix.getScaleInstance(scale, scale));
                Cursor cursor = new Cursor(out, scale, page.getMediaBox().getHeight() - 80);
                cursor.line(bold, HEADING, "Introduction");
                cursor.line(regular, BODY, "Child P was five when she was taken to hospital with a head injury.");
                cursor.line(regular, BODY, "The review looked at the year before the injury.");
                cursor.line(bold, HEADING, "Background");
                cursor.line(regular, BODY, "Child P lived with her mother and two older brothers.");
                cursor.line(regular, BODY, "The family moved twice in the year before the injury.");
                cursor.line(bold, HEADING, "Learning");
                cursor.line(regular, BODY, "\u2022 A child who moves school twice in a year needs her records to follow her.");
                cursor.line(regular, BODY, "\u2022 An injury to a young child needs a history from more than one adult.");
                cursor.line(bold, HEADING, "Recommendations");
                cursor.line(regular, BODY, "1. The partnership should check how school records are sent on.");
                cursor.line(regular, BODY, "2. Hospitals should ask who else cares for an injured child.");
            }
            doc.save(pdf.toFile());
        }
    }

    /** Writes lines LEADING points apart on the page, in the page's scaled units. */
    private static final class Cursor {
        private final PDPageContentStream out;
        private final float scale;
        private float baseline;

        Cursor(PDPageContentStream out, float scale, float top) {
            this.out = out;
            this.scale = scale;
            this.baseline = top;
        }

        void line(PDFont font, float size, String text) throws IOException {
            out.beginText();
            out.setFont(font, size / scale);
            out.newLineAtOffset(MARGIN / scale, baseline / scale);
            out.showText(text);
            out.endText();
            baseline -= LEADING;
        }
    }
}
