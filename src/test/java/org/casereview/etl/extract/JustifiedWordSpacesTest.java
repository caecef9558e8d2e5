package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b28, kind 4): a tightly justified line with no space glyphs (a subset font without one, as
 * LuaTeX's HarfBuzz mode writes it) keeps its word spaces: its word gaps (0.15 em and up) stand clear of the gaps
 * between its letters (none), though under PDFBox's share of an average glyph's width. Letter-spaced headings and
 * kerned words are not split. Invented text.
 */
class JustifiedWordSpacesTest {

    @TempDir
    Path dir;

    /** One line: its words, the gap between them in ems, the gap between letters in ems, kerning pairs in ems. */
    private record Line(String text, float wordGap, float letterGap) {
    }

    @Test
    void wordGapsOfATightJustifiedLineAreSpaces() throws Exception {
        String text = text(List.of(
                new Line("Serious harm to a 3-month-old baby girl in 2024 who was shaken by her mother.", 0.15f, 0),
                new Line("Her mother had postnatal depression and was not seen by a health visitor.", 0.17f, 0),
                new Line("The family had moved home three times in the year before the review.", 0.25f, 0)));

        assertThat(text).contains("Serious harm to a 3-month-old baby girl in 2024 who was shaken by her mother.",
                "Her mother had postnatal depression and was not seen by a health visitor.",
                "The family had moved home three times in the year before the review.");
    }

    @Test
    void aLetterSpacedHeadingKeepsItsWords() throws Exception {
        String text = text(List.of(new Line("LEARNING THEMES FROM THE REVIEW", 0.45f, 0.12f),
                new Line("Professionals did not share what they knew about the home.", 0.16f, 0)));

        assertThat(text).contains("LEARNING THEMES FROM THE REVIEW",
                "Professionals did not share what they knew about the home.");
    }

    @Test
    void kernedWordsAreNotSplit() throws Exception {
        String text = text(List.of(new Line("Travel to Waverley was awkward for the family every week.", 0.2f, -0.03f),
                new Line("A worker visited on Tuesday after the school raised a worry.", 0.2f, 0.04f)));

        assertThat(text).contains("Travel to Waverley was awkward for the family every week.",
                "A worker visited on Tuesday after the school raised a worry.");
    }

    private String text(List<Line> lines) throws Exception {
        Path file = dir.resolve("justified.pdf");
        try (PDDocument doc = new PDDocument(); InputStream ttf = PDDocument.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDFont font = PDType0Font.load(doc, ttf);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = 760;
                for (Line line : lines) {
                    content.beginText();
                    content.setFont(font, 9);
                    content.newLineAtOffset(60, y);
                    content.showTextWithPositioning(pieces(line));
                    content.endText();
                    y -= 12;
                }
            }
            doc.save(file.toFile());
        }
        return new DocumentTextExtractor().extract(file).text().replaceAll("\\s+", " ");
    }

    /** The line's glyphs one by one (no space glyph), letters apart by the letter gap, words by the word gap. */
    private static Object[] pieces(Line line) {
        List<Object> tj = new ArrayList<>();
        String[] words = line.text().split(" ");
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                tj.add(-1000 * line.wordGap());
            }
            String word = words[w];
            for (int c = 0; c < word.length(); c++) {
                if (c > 0 && line.letterGap() != 0) {
                    tj.add(-1000 * line.letterGap());
                }
                tj.add(word.substring(c, c + 1));
            }
        }
        return tj.toArray();
    }
}
