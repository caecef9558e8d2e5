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
 * Digests b48 (kinds 3 and 4): a digest typed in Notepad (CRLF, no line wrapped: each summary one long line), labels
 * one TAB in and their items two TABs in with no bullet; a form feed inside an entry, the page number before it and the
 * digest's title again with '(continued)' after it. Every child, family and place here is invented.
 */
class TabIndentedItemsTest {
    @TempDir
    Path dir;

    private static final String SUMMARY_QS = "\tNeglect of a 7-year-old boy in 2032 who was often left alone at home while his"
            + " mother worked nights in a care home thirty miles away; neighbours saw him in the street late at night and"
            + " told the police twice. Child QS is White British.";

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }

    private ParsedDigest read(List<String> lines) throws Exception {
        Path file = dir.resolve("digest-2033-06.txt");
        Files.writeString(file, String.join("\r\n", lines), StandardCharsets.UTF_8);
        ExtractedText text = new DocumentTextExtractor().extract(file);
        return new DigestParser().parse(text.text(), text.pageBreaks());
    }

    @Test
    void linesTwoTabsInUnderALabelAreItemsOneALine() throws Exception {
        ParsedDigest digest = read(List.of(
                "CASE REVIEWS PUBLISHED IN JUNE 2033", "",
                "Child QS: Child safeguarding practice review", SUMMARY_QS, "",
                "\tLEARNING:",
                "\t\tthe school did not ask why he was so often late and tired",
                "\t\tChild QS was not asked who looked after him at night",
                "\t\tthe police did not tell children's social care about the two calls", "",
                "\tRECOMMENDATIONS:",
                "\t\task every child found alone at night who cares for them",
                "\t\tshare every police call about a child alone with children's social care", "",
                "\tRead practice review (PDF): https://example.org/reviews/qs.pdf", ""));

        DigestEntry qs = digest.entries().get(0);
        assertThat(qs.summary()).endsWith("Child QS is White British.");
        assertThat(items(qs, SectionType.LEARNING)).containsExactly(
                "the school did not ask why he was so often late and tired",
                "Child QS was not asked who looked after him at night",
                "the police did not tell children's social care about the two calls");
        assertThat(items(qs, SectionType.RECOMMENDATIONS)).containsExactly(
                "ask every child found alone at night who cares for them",
                "share every police call about a child alone with children's social care");
    }

    @Test
    void theDigestsTitleRepeatedWithContinuedAfterAFormFeedIsNoText() throws Exception {
        ParsedDigest digest = read(List.of(
                "CASE REVIEWS PUBLISHED IN JUNE 2033", "",
                "Child QS: Child safeguarding practice review", SUMMARY_QS, "",
                "\tLEARNING:",
                "\t\tthe school did not ask why he was so often late and tired",
                "\t\tthe police did not tell children's social care about the two calls", "",
                "\t\t\t\t\t\t\t\t- 1 -",
                "\fCase reviews published in June 2033 (continued)", "",
                "\tRECOMMENDATIONS:",
                "\t\tshare every police call about a child alone with children's social care", "",
                "\tRead practice review (PDF): https://example.org/reviews/qs.pdf", "",
                "\t\t\t\t\t\t\t\t- 2 -"));

        DigestEntry qs = digest.entries().get(0);
        assertThat(items(qs, SectionType.LEARNING)).containsExactly(
                "the school did not ask why he was so often late and tired",
                "the police did not tell children's social care about the two calls");
        assertThat(items(qs, SectionType.RECOMMENDATIONS)).containsExactly(
                "share every police call about a child alone with children's social care");
    }

    @Test
    void aRepeatedTitleWithContinuedOpeningAPageIsFurniture() {
        String text = "Case reviews, June 2033\n\nChild QS: review\nText.\n\f  CASE REVIEWS, JUNE 2033 (cont.)\nMore text.\n"
                + "\fChild QT (continued)\nLast text.\n";

        assertThat(FormFeedPages.withoutFurniture(text)).isEqualTo(
                "Case reviews, June 2033\n\nChild QS: review\nText.\n\n\nMore text.\n\nChild QT (continued)\nLast text.\n");
    }
}
