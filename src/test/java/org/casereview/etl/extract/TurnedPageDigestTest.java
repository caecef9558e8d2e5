package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.apache.pdfbox.util.Matrix;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.ingest.PdfDigestSniffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 30's b53 kind 1: a portrait digest drawn sideways on a landscape sheet by its text matrix ({@code 0 1 -1 0 x
 * y}, the text running up the sheet) with no {@code /Rotate} to say so, as a PDF SDK writes it. Read in stream order
 * PDFBox gave a few letters a line, so no entry was found and the file was taken for a report. Every page's glyphs run
 * a quarter turn: the page is read in position order, each line whole, as a viewer's 'rotate view' shows it. Every
 * child, family and place here is invented.
 */
class TurnedPageDigestTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDRectangle LANDSCAPE = new PDRectangle(842, 595);

    @TempDir
    Path dir;

    @Test
    void aPageTurnedByItsTextMatrixIsReadAsTheTurnedPageShowsIt() throws Exception {
        Path pdf = dir.resolve("turned-page.pdf");
        write(pdf);

        assertThat(new PdfDigestSniffer(new DigestParser()).decide(pdf)).contains(true);
        ExtractedText text = new DocumentTextExtractor().extract(pdf);
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child QW: Child safeguarding practice review", "Baby RW: Serious case review",
                "Child SW: Local child safeguarding practice review");
        DigestEntry qw = digest.entries().get(0);
        assertThat(qw.summary()).isEqualTo("Neglect of a 6-year-old boy in 2030 who missed school for most of a term "
                + "while his mother, aged 33, was unwell.");
        assertThat(items(qw, SectionType.LEARNING)).containsExactly("the school's attendance officer was not told",
                "the mother's illness was not asked about");
        assertThat(items(qw, SectionType.RECOMMENDATIONS)).containsExactly("share attendance concerns with health visitors");
        assertThat(items(digest.entries().get(1), SectionType.LEARNING)).containsExactly(
                "safer sleep advice was not repeated after the birth", "the father's shifts were not known");
        assertThat(items(digest.entries().get(2), SectionType.LEARNING)).containsExactly(
                "the girl's own account was not recorded", "the referral was closed without a visit");
        assertThat(items(digest.entries().get(2), SectionType.RECOMMENDATIONS)).containsExactly(
                "visit within a week of every referral about a child under 10");
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }

    private static void write(Path pdf) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage first = new PDPage(LANDSCAPE);
            document.addPage(first);
            try (PDPageContentStream cs = new PDPageContentStream(document, first)) {
                float v = 790;
                v = line(cs, BOLD, 16, 56, v, "Case reviews digest: May 2031") - 6;
                v = line(cs, REGULAR, 10, 56, v, "Three case reviews were published in May 2031. Every child, family "
                        + "and place in them is invented.") - 14;
                v = entry(cs, v, "Child QW: Child safeguarding practice review", List.of(
                        "Neglect of a 6-year-old boy in 2030 who missed school for most of a term while his",
                        "mother, aged 33, was unwell."), List.of(
                        List.of("Learning includes:", "the school's attendance officer was not told",
                                "the mother's illness was not asked about"),
                        List.of("Recommendations include:", "share attendance concerns with health visitors")));
                entry(cs, v, "Baby RW: Serious case review", List.of(
                        "Death of a 7-week-old girl in 2030 after co-sleeping with her father, aged 27, on a sofa."),
                        List.of(List.of("Learning includes:", "safer sleep advice was not repeated after the birth",
                                "the father's shifts were not known")));
                line(cs, REGULAR, 8, 280, 40, "Page 1 of 2");
            }
            PDPage second = new PDPage(LANDSCAPE);
            document.addPage(second);
            try (PDPageContentStream cs = new PDPageContentStream(document, second)) {
                entry(cs, 790, "Child SW: Local child safeguarding practice review", List.of(
                        "Sexual abuse of a 9-year-old girl in 2029 by a neighbour, aged 52, after a referral",
                        "from her school was closed."), List.of(
                        List.of("Learning includes:", "the girl's own account was not recorded",
                                "the referral was closed without a visit"),
                        List.of("Recommendations include:", "visit within a week of every referral about a child under 10")));
                line(cs, REGULAR, 8, 280, 40, "Page 2 of 2");
            }
            document.save(pdf.toFile());
        }
    }

    /** A title, the summary lines, each list (its label, its bulleted items) and the link line; where the next goes. */
    private static float entry(PDPageContentStream cs, float top, String title, List<String> summary,
                               List<List<String>> lists) throws IOException {
        float v = line(cs, BOLD, 12, 56, top, title) - 4;
        for (String text : summary) {
            v = line(cs, REGULAR, 10, 56, v, text);
        }
        for (List<String> list : lists) {
            v = line(cs, BOLD, 10, 56, v - 6, list.get(0));
            for (String item : list.subList(1, list.size())) {
                v = line(cs, REGULAR, 10, 68, v, "\u2022 " + item);
            }
        }
        return line(cs, REGULAR, 10, 56, v - 6, "Read the full review") - 16;
    }

    /**
     * One line at (u, v) of the portrait page, drawn on the landscape sheet at (842 - v, u): it runs up the sheet.
     * Returns where the next line goes.
     */
    private static float line(PDPageContentStream cs, PDFont font, float size, float u, float v, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setTextMatrix(new Matrix(0, 1, -1, 0, 842 - v, u));
        cs.showText(s);
        cs.endText();
        return v - 1.4f * size;
    }
}
