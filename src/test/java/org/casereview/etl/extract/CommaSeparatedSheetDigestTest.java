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
 * Issue 9 (digests b72, kind 1): a review tracker downloaded from Google Sheets as 'Comma-separated values' (UTF-8, CRLF
 * rows, every row as wide as the sheet, a cell's items one a line inside quotes) was no digest: the sheet reader knew
 * only tab-separated text, so the file was rejected 'no review entries found'. A comma (or, where the comma is the
 * decimal mark, a semicolon) separates a sheet's cells as a tab does when every row has the same number of cells.
 * Invented digest: its children and places do not exist.
 */
class CommaSeparatedSheetDigestTest {
    private static final String SHEETS_CSV = String.join("\r\n",
            "Case reviews published in March 2036,,,,,",
            "\"Every child, family and place in this sheet is invented for testing.\",,,,,",
            ",,,,,",
            "Review,Summary,Key learning,Recommendations,Good practice,Report",
            "Child KT: Child safeguarding practice review,\"Death of a 4-month-old girl in 2035 who was found "
                    + "unresponsive in her parents' bed. Child KT is White British.\",\"- safer sleep advice was given once\n"
                    + "- the father, aged 24, was not given it\",\"- repeat safer sleep advice at every visit\",,"
                    + "https://library.example.org/2036/child-kt.pdf",
            "Child LT: Serious case review,Neglect of a 7-year-old boy between 2031 and 2033. Child LT is of Polish heritage.,"
                    + "\"his missed dental appointments were not followed up\nhis hunger was put down to his diet\","
                    + "Makes no recommendations as the work is already under way.,"
                    + "the school nurse who raised the first concern,https://library.example.org/2036/child-lt.pdf",
            "");

    @TempDir
    Path dir;

    @Test
    void aSheetDownloadedAsCommaSeparatedValuesIsReadAReviewARow() throws Exception {
        ParsedDigest digest = parse("tracker-2036-03.csv", SHEETS_CSV);

        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child KT", "Child LT");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).startsWith("Death of a 4-month-old girl in 2035");
        assertThat(first.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text).containsExactly(
                "safer sleep advice was given once", "the father, aged 24, was not given it");
        assertThat(first.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).extracting(Item::text)
                .containsExactly("repeat safer sleep advice at every visit");
        assertThat(first.linkTarget()).isEqualTo("https://library.example.org/2036/child-kt.pdf");
        DigestEntry second = digest.entries().get(1);
        assertThat(second.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text).containsExactly(
                "his missed dental appointments were not followed up", "his hunger was put down to his diet");
        assertThat(second.noRecommendations()).isTrue();
        assertThat(second.section(SectionType.GOOD_PRACTICE).orElseThrow().items()).extracting(Item::text)
                .containsExactly("the school nurse who raised the first concern");
    }

    @Test
    void aSemicolonSeparatedSheetIsReadTheSameWay() throws Exception {
        String semicolons = String.join("\r\n",
                "Review;Summary;Learning includes;Recommendations include",
                "Child MT: Child safeguarding practice review;Serious harm to a 2-year-old boy in 2035 who swallowed "
                        + "methadone. Child MT is White British.;\"the drug service did not ask about children\";"
                        + "\"check how medicines are stored at every visit\"",
                "");
        ParsedDigest digest = parse("tracker-2036-04.csv", semicolons);

        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child MT");
        assertThat(digest.entries().get(0).section(SectionType.RECOMMENDATIONS).orElseThrow().items())
                .extracting(Item::text).containsExactly("check how medicines are stored at every visit");
    }

    @Test
    void proseWithCommasInEveryLineIsNoSheet() {
        String prose = String.join("\n",
                "Review, summary, learning and recommendations",
                "Child NT, aged 9, was seen by the nurse, the teacher and the GP in 2035.",
                "Learning includes, among others, the points below.",
                "");

        assertThat(SheetText.read(prose)).isEmpty();
    }

    private ParsedDigest parse(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        var extracted = new DocumentTextExtractor().extract(file);
        return new DigestParser().parse(extracted.text(), extracted.pageBreaks());
    }
}
