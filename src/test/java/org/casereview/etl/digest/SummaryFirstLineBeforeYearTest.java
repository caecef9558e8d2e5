package org.casereview.etl.digest;

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
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.extract.ExtractedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 33's b59 kind 2: a summary under its own 'Summary' line whose first line ends on a preposition that cannot end a sentence or a title
 * ('... in Scotland between', '... during') over a line that starts with a year ('2019 and 2022. He ...'). A line
 * starting with a digit is not a lower-case wrap, so the first line, with no full stop, was read as the title of an
 * entry of its own and the review before it kept an empty summary. The summary's lines stay one paragraph; a title
 * over a summary that opens with a year is still a title. Every child, family and place here is invented.
 */
class SummaryFirstLineBeforeYearTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEAD = 13;

    @TempDir
    Path dir;

    @Test
    void aFirstLineEndingOnBetweenOrDuringGoesOnOverTheYear() throws Exception {
        Path pdf = dir.resolve("year-wrap-2031-05.pdf");
        write(pdf, List.of(
                List.of("Child UFX: Significant case review",
                        "Emotional abuse of a 7-year-old boy in Westmere between",
                        "2027 and 2030. He was made to sleep in a shed. Child",
                        "UFX is Polish."),
                List.of("Child VGX: Child safeguarding practice review",
                        "Neglect of a 4-year-old girl left alone for days during",
                        "2030. Her mother, aged 24, drank heavily. Child VGX",
                        "is White British."),
                List.of("Child WHX: Serious case review",
                        "2029 saw the death of a 9-week-old boy in his parents'",
                        "bed after his mother had taken sleeping tablets. Child",
                        "WHX is White British.")));

        ExtractedText text = new DocumentTextExtractor().extract(pdf);
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly("Child UFX: Significant case review",
                "Child VGX: Child safeguarding practice review", "Child WHX: Serious case review");
        assertThat(digest.entries().get(0).summary()).isEqualTo("Emotional abuse of a 7-year-old boy in Westmere "
                + "between 2027 and 2030. He was made to sleep in a shed. Child UFX is Polish.");
        assertThat(digest.entries().get(1).summary()).startsWith("Neglect of a 4-year-old girl").contains("during 2030.");
        assertThat(digest.entries().get(2).summary()).startsWith("2029 saw the death");
    }

    private static void write(Path pdf, List<List<String>> entries) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = show(content, BOLD, 16, 790, "Case reviews: May 2031") - 6;
                y = show(content, REGULAR, 10, y, "Three reviews. Every child and place in this digest is invented.") - 8;
                for (List<String> entry : entries) {
                    y = show(content, BOLD, 12, y, entry.get(0)) - 6;
                    y = show(content, BOLD, 10, y, "Summary");
                    for (String line : entry.subList(1, entry.size())) {
                        y = show(content, REGULAR, 10, y, line);
                    }
                    y = show(content, BOLD, 10, y - 4, "Learning includes:");
                    y = show(content, REGULAR, 10, y, "\u2022 the concerns of neighbours were not shared");
                    y = show(content, REGULAR, 10, y, "\u2022 no one saw the child alone");
                    y = show(content, REGULAR, 10, y - 4, "Read the review: https://learning.nspcc.org.uk/media/"
                            + entry.get(0).substring(6, 9).toLowerCase() + ".pdf") - 12;
                }
            }
            doc.save(pdf.toFile());
        }
    }

    private static float show(PDPageContentStream content, PDType1Font font, float size, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(50, y);
        content.showText(text);
        content.endText();
        return y - LEAD;
    }
}
