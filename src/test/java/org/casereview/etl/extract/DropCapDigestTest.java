package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b47, kind 1): an untagged digest page whose summaries open with a three-line drop cap (a 30 pt
 * letter in a text object of its own, its baseline on the paragraph's third line, the first three lines indented by
 * its width) reads each summary's first word whole ('Sudden', not 'S' over 'udden'). A tall single letter that is no
 * drop cap stays a line of its own: a section letter in a margin column beside a paragraph that never comes back
 * under it, and an index letter over its entries. Every child and place here is invented.
 */
class DropCapDigestTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float SIZE = 9.5f;
    private static final float LEAD = 12.2f;
    private static final float CAP = 30;
    private static final float LEFT = 60;

    @TempDir
    Path dir;

    @Test
    void aDropCapJoinsTheParagraphsFirstWord() throws Exception {
        Path file = page("drop-caps.pdf", content -> {
            float y = title(content, "Baby QX: Child safeguarding practice review", 760);
            y = dropCapParagraph(content, y, "Sudden unexpected death of a 7-week-old boy in 2024 while sharing a bed"
                    + " with his mother, who had taken sleeping tablets. The family lived in a flat above a shop in"
                    + " an invented town and had moved there from a hostel two months before the review began.");
            y = title(content, "Lenka: Learning review", y - 10);
            dropCapParagraph(content, y, "Criminal exploitation of a 15-year-old girl in 2023 who was found in a"
                    + " flat far from her home with two older men. She had been missing from care eleven times and"
                    + " her social worker had changed four times in the year before the review.");
        });

        String text = new DocumentTextExtractor().extract(file).text().replaceAll("\\s+", " ");

        assertThat(text).contains("Sudden unexpected death of a 7-week-old boy", "Criminal exploitation of a 15-year-old")
                .doesNotContain("S udden", "C riminal");
    }

    @Test
    void aDropCapThatIsAWordOfItsOwnKeepsTheSpaceAfterIt() throws Exception {
        Path file = page("word-caps.pdf", content -> {
            float y = title(content, "Child RX: Child safeguarding practice review", 760);
            y = wordCapParagraph(content, y, true, "A boy of 3 was found alone in a flat in 2024 after his mother"
                    + " had gone out for the night. Neighbours had called the police twice before that winter and the"
                    + " nursery had noted that he was often hungry.");
            y = title(content, "Child SX: Serious case review", y - 10);
            y = wordCapParagraph(content, y, false, "A girl of 15 was exploited by older men in 2023 who had met her"
                    + " near her school. She had been missing from home nine times and her school had excluded her for"
                    + " a fortnight in the spring term of that year.");
            y = title(content, "Baby TX: Rapid review", y - 10);
            dropCapParagraph(content, y, "After a fall from a changing table in 2024 a 4-month-old girl was found"
                    + " to have three older fractures. Her parents said that no one else had cared for her and the"
                    + " review found that the health visitor had not seen her since birth.");
        });

        String text = new DocumentTextExtractor().extract(file).text().replaceAll("\\s+", " ");

        assertThat(text).contains("A boy of 3 was found alone", "A girl of 15 was exploited", "After a fall from a")
                .doesNotContain("Aboy", "Agirl", "A fter");
    }

    @Test
    void aTallLetterBesideAParagraphThatNeverComesBackUnderItIsNoDropCap() throws Exception {
        Path file = page("margin-letter.pdf", content -> {
            float y = title(content, "Appendices of the digest", 760);
            float labelRight = LEFT + BOLD.getStringWidth("A") / 1000 * CAP;
            show(content, BOLD, CAP, LEFT, y - 2 * LEAD + 1, "A");
            for (String line : List.of("The terms of reference agreed by the partnership", "for each of the reviews in"
                    + " this digest, with the", "dates on which the panel met and the agencies", "that were asked to"
                    + " give written accounts.", "Each review's chronology is kept by its author.")) {
                show(content, REGULAR, SIZE, labelRight + 3, y, line);
                y -= LEAD;
            }
        });

        String text = new DocumentTextExtractor().extract(file).text().replaceAll("\\s+", " ");

        assertThat(text).contains("The terms of reference agreed by the partnership").doesNotContain("AThe terms");
    }

    @Test
    void anIndexLetterOverItsEntriesIsNoDropCap() throws Exception {
        Path file = page("index-letter.pdf", content -> {
            float y = title(content, "Index of reviews", 760);
            show(content, BOLD, CAP, LEFT, y - CAP * 0.7f, "B");
            y -= CAP + 4;
            for (String line : List.of("Bruising in babies who are not yet mobile, review 3", "Bed-sharing after"
                    + " drinking, reviews 1 and 4", "Bullying at school and online, review 2")) {
                show(content, REGULAR, SIZE, LEFT, y, line);
                y -= LEAD;
            }
        });

        String text = new DocumentTextExtractor().extract(file).text().replaceAll("\\s+", " ");

        assertThat(text).contains("Bruising in babies who are not yet mobile").doesNotContain("BBruising");
    }

    private interface Content {
        void draw(PDPageContentStream content) throws IOException;
    }

    private Path page(String name, Content drawing) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                show(content, BOLD, 24, LEFT, 800, "Case Review Digest: June 2025");
                drawing.draw(content);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static float title(PDPageContentStream content, String title, float y) throws IOException {
        show(content, BOLD, 12, LEFT, y, title);
        return y - 16.5f;
    }

    /** The paragraph wrapped at 240 pt: its first letter a three-line cap, the three lines beside it indented. */
    private static float dropCapParagraph(PDPageContentStream content, float y, String text) throws IOException {
        String cap = text.substring(0, 1);
        float indent = BOLD.getStringWidth(cap) / 1000 * CAP + 3;
        show(content, BOLD, CAP, LEFT, y - 2 * LEAD + 1, cap);
        String[] words = text.substring(1).split(" ");
        StringBuilder line = new StringBuilder();
        int n = 0;
        for (String word : words) {
            float dx = n < 3 ? indent : 0;
            String tried = line.isEmpty() ? word : line + " " + word;
            if (REGULAR.getStringWidth(tried) / 1000 * SIZE > 240 - dx && !line.isEmpty()) {
                show(content, REGULAR, SIZE, LEFT + dx, y, line.toString());
                y -= LEAD;
                n++;
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(tried);
            }
        }
        show(content, REGULAR, SIZE, LEFT + (n < 3 ? indent : 0), y, line.toString());
        return y - LEAD;
    }

    /**
     * A paragraph opened by a three-line cap that is a word of its own ('A' + 'boy ...'): the first line set after a
     * space glyph ({@code spaceGlyph}, as a word processor writes it) or a word space further right (a TJ gap, as
     * InDesign writes it) than the two lines under it beside the cap.
     */
    private static float wordCapParagraph(PDPageContentStream content, float y, boolean spaceGlyph, String text)
            throws IOException {
        float indent = BOLD.getStringWidth("A") / 1000 * CAP + 3;
        float space = REGULAR.getStringWidth(" ") / 1000 * SIZE;
        show(content, BOLD, CAP, LEFT, y - 2 * LEAD + 1, "A");
        List<String> lines = wrapped(text.substring(2), 240 - indent - space);
        for (int n = 0; n < lines.size(); n++) {
            float x = LEFT + (n < 3 ? indent : 0) + (n == 0 && !spaceGlyph ? space : 0);
            show(content, REGULAR, SIZE, x, y, (n == 0 && spaceGlyph ? " " : "") + lines.get(n));
            y -= LEAD;
        }
        return y;
    }

    private static List<String> wrapped(String text, float width) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (REGULAR.getStringWidth(tried) / 1000 * SIZE > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(tried);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static void show(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
