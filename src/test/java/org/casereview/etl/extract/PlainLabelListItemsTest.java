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
 * Hand-written markdown (b48 left): a list item that is only a label's name, no colon and no bold ('- Learning'), over
 * a list nested in it (its points indented under it). The nesting is the evidence: a flat jump list ('- Summary',
 * '- Recommendations' one after another) has none. Every child, family and place here is invented.
 */
class PlainLabelListItemsTest {
    @TempDir
    Path dir;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).map(s -> s.items().stream().map(Item::text).toList()).orElse(List.of());
    }

    private ParsedDigest read(String name, String markdown) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
        ExtractedText text = new DocumentTextExtractor().extract(file);
        return new DigestParser().parse(text.text(), text.pageBreaks());
    }

    @Test
    void aPlainLabelItemOverANestedListIsTheLabel() throws Exception {
        ParsedDigest digest = read("reviews-2033-08.md", """
                # Case reviews published in August 2033

                ## Child TW: Child safeguarding practice review

                Serious injuries to a 7-month-old boy in 2032 whose father shook him. Child TW is White British.

                - Learning
                    - the father's own childhood in care was not known to the health visitor
                    - a bruise seen at 4 months was not referred
                - Recommendations
                    - ask both parents about their own support at the first visit

                [Read the full report](https://example.org/reviews/tw.pdf)

                ## Child UW: Serious case review

                Neglect of a 9-year-old girl over several years. Child UW is of mixed ethnicity.

                * Learning
                  * school absence was not linked to the home conditions
                  * the family moved between three areas in a year
                * Good practice
                  * the school nurse who visited the home
                * Recommendations
                  * share absence figures with children's social care each term

                [Read the full report](https://example.org/reviews/uw.pdf)
                """);

        assertThat(digest.entries()).hasSize(2);
        DigestEntry tw = digest.entries().get(0);
        assertThat(tw.title()).isEqualTo("Child TW: Child safeguarding practice review");
        assertThat(items(tw, SectionType.LEARNING)).containsExactly(
                "the father's own childhood in care was not known to the health visitor",
                "a bruise seen at 4 months was not referred");
        assertThat(items(tw, SectionType.RECOMMENDATIONS)).containsExactly(
                "ask both parents about their own support at the first visit");
        DigestEntry uw = digest.entries().get(1);
        assertThat(items(uw, SectionType.LEARNING)).containsExactly(
                "school absence was not linked to the home conditions", "the family moved between three areas in a year");
        assertThat(items(uw, SectionType.GOOD_PRACTICE)).containsExactly("the school nurse who visited the home");
        assertThat(items(uw, SectionType.RECOMMENDATIONS)).containsExactly(
                "share absence figures with children's social care each term");
        assertThat(uw.linkTarget()).isEqualTo("https://example.org/reviews/uw.pdf");
    }
}
