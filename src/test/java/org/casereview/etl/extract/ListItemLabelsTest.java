package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Digests b48 (kind 1): each label a list item of its own with no colon ('Learning', bold), its points a list nested
 * in it: an HTML page's {@code <li><strong>Learning</strong><ul>...}, and the same page as pandoc writes it to DOCX
 * (read as '- **Learning**' then the points at one level). Every child, family and place here is invented.
 */
class ListItemLabelsTest {
    @TempDir
    Path dir;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }

    private static void assertRead(ParsedDigest digest) {
        assertThat(digest.entries()).hasSize(1);
        DigestEntry qr = digest.entries().get(0);
        assertThat(qr.summary()).isEqualTo("Death of a 3-month-old girl in 2032 who was found unresponsive on a sofa "
                + "where her father had fallen asleep with her. Child QR is White British.");
        assertThat(items(qr, SectionType.LEARNING)).containsExactly(
                "safer sleep advice was not given to the father", "the family's move was not passed on to the new health visitor");
        assertThat(items(qr, SectionType.RECOMMENDATIONS)).containsExactly("give safer sleep advice to both parents");
        assertThat(items(qr, SectionType.GOOD_PRACTICE)).containsExactly("the midwife who saw both parents before the birth");
        assertThat(qr.linkTarget()).isEqualTo("https://example.org/reviews/qr.pdf");
    }

    @Test
    void aLabelThatIsAWholeListItemHoldingItsPointsIsTheLabel() throws Exception {
        String html = "<!DOCTYPE html><html><head><title>Case reviews published in July 2033</title></head><body><main>"
                + "<h1>Case reviews published in July 2033</h1>"
                + "<h2>Child QR: Child safeguarding practice review</h2>"
                + "<p>Death of a 3-month-old girl in 2032 who was found unresponsive on a sofa where her father had fallen "
                + "asleep with her. Child QR is White British.</p>"
                + "<ul><li><strong>Learning</strong><ul><li>safer sleep advice was not given to the father</li>"
                + "<li>the family's move was not passed on to the new health visitor</li></ul></li>"
                + "<li><strong>Recommendations</strong><ul><li>give safer sleep advice to both parents</li></ul></li>"
                + "<li><strong>Good practice</strong><ul><li>the midwife who saw both parents before the birth</li></ul></li></ul>"
                + "<p><a href=\"https://example.org/reviews/qr.pdf\">Read practice review (PDF)</a></p>"
                + "</main></body></html>";
        Path file = dir.resolve("reviews-2033-07.html");
        Files.writeString(file, html, StandardCharsets.UTF_8);
        ExtractedText text = new DocumentTextExtractor().extract(file);

        assertRead(new DigestParser().parse(text.text(), text.pageBreaks()));
    }

    @Test
    void pandocsDocxListOfLabelsAndPointsAtOneLevelIsReadTheSame() {
        String docxText = """
                # Case reviews published in July 2033

                ## Child QR: Child safeguarding practice review

                Death of a 3-month-old girl in 2032 who was found unresponsive on a sofa where her father had fallen asleep with her. Child QR is White British.

                - **Learning**
                - safer sleep advice was not given to the father
                - the family's move was not passed on to the new health visitor
                - **Recommendations**
                - give safer sleep advice to both parents
                - **Good practice**
                - the midwife who saw both parents before the birth

                [Read practice review (PDF)](https://example.org/reviews/qr.pdf)
                """;

        assertRead(new DigestParser().parse(docxText));
    }
}
