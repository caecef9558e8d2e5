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
 * Issue 9 (digests b56, kind 1): a sheet of reviews saved by Excel as 'Unicode Text' (UTF-16LE, tab-separated, each row
 * as wide as the used range, a cell with Alt+Enter lines or a quote quoted, its quotes doubled) was read as lines: no
 * entry heading, the file rejected. Its header row names the labelled sections, so it is read as a table with a review
 * a row, as HTML and Word tables are. Invented digest: its children and places do not exist.
 */
class SheetTextDigestTest {
    private static final String SHEET = String.join("\r\n",
            "Reviews published in July 2035\t\t\t\t",
            "Two reviews were published in July 2035. Every child and place here is invented for testing.\t\t\t\t",
            "\t\t\t\t",
            "Review\tSummary\tLearning includes\tRecommendations include\tFull report",
            "Child NW: Child safeguarding practice review\tNeglect of a 3-year-old boy in 2034 who was found wandering "
                    + "near a canal. His mother said she had \"only gone to the shop\". Child NW is White British.\t"
                    + "\"the family's move was not shared with the nursery\nthe canal's open gate had been reported\"\t"
                    + "\"visit within a week when a family with a child in need plan moves\nask councils to close "
                    + "\"\"unsafe\"\" gates\"\thttps://library.example.org/2035/child-nw.pdf",
            "Child PW: Serious case review\tDeath of a 16-year-old girl in 2031 by suicide. Child PW is of Irish heritage.\t"
                    + "\"her counsellor was not told about the earlier overdose\"\t\t"
                    + "https://library.example.org/2035/child-pw.pdf",
            "\t\t\t\t",
            "Summaries written for testing.\t\t\t\t",
            "");

    @TempDir
    Path dir;

    @Test
    void aSheetSavedAsTabSeparatedTextIsReadAReviewARow() throws Exception {
        Path file = dir.resolve("reviews-sheet-2035-07.txt");
        Files.write(file, ("\uFEFF" + SHEET).getBytes(StandardCharsets.UTF_16LE));
        var extracted = new DocumentTextExtractor().extract(file);
        ParsedDigest digest = new DigestParser().parse(extracted.text(), extracted.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child NW", "Child PW");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).startsWith("Neglect of a 3-year-old boy in 2034").contains("\"only gone to the shop\"");
        assertThat(first.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text).containsExactly(
                "the family's move was not shared with the nursery", "the canal's open gate had been reported");
        assertThat(first.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).extracting(Item::text).containsExactly(
                "visit within a week when a family with a child in need plan moves", "ask councils to close \"unsafe\" gates");
        assertThat(first.linkTarget()).isEqualTo("https://library.example.org/2035/child-nw.pdf");
        assertThat(digest.entries().get(1).section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("her counsellor was not told about the earlier overdose");
        assertThat(digest.entries().get(1).section(SectionType.RECOMMENDATIONS)).isEmpty();
    }

    @Test
    void quotedCellsRunOverTabsAndLineEnds() {
        assertThat(SheetText.rows("a\t\"b\tc\nd\"\"e\"\tf\ng\th")).isEqualTo(List.of(
                List.of("a", "b\tc\nd\"e", "f"), List.of("g", "h")));
    }

    @Test
    void textWithTabsButNoLabelsHeaderIsNoSheet() {
        assertThat(SheetText.read("Child QW: Serious case review\n\tLearning includes:\n\t- one\n\t- two\n")).isEmpty();
        assertThat(SheetText.read("Name\tAge\tTown\nAmy\t4\tLeeds\n")).isEmpty();
    }
}
