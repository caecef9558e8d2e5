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

/** Issue 9.6 (digests b16, kind 7): the running head and foot around the form feeds of a plain-text digest. */
class FormFeedPagesTest {
    @TempDir
    Path dir;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }

    @Test
    void headsAndFeetAroundFormFeedsAreNotText() throws Exception {
        Path file = dir.resolve("digest-2031-05.txt");
        String crlf = String.join("\r\n", List.of(
                "CASE REVIEWS PUBLISHED MAY 2031",
                "===============================",
                "",
                "Child QA: Serious case review",
                "",
                "Neglect of a 4-year-old boy in 2030 whose mother misused alcohol.",
                "",
                "Recommendations:",
                "  * visit the home of every child on a plan",
                "  * assess every adult who lives in the home, whatever",
                "",
                "                             - 1 -                             ",
                "\fMay 2031 digest (continued)                             page 2",
                "",
                "    their relationship to the child",
                "",
                "Child QB: Child safeguarding practice review",
                "",
                "Serious injuries to a 2-month-old girl who was shaken by her",
                "",
                "                             - 2 -                             ",
                "\fMay 2031 digest (continued)                             page 3",
                "",
                "father in 2030. Baby QB is White British.",
                "",
                "Learning includes:",
                "  * the father was not seen",
                "",
                "                             - 3 -                             ",
                ""));
        Files.writeString(file, crlf, StandardCharsets.UTF_8);

        ExtractedText text = new DocumentTextExtractor().extract(file);
        ParsedDigest digest = new DigestParser().parse(text.text(), text.pageBreaks());

        assertThat(text.text()).doesNotContain("- 1 -", "- 3 -", "(continued)");
        assertThat(digest.entries()).hasSize(2);
        assertThat(items(digest.entries().get(0), SectionType.RECOMMENDATIONS)).containsExactly(
                "visit the home of every child on a plan",
                "assess every adult who lives in the home, whatever their relationship to the child");
        assertThat(digest.entries().get(1).summary())
                .isEqualTo("Serious injuries to a 2-month-old girl who was shaken by her father in 2030. Baby QB is White British.");
    }

    @Test
    void pageNumberLinesInCommonFormsNextToAFormFeedGo() {
        String text = "First page.\nPage 1 of 3\n\f3 April 2031\nSecond page.\n[2]\n\f2\nthird page\n- 3 -\n";

        assertThat(FormFeedPages.withoutFurniture(text))
                .isEqualTo("First page.\n\n\n3 April 2031\nSecond page.\n\n\n\nthird page\n\n");
    }

    @Test
    void aSentenceBrokenByThePageGoesOnOnTheNextLine() {
        String text = "the home was not\n\n  page 4\n\f\n  page 5\n\nvisited after the move.\n";

        assertThat(FormFeedPages.withoutFurniture(text)).isEqualTo("the home was not\nvisited after the move.\n");
    }

    @Test
    void textLinesNextToAFormFeedStay() {
        String text = "a list ends with item 2\n\fChild QA, aged 2\nmore text\n";

        assertThat(FormFeedPages.withoutFurniture(text)).isEqualTo("a list ends with item 2\n\nChild QA, aged 2\nmore text\n");
    }
}
