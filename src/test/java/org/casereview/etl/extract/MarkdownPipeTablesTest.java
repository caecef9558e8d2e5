package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 9.6 (digests b16, kind 1): a GFM pipe table in a markdown digest gives one entry per row. */
class MarkdownPipeTablesTest {
    @TempDir
    Path dir;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }

    private ParsedDigest parse(String markdown) throws Exception {
        Path file = dir.resolve("digest-2031-05.md");
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
        ExtractedText text = new DocumentTextExtractor().extract(file);
        return new DigestParser().parse(text.text(), text.pageBreaks());
    }

    @Test
    void eachRowUnderALabelledHeaderIsAnEntryWithItsCellLinesAsItems() throws Exception {
        ParsedDigest digest = parse("""
                # Case reviews published in May 2031

                Two invented case reviews.

                | Case | Summary | Learning includes | Recommendations include |
                |:--|:--|:--|--:|
                | **Child QX: Child safeguarding practice review**<br>[Read practice review (PDF)](https://example.org/qx.pdf) | Neglect of a 4-year-old boy in 2030 whose mother misused alcohol. Child QX is White British. | - the nursery did not share its worries<br>- the home was never visited | - visit the home of every child on a plan |
                | **Baby QY: Serious case review**<br/>[Read overview report (PDF)](https://example.org/qy.pdf) | Serious injuries to a 2-month-old girl in 2029. Baby QY is of Polish heritage. | • the father \\| partner was not assessed<br />• bruising was not referred | • assess every adult in the home |
                """);

        assertThat(digest.problems()).isEmpty();
        assertThat(digest.month()).isEqualTo(YearMonth.of(2031, 5));
        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child QX: Child safeguarding practice review", "Baby QY: Serious case review");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).isEqualTo("Neglect of a 4-year-old boy in 2030 whose mother misused alcohol. "
                + "Child QX is White British.");
        assertThat(items(first, SectionType.LEARNING))
                .containsExactly("the nursery did not share its worries", "the home was never visited");
        assertThat(items(first, SectionType.RECOMMENDATIONS)).containsExactly("visit the home of every child on a plan");
        assertThat(first.linkTarget()).isEqualTo("https://example.org/qx.pdf");
        DigestEntry second = digest.entries().get(1);
        assertThat(items(second, SectionType.LEARNING))
                .containsExactly("the father | partner was not assessed", "bruising was not referred");
        assertThat(second.linkTarget()).isEqualTo("https://example.org/qy.pdf");
        assertThat(second.linkText()).isEqualTo("Read overview report (PDF)");
    }

    @Test
    void aTableWithoutOuterPipesIsReadToo() {
        String text = MarkdownPipeTables.read("""
                Review | Summary | Learning
                --- | --- | ---
                Child QZ: Serious case review | Neglect of a boy in 2030. | nobody saw him alone<br>his school was not told
                """);

        assertThat(text.strip()).isEqualTo("""
                ## Child QZ: Serious case review

                Neglect of a boy in 2030.

                Learning:
                - nobody saw him alone
                - his school was not told""");
    }

    @Test
    void aTableWithoutLabelColumnsOrInsideAFenceStaysAsWritten() {
        String markdown = """
                | Area | Reviews |
                |---|---|
                | Northfold | 3 |

                ```
                | Case | Summary | Learning |
                |---|---|---|
                | Child QA | Neglect. | one |
                ```
                """;

        assertThat(MarkdownPipeTables.read(markdown)).isEqualTo(markdown);
    }

    /**
     * Issue 9 (digests b21, kind 4): one table per review under its heading, an empty header row and its labels as the
     * first cells; the labels read over their cells ('•' points split at {@code <br>}), the last row's link as the
     * link line, and a heading that names no child (a thematic review) after it is the next entry.
     */
    @Test
    void aReviewsTableWithItsLabelsInTheFirstColumnReadsAsLabelsOverTheirText() throws Exception {
        ParsedDigest digest = parse("""
                # Case reviews published in May 2031

                Two invented case reviews.

                ## Child QR: Serious case review

                | | |
                |---|---|
                | **Summary** | Neglect of a 7-year-old girl in 2030 who was often hungry at school. |
                | **Learning includes** | • free school meals were stopped<br>• her weight was not recorded |
                | **Recommendations** | • record the weight of children on plans |
                | **Full report** | [Read overview report (PDF)](https://example.org/qr.pdf) |

                ## Young carers: thematic learning review

                | Part | Text |
                |---|---|
                | Summary | Review of four children aged 10 to 15 who cared for a parent between 2027 and 2030. |
                | Learning | • schools did not know who the carers were |
                | Report | [Read learning review (PDF)](https://example.org/yc.pdf) |
                """);

        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child QR: Serious case review", "Young carers: thematic learning review");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.section(SectionType.SUMMARY).orElseThrow().text())
                .isEqualTo("Neglect of a 7-year-old girl in 2030 who was often hungry at school.");
        assertThat(items(first, SectionType.LEARNING))
                .containsExactly("free school meals were stopped", "her weight was not recorded");
        assertThat(items(first, SectionType.RECOMMENDATIONS)).containsExactly("record the weight of children on plans");
        assertThat(first.linkTarget()).isEqualTo("https://example.org/qr.pdf");
        DigestEntry second = digest.entries().get(1);
        assertThat(items(second, SectionType.LEARNING)).containsExactly("schools did not know who the carers were");
        assertThat(second.linkText()).isEqualTo("Read learning review (PDF)");
    }

    @Test
    void aTwoColumnTableWhoseFirstCellsAreNotAllLabelsStaysAsWritten() {
        String markdown = """
                | | |
                |---|---|
                | **Summary** | Reviews published this year. |
                | **Learning** | • one theme |
                | **Northfold** | 3 |
                """;

        assertThat(MarkdownPipeTables.read(markdown)).isEqualTo(markdown);
    }

    /**
     * Issue 9 (digests b30, kind 1): under a review's heading, a facts table ('| **Review type** | ... |', '| **Report** |
     * [link] |') and the review's lists side by side in one table whose header cells are labels ('Learning includes |
     * Recommendations include'), one point a row and an empty cell where one list is shorter, or a one-column table headed
     * by a label. Each column is its label's list (one item per non-empty cell), the facts are details and the report's
     * link (not the title's link to a catalogue record), and no row is a review of its own.
     */
    @Test
    void labelsSideBySideInOneTableAreTheReviewsListsAndItsFactsTableIsItsDetails() throws Exception {
        ParsedDigest digest = parse("""
                # Case reviews published in May 2031

                Two invented case reviews.

                ## [Child QT: Serious case review](https://catalogue.example.org/record?id=31)

                | | |
                |:--|:--|
                | **Review type** | Serious case review |
                | **Area** | Northfold |
                | **Report** | [Read overview report (PDF)](https://example.org/qt.pdf) |

                Neglect of a 9-year-old boy in 2030 whose father misused drugs. Child QT is White British.

                | Learning includes | Recommendations include |
                |---|---|
                | the school nurse saw him losing weight | weigh children on plans at every visit |
                | the father was not asked about his drug use | ask every parent about drug use |
                | agencies did not meet |  |

                ---

                ## [Baby QU: Child safeguarding practice review](https://catalogue.example.org/record?id=32)

                | | |
                |:--|:--|
                | **Report** | [Read practice review (PDF)](https://example.org/qu.pdf) |

                Serious injury to a 3-month-old girl in 2030. Baby QU is of Irish heritage.

                | Learning includes |
                |---|
                | bruising to a baby who cannot crawl was not referred |
                | the mother's new partner was not known to health visitors |

                Makes no recommendations as the partnership had already changed its bruising protocol.
                """);

        assertThat(digest.problems()).isEmpty();
        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child QT: Serious case review", "Baby QU: Child safeguarding practice review");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).isEqualTo("Neglect of a 9-year-old boy in 2030 whose father misused drugs. "
                + "Child QT is White British.");
        assertThat(items(first, SectionType.LEARNING)).containsExactly("the school nurse saw him losing weight",
                "the father was not asked about his drug use", "agencies did not meet");
        assertThat(items(first, SectionType.RECOMMENDATIONS))
                .containsExactly("weigh children on plans at every visit", "ask every parent about drug use");
        assertThat(first.linkTarget()).isEqualTo("https://example.org/qt.pdf");
        assertThat(first.area()).isEqualTo("Northfold");
        DigestEntry second = digest.entries().get(1);
        assertThat(second.summary()).isEqualTo("Serious injury to a 3-month-old girl in 2030. Baby QU is of Irish heritage.");
        assertThat(items(second, SectionType.LEARNING)).containsExactly(
                "bruising to a baby who cannot crawl was not referred",
                "the mother's new partner was not known to health visitors");
        assertThat(second.noRecommendations()).isTrue();
        assertThat(second.section(SectionType.RECOMMENDATIONS)).isEmpty();
        assertThat(second.linkTarget()).isEqualTo("https://example.org/qu.pdf");
    }

    @Test
    void aTableWhoseHeaderCellsAreAllLabelsIsOneListPerColumn() {
        String text = MarkdownPipeTables.read("""
                | Learning | Recommendations | Good practice |
                |---|---|---|
                | one | two<br>still two | three |
                |  | four |  |
                """);

        assertThat(text.strip()).isEqualTo("""
                Learning:
                - one

                Recommendations:
                - two still two
                - four

                Good practice:
                - three""");
    }

    @Test
    void aFactsTableWithoutALinkOrALabelledListStaysAsWritten() {
        String markdown = """
                | | |
                |---|---|
                | **Review type** | Serious case review |
                | **Pages** | 42 |
                """;

        assertThat(MarkdownPipeTables.read(markdown)).isEqualTo(markdown);
    }
}
