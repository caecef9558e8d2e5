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
 * Session 26's b45 kind 1b: an UNTAGGED digest whose list labels are set a quarter turn up a coloured band left of each
 * list (as a browser prints `writing-mode: vertical-rl` turned for a book-spine look). The text layer gives the turned
 * glyphs one a line, so no list had its label and the file was taken for a report. Read in their own direction, each
 * band's label is one line before the list it stands beside. Every child, family and place here is invented.
 */
class TurnedLabelsUntaggedDigestTest {

    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    @TempDir
    Path dir;

    @Test
    void aTurnedLabelIsTheLineBeforeTheListItStandsBeside() throws Exception {
        Path pdf = dir.resolve("turned-labels.pdf");
        write(pdf);

        assertThat(new PdfDigestSniffer(new DigestParser()).decide(pdf)).contains(true);
        ExtractedText text = new DocumentTextExtractor().extract(pdf);
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child TF: Child safeguarding practice review", "Baby TG: Serious case review");
        DigestEntry tf = digest.entries().get(0);
        assertThat(tf.summary()).isEqualTo("Neglect of a 4-year-old boy in 2029 who was often left alone at home while "
                + "his mother worked. Child TF is of White British heritage.");
        assertThat(items(tf, SectionType.LEARNING)).containsExactly("home conditions were not seen by any agency",
                "the mother's long hours were not asked about", "the nursery's concerns were not shared");
        assertThat(items(tf, SectionType.RECOMMENDATIONS)).containsExactly(
                "visit the home as part of every neglect assessment", "ask working parents about childcare");
        DigestEntry tg = digest.entries().get(1);
        assertThat(items(tg, SectionType.LEARNING)).containsExactly("safer sleep advice was given to the mother only",
                "the father's drinking was not known");
        assertThat(items(tg, SectionType.GOOD_PRACTICE)).containsExactly("the midwife's discharge planning");
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }

    private static void write(Path pdf) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                text(cs, BOLD, 16, 56, 790, "Case reviews: March 2031");
                text(cs, REGULAR, 10, 56, 770, "Two case reviews were published in March 2031. Every child, family and "
                        + "place is invented.");
                float y = entry(cs, 735, "Child TF: Child safeguarding practice review", List.of(
                        "Neglect of a 4-year-old boy in 2029 who was often left alone at home while his mother worked.",
                        "Child TF is of White British heritage."), List.of(
                        List.of("LEARNING INCLUDES:", "home conditions were not seen by any agency",
                                "the mother's long hours were not asked about", "the nursery's concerns were not shared"),
                        List.of("RECOMMENDATIONS INCLUDE:", "visit the home as part of every neglect assessment",
                                "ask working parents about childcare")));
                entry(cs, y - 10, "Baby TG: Serious case review", List.of(
                        "Death of a 5-week-old girl in 2029 after co-sleeping with her father on a sofa."), List.of(
                        List.of("LEARNING INCLUDES:", "safer sleep advice was given to the mother only",
                                "the father's drinking was not known"),
                        List.of("GOOD PRACTICE:", "the midwife's discharge planning")));
            }
            document.save(pdf.toFile());
        }
    }

    /**
     * A title, the summary lines, each list (its label turned up a navy band, its bulleted items right of it), and the
     * link line.
     */
    private static float entry(PDPageContentStream cs, float top, String title, List<String> summary,
                               List<List<String>> lists) throws IOException {
        float y = top;
        text(cs, BOLD, 12, 56, y, title);
        y -= 18;
        for (String line : summary) {
            text(cs, REGULAR, 10, 56, y, line);
            y -= 14;
        }
        for (List<String> list : lists) {
            y -= 6;
            float bandTop = y + 10;
            float bandHeight = 100;
            cs.setNonStrokingColor(0.1f, 0.15f, 0.4f);
            cs.addRect(56, bandTop - bandHeight, 16, bandHeight);
            cs.fill();
            cs.setNonStrokingColor(1f, 1f, 1f);
            cs.beginText();
            cs.setFont(BOLD, 7.5f);
            cs.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 67, bandTop - bandHeight + 4));
            cs.showText(list.get(0));
            cs.endText();
            cs.setNonStrokingColor(0f, 0f, 0f);
            for (String item : list.subList(1, list.size())) {
                text(cs, REGULAR, 10, 80, y, "\u2022 " + item);
                y -= 14;
            }
            y = Math.min(y, bandTop - bandHeight) - 4;
        }
        y -= 10;
        text(cs, REGULAR, 10, 56, y, "Read the overview report");
        return y - 14;
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
