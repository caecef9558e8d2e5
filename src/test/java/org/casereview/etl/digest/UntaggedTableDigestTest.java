package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.ingest.PdfDigestSniffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Untagged PDF digests laid out as a table, one row per review, read from the page's layout. */
class UntaggedTableDigestTest {

    private static final List<String> HEADER = List.of("Review", "Summary", "Learning", "Recommendations");
    private static final float[] COLUMNS = {40, 140, 290, 430, 560};

    @TempDir
    Path dir;

    private static List<List<String>> childTa() {
        return List.of(
                List.of("*Child TA: Child", "*safeguarding", "*practice review", "Read practice", "review (PDF)"),
                List.of("Death of a 5-month-old boy", "in 2025 from a head injury.", "Child TA is White British."),
                List.of("\u2022 the GP did not share the", "   father's history", "\u2022 the health visitor saw",
                        "   only the mother"),
                List.of("\u2022 see fathers at every con-", "   tact", "\u2022 refer every bruise"));
    }

    private static List<List<String>> childTb() {
        return List.of(
                List.of("*Child TB: Serious", "*case review", "Read overview", "report (PDF)"),
                List.of("Neglect of a 7-year-old girl", "in 2017. Child TB is Asian", "British."),
                List.of("\u2022 missed school days were", "   not followed up"),
                List.of("\u2022 follow up every absence", "\u2022 share attendance with", "   social care"));
    }

