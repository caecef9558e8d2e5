package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b34, kinds 2-3): a markdown export of toggles (Notion's "Export > Markdown"): each review a
 * '- **Title**' bullet whose body, indented four spaces, holds the summary, bold labels over lists and the link; a
 * callout inside it an {@code <aside>} whose label has an emoji in front. Invented digests: their children and places
 * do not exist.
 */
class MarkdownTogglesTest {
    private static final String EXPORT = """
            # Reviews – June 2031

            Created: 2 June 2031 10:15
            Tags: Reviews

            Two reviews were published this month; every child and place is invented.

            - **Child GW: Serious case review**
               \s
                Neglect of a 7-year-old boy in 2030 whose mother had depression.
               \s
                **Learning includes:**
               \s
                - the school did not share the boy’s weight loss
                - visits were cancelled when the mother was unwell
               \s
                <aside>
                ⭐ **Identifies good practice including:**
               \s
                - the school nurse who saw the boy every week
               \s
                </aside>
               \s
                [Read the review (PDF)](https://library.example.org/child-gw.pdf)
               \s
            - **Baby HX: Rapid review**
               \s
                Death of a 6-week-old girl in 2030 while sleeping on a sofa.
               \s
                **Recommendations include:**
               \s
                - repeat safe sleep advice after every move
            """;

    @TempDir
    Path dir;

    @Test
    void eachToggleIsAReviewAndItsCalloutLabelIsRead() throws Exception {
        Path file = dir.resolve("reviews-june-2031.md");
        Files.writeString(file, EXPORT, StandardCharsets.UTF_8);
        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).doesNotContain("aside").doesNotContain("⭐");

        ParsedDigest digest = new DigestParser().parse(text);
        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child GW", "Baby HX");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).isEqualTo("Neglect of a 7-year-old boy in 2030 whose mother had depression.");
        assertThat(first.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text).containsExactly(
                "the school did not share the boy’s weight loss", "visits were cancelled when the mother was unwell");
        assertThat(first.section(SectionType.GOOD_PRACTICE).orElseThrow().items()).extracting(Item::text)
                .containsExactly("the school nurse who saw the boy every week");
        assertThat(first.linkTarget()).isEqualTo("https://library.example.org/child-gw.pdf");
        assertThat(digest.entries().get(1).section(SectionType.RECOMMENDATIONS).orElseThrow().items())
                .extracting(Item::text).containsExactly("repeat safe sleep advice after every move");
    }

    @Test
    void aBulletWhoseBodyHoldsNoLabelStaysABullet() {
        String list = "- **Safe sleep**\n    \n    a leaflet for parents\n- **Neglect**\n    \n    a toolkit\n";
        assertThat(MarkdownToggles.read(list)).isEqualTo(list);
    }
}
