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
 * Numbers beside text: margin line numbering (a draft's numbered lines) is no text, and a heading's list number
 * set in another face than its title (a word processor's numbering in its default font) does not make the heading
 * less bold.
 */
class MarginNumbersAndHeadingNumbersTest {

    private static final PDFont HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont HELVETICA_BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDFont TIMES = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);

    @TempDir
    Path dir;

    private final ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();

    /** One page's lines after a heading, each numbered in the margin; returns the next line number. */
    private static int numberedPage(PDDocument doc, int firstNumber, String heading, List<String> body)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        float top = page.getMediaBox().getHeight();
        int number = firstNumber;
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
            float y = 100;
            numbered(out, top - y, number++, HELVETICA_BOLD, 14, heading);
            y += 28;
            for (String line : body) {
                numbered(out, top - y, number++, HELVETICA, 10, line);
                y += 13;
            }
        }
        return number;
    }

    /** The text at x = 71 and its line number, 5 pt, right-aligned at x = 61 on the same baseline. */
    private static void numbered(PDPageContentStream out, float baseline, int number, PDFont font, float size,
                                 String text) throws IOException {
        String digits = String.valueOf(number);
        float width = HELVETICA.getStringWidth(digits) / 1000 * 5;
        write(out, HELVETICA, 5, 61 - width, baseline, digits);
        write(out, font, size, 71, baseline, text);
    }

    private static void write(PDPageContentStream out, PDFont font, float size, float x, float baseline, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    @Test
    void smallNumbersRisingDownTheMarginBesideEveryLineAreNoText() throws Exception {
        Path pdf = dir.resolve("lineno.pdf");
        try (PDDocument doc = new PDDocument()) {
            int next = numberedPage(doc, 1, "Introduction", List.of(
                    "This review concerns Child R, who was eight when his school raised a concern.",
                    "He lived with his father and two older brothers in a rented house.",
                    "The partnership commissioned the review in the spring of that year."));
            next = numberedPage(doc, next, "Learning", List.of(
                    "1. A child who stops eating at school may be telling adults about home.",
                    "2. Fathers caring alone need to be asked what help they have."));
            // a page with fewer numbered lines: the numbering goes on at the edge already found
            numberedPage(doc, next, "Recommendations", List.of(
                    "1. The partnership should remind schools how to record changes in eating."));
            doc.save(pdf.toFile());
        }
        var report = extractor.extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Introduction", SectionType.INTRODUCTION),
                tuple("Learning", SectionType.LEARNING),
                tuple("Recommendations", SectionType.RECOMMENDATIONS));
        assertThat(report.document().sections().get(0).text())
                .startsWith("This review concerns Child R").doesNotContain("3 He lived");
        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.LEARNING, "A child who stops eating at school may be telling adults about home."),
                tuple(SectionType.LEARNING, "Fathers caring alone need to be asked what help they have."),
                tuple(SectionType.RECOMMENDATIONS,
                        "The partnership should remind schools how to record changes in eating."));
    }

    @Test
    void numbersInTheTextsOwnSizeBeforeItsLinesStayText() throws Exception {
        Path pdf = dir.resolve("numbers-column.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float top = page.getMediaBox().getHeight();
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                write(out, HELVETICA_BOLD, 14, 61, top - 100, "Agency contacts");
                String[] rows = {"Health visitor saw the family at home.", "School nurse met Child R twice.",
                        "GP saw his father about sleep.", "Police attended a noise complaint."};
                for (int i = 0; i < rows.length; i++) {
                    float baseline = top - 130 - 14 * i;
                    String digits = String.valueOf(i + 1);
                    write(out, HELVETICA, 10, 61 - HELVETICA.getStringWidth(digits) / 1000 * 10, baseline, digits);
                    write(out, HELVETICA, 10, 71, baseline, rows[i]);
                }
            }
            doc.save(pdf.toFile());
        }
        var report = extractor.extractWithItems(pdf);
        assertThat(report.document().sections()).singleElement()
                .satisfies(s -> assertThat(s.text()).contains("2 School nurse met Child R twice."));
    }

    @Test
    void aHeadingsNumberInAnotherFaceThanItsBoldTitleKeepsTheHeadingBold() throws Exception {
        Path pdf = dir.resolve("number-face.pdf");
        String[] headings = {"Introduction", "Scope and methodology", "Background", "Summary of agency involvement",
                "Learning", "Recommendations"};
        try (PDDocument doc = new PDDocument()) {
            for (int h = 0; h < headings.length; h++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                float top = page.getMediaBox().getHeight();
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    write(out, TIMES, 16, 65, top - 87, (h + 1) + ".");
                    write(out, HELVETICA_BOLD, 15, 93.5f, top - 87, headings[h]);
                    write(out, TIMES, 11, 65, top - 115, "The review looked at what each agency knew about Baby K.");
                    write(out, TIMES, 11, 65, top - 130, "Practitioners described a family under strain that year.");
                }
            }
            doc.save(pdf.toFile());
        }
        var report = extractor.extractWithItems(pdf);
        assertThat(report.document().sections()).extracting(Section::heading, Section::type, Section::pageStart)
                .containsExactly(
                        tuple("1. Introduction", SectionType.INTRODUCTION, 1),
                        tuple("2. Scope and methodology", SectionType.METHODOLOGY, 2),
                        tuple("3. Background", SectionType.BACKGROUND, 3),
                        tuple("4. Summary of agency involvement", SectionType.BACKGROUND, 4),
                        tuple("5. Learning", SectionType.LEARNING, 5),
                        tuple("6. Recommendations", SectionType.RECOMMENDATIONS, 6));
    }
}