    private static String read(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return LayoutDigestText.read(document, Integer.MAX_VALUE).orElseThrow();
        }
    }

    @Test
    void aRuledTableGivesOneEntryPerRowWithItsLabelsFromTheHeader() throws IOException {
        Path pdf = new RuledTablePdf(RuledTablePdf.Rules.FILLED, COLUMNS)
                .write(dir.resolve("ruled.pdf"), "Case reviews published in June 2026", HEADER, List.of(childTa(), childTb()));
        ParsedDigest digest = new DigestParser().parse(read(pdf));

        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child TA: Child safeguarding practice review", "Child TB: Serious case review");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("the GP did not share the father's history", "the health visitor saw only the mother");
        assertThat(first.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).extracting(Item::text)
                .containsExactly("see fathers at every contact", "refer every bruise");
        assertThat(first.linkText()).isEqualTo("Read practice review (PDF)");
        assertThat(digest.entries().get(1).section(SectionType.RECOMMENDATIONS).orElseThrow().items())
                .extracting(Item::text).containsExactly("follow up every absence", "share attendance with social care");
        assertThat(digest.entries().get(1).linkText()).isEqualTo("Read overview report (PDF)");
        assertThat(digest.month()).hasToString("2026-06");
    }

    @Test
    void aRecommendationsCellThatSaysThereAreNoneIsThatStatementNotAnItem() throws IOException {
        List<List<String>> childTc = List.of(
                List.of("*Child TC: Rapid", "*review", "Read rapid review", "(PDF)"),
                List.of("Serious injury to a 3-year-old", "boy in 2024. Child TC is", "White Irish."),
                List.of("\u2022 the nursery's concerns were", "   not passed on"),
                List.of("Makes no recommendations", "as the partnership had", "already agreed a plan."));
        Path pdf = new RuledTablePdf(RuledTablePdf.Rules.NONE, COLUMNS)
                .write(dir.resolve("none.pdf"), "Case reviews published in June 2026", HEADER, List.of(childTa(), childTc));
        ParsedDigest digest = new DigestParser().parse(read(pdf));

        DigestEntry second = digest.entries().get(1);
        assertThat(second.title()).isEqualTo("Child TC: Rapid review");
        assertThat(second.noRecommendations()).isTrue();
        assertThat(second.noRecommendationsText())
                .isEqualTo("Makes no recommendations as the partnership had already agreed a plan.");
        assertThat(second.section(SectionType.RECOMMENDATIONS).map(s -> s.items().size()).orElse(0)).isZero();
        assertThat(second.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("the nursery's concerns were not passed on");
        assertThat(digest.entries().get(0).noRecommendations()).isFalse();
    }

    @Test
    void strokedRulesPartRowsAsFilledOnesDo() throws IOException {
        Path pdf = new RuledTablePdf(RuledTablePdf.Rules.STROKED, COLUMNS)
                .write(dir.resolve("stroked.pdf"), "Case reviews published in June 2026", HEADER, List.of(childTa(), childTb()));
        assertThat(read(pdf)).contains("## Child TA: Child safeguarding practice review\n\nDeath of a 5-month-old boy in "
                + "2025 from a head injury. Child TA is White British.\n\nLearning:\n- the GP did not share the father's "
                + "history\n- the health visitor saw only the mother\n\nRecommendations:\n- see fathers at every contact\n"
                + "- refer every bruise\n\nRead practice review (PDF)\n\n## Child TB: Serious case review");
    }

    @Test
    void aTableWithoutRulesOverTwoPagesIsOneTableWithARowPerReview() throws IOException {
        List<List<List<String>>> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(i % 2 == 0 ? childTa() : childTb());
        }
        Path pdf = new RuledTablePdf(RuledTablePdf.Rules.NONE, COLUMNS)
                .write(dir.resolve("plain.pdf"), "Case reviews published in June 2026", HEADER, rows);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
        String text = read(pdf);
        ParsedDigest digest = new DigestParser().parse(text);

        assertThat(text).doesNotContain("Review Summary").doesNotContain("\n2\n");
        assertThat(digest.entries()).hasSize(10);
        assertThat(digest.entries()).allSatisfy(entry -> {
            assertThat(entry.title()).startsWith("Child T").endsWith("review");
            assertThat(entry.section(SectionType.LEARNING).orElseThrow().items()).isNotEmpty();
            assertThat(entry.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).hasSize(2);
        });
    }

    @Test
    void aRuledTableGoesOnOverAPageWithoutItsHeaderRow() throws IOException {
        List<List<List<String>>> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(i % 2 == 0 ? childTa() : childTb());
        }
        Path pdf = new RuledTablePdf(RuledTablePdf.Rules.STROKED, COLUMNS).headerOnFirstPageOnly()
                .write(dir.resolve("continued.pdf"), "Case reviews published in June 2026", HEADER, rows);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
        ParsedDigest digest = new DigestParser().parse(read(pdf));

        assertThat(digest.entries()).hasSize(12);
        assertThat(digest.entries().get(11).title()).isEqualTo("Child TB: Serious case review");
        assertThat(digest.entries().get(11).section(SectionType.RECOMMENDATIONS).orElseThrow().items())
                .extracting(Item::text).containsExactly("follow up every absence", "share attendance with social care");
    }

    @Test
    void aRowSplitByAPageBreakIsJoinedToItsFirstPart() {
        List<List<String>> page1 = List.of(HEADER,
                List.of("Child TC: Child safeguarding practice review\nRead practice review (PDF)", "Neglect of a boy in 2020.",
                        "\u2022 a", "\u2022 b"),
                List.of("Child TD:", "Death of a 17-year-old boy in", "\u2022 his drug use was not", ""));
        List<List<String>> page2 = List.of(
                List.of("Serious case review\nRead overview report (PDF)", "2018 from an overdose.",
                        "referred on\n\u2022 his carers were not told", "\u2022 refer drug use"),
                List.of("", "Child TE is White British.", "", ""),
                List.of("Child TF: Serious case review", "Neglect in 2015.", "\u2022 c", "\u2022 d"));

        List<List<String>> joined = DigestTable.joined(page1, page2, 1);

        assertThat(joined).hasSize(4);
        assertThat(joined.get(2)).containsExactly("Child TD: Serious case review\nRead overview report (PDF)",
                "Death of a 17-year-old boy in 2018 from an overdose.\nChild TE is White British.",
                "\u2022 his drug use was not referred on\n\u2022 his carers were not told", "\u2022 refer drug use");
        assertThat(joined.get(3).get(0)).isEqualTo("Child TF: Serious case review");
    }

    @ParameterizedTest
    @EnumSource(RuledTablePdf.Rules.class)
    void headerCellsWrappedOntoTwoLinesNameTheirColumnsWhole(RuledTablePdf.Rules rules) throws IOException {
        List<String> wrapped = List.of("Review", "Summary", "Key\nlearning", "Recommend-\nations");
        Path pdf = new RuledTablePdf(rules, COLUMNS)
                .write(dir.resolve("wrapped.pdf"), "Case reviews published in June 2026", wrapped, List.of(childTa(), childTb()));
        ParsedDigest digest = new DigestParser().parse(read(pdf));

        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child TA: Child safeguarding practice review", "Child TB: Serious case review");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).isEqualTo("Death of a 5-month-old boy in 2025 from a head injury. Child TA is White British.");
        assertThat(first.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("the GP did not share the father's history", "the health visitor saw only the mother");
        assertThat(first.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).extracting(Item::text)
                .containsExactly("see fathers at every contact", "refer every bruise");
        assertThat(new PdfDigestSniffer(new DigestParser()).test(pdf)).isTrue();
    }

    @Test
    void aRowSplitAtASentenceEndGoesOnWhenTheNextPagesFirstCellOpensNoEntry() {
        List<List<String>> page1 = List.of(HEADER,
                List.of("Child TC: Child safeguarding practice review", "Neglect of a boy in 2020.", "\u2022 a", "\u2022 b"),
                List.of("Child TD: Serious", "Death of a 17-year-old boy in 2018.", "\u2022 his drug use was not", ""));
        List<List<String>> lowerCase = List.of(
                List.of("case review\nRead overview report (PDF)", "Child TD is White British.",
                        "referred on\n\u2022 his carers were not told", "\u2022 refer drug use"),
                List.of("Child TF: Serious case review", "Neglect in 2015.", "\u2022 c", "\u2022 d"));

        List<List<String>> joined = DigestTable.joined(page1, lowerCase, 1);

        assertThat(joined).hasSize(4);
        assertThat(joined.get(2)).containsExactly("Child TD: Serious case review\nRead overview report (PDF)",
                "Death of a 17-year-old boy in 2018.\nChild TD is White British.",
                "\u2022 his drug use was not referred on\n\u2022 his carers were not told", "\u2022 refer drug use");
        assertThat(joined.get(3).get(0)).isEqualTo("Child TF: Serious case review");

        List<List<String>> titleWhole = List.of(page1.get(0), page1.get(1),
                List.of("Child TD: Serious case review", "Death of a 17-year-old boy in 2018.", "\u2022 his drug use", ""));
        List<List<String>> linkOnly = List.of(
                List.of("Read overview report (PDF)", "Child TD is White British.", "", "\u2022 refer drug use"));
        assertThat(DigestTable.joined(titleWhole, linkOnly, 1)).hasSize(3).last()
                .satisfies(row -> assertThat(row.get(0)).isEqualTo("Child TD: Serious case review\nRead overview report (PDF)"));

        List<List<String>> titleCut = List.of(page1.get(0), page1.get(1),
                List.of("Child TD:", "Death of a 17-year-old boy in 2018.", "\u2022 his drug use was not referred on", ""));
        List<List<String>> capital = List.of(List.of("Serious case review", "Child TD is White British.", "", "\u2022 refer"));
        assertThat(DigestTable.joined(titleCut, capital, 1)).hasSize(3).last()
                .satisfies(row -> assertThat(row.get(0)).isEqualTo("Child TD: Serious case review"));
    }

    @Test
    void aRowAfterASentenceEndThatOpensAnEntryIsANewRow() {
        List<List<String>> page1 = List.of(HEADER,
                List.of("Child TC: Child safeguarding practice review", "Neglect of a boy in 2020.", "\u2022 a", "\u2022 b"));
        List<List<String>> page2 = List.of(List.of("Child TF: Serious case review", "Neglect in 2015.", "\u2022 c", "\u2022 d"),
                List.of("2019 \u2013 Eastmere \u2013 Baby TG", "Death of a baby.", "\u2022 e", "\u2022 f"));
        assertThat(DigestTable.joined(page1, page2, 1)).hasSize(4);
    }

    @Test
    void aLineWhoseBaselineFallsJustBelowItsRowsBottomRuleStaysInItsRow() throws IOException {
        Path pdf = new RuledTablePdf(RuledTablePdf.Rules.STROKED, COLUMNS).shortRows()
                .write(dir.resolve("short.pdf"), "Case reviews published in June 2026", HEADER, List.of(childTa(), childTb()));
        ParsedDigest digest = new DigestParser().parse(read(pdf));

        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child TA: Child safeguarding practice review", "Child TB: Serious case review");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).isEqualTo("Death of a 5-month-old boy in 2025 from a head injury. Child TA is White British.");
        assertThat(first.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("the GP did not share the father's history", "the health visitor saw only the mother");
        assertThat(first.linkText()).isEqualTo("Read practice review (PDF)");
        DigestEntry last = digest.entries().get(1);
        assertThat(last.summary()).isEqualTo("Neglect of a 7-year-old girl in 2017. Child TB is Asian British.");
        assertThat(last.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).extracting(Item::text)
                .containsExactly("follow up every absence", "share attendance with social care");
    }

    @Test
    void aLinkAnnotationOverAnUntaggedCellsLineGivesTheRowsEntryItsReportLink() throws IOException {
        List<String> header = List.of("Review", "Summary", "Learning", "Recommendations", "Link");
        float[] columns = {40, 130, 260, 370, 480, 560};
        String first = "https://example.org/media/1/review.pdf";
        String second = "https://example.org/media/2/review.pdf";
        List<List<String>> childTa = List.of(List.of("*Child TA: Child", "*safeguarding", "*practice review"),
                List.of("Death of a 5-month-old", "boy in 2025. Child TA", "is White British."),
                List.of("\u2022 the GP did not share", "   the father's history"),
                List.of("\u2022 see fathers at every", "   contact"),
                List.of("Read practice <" + first + ">", "review (PDF) <" + first + ">"));
        List<List<String>> childTb = List.of(List.of("*Child TB: Serious", "*case review"),
                List.of("Neglect of a 7-year-old", "girl in 2017."),
                List.of("\u2022 missed school days", "   were not followed up"),
                List.of("\u2022 follow up every", "   absence"),
                List.of("Read overview <" + second + ">", "report (PDF) <" + second + ">"));
        Path pdf = new RuledTablePdf(RuledTablePdf.Rules.FILLED, columns)
                .write(dir.resolve("links.pdf"), "Case reviews published in June 2026", header, List.of(childTa, childTb));

        List<DigestEntry> entries = new DigestParser().parse(read(pdf)).entries();

        assertThat(entries).extracting(DigestEntry::title, DigestEntry::linkText, DigestEntry::linkTarget).containsExactly(
                tuple("Child TA: Child safeguarding practice review", "Read practice review (PDF)", first),
                tuple("Child TB: Serious case review", "Read overview report (PDF)", second));
    }

    @Test
    void theSnifferTellsAnUntaggedTableDigestFromAReport() throws IOException {
        Path pdf = new RuledTablePdf(RuledTablePdf.Rules.FILLED, COLUMNS)
                .write(dir.resolve("sniffed.pdf"), "Case reviews published in June 2026", HEADER, List.of(childTa(), childTb()));
        assertThat(new PdfDigestSniffer(new DigestParser()).test(pdf)).isTrue();
    }

    @Test
    void aHeaderIsAReviewCellThenTwoLabelledSections() {
        assertThat(DigestTable.isHeader(HEADER)).isTrue();
        assertThat(DigestTable.isHeader(List.of("Review", "What happened", "Learning includes", "Recommendations include")))
                .isTrue();
        // two newsletter columns whose labels share a line: no review cell
        assertThat(DigestTable.isHeader(List.of("Learning includes:", "Recommendations include:"))).isFalse();
        assertThat(DigestTable.isHeader(List.of("Ref", "Action", "Owner"))).isFalse();
        assertThat(DigestTable.hasHeaderLine("Case reviews\nReview Summary Learning Recommendations\nChild A")).isTrue();
        assertThat(DigestTable.hasHeaderLine("The review found that learning was not shared.")).isFalse();
    }
}
