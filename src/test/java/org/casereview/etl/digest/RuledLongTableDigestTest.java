package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ruled landscape digest table over two pages as LaTeX's longtable sets it (invented reviews): the header row
 * repeated on page 2, a review's row cut by the page break (walls but no rule under its first part, a 'Continued on
 * the next page' line below) and going on in a row whose Review and Summary cells are empty.
 */
class RuledLongTableDigestTest {

    @TempDir
    Path dir;

    private static final List<List<String>> CHILD_RA = List.of(
            List.of("*Child RA: Serious case", "*review", "Read the review (PDF)"),
            List.of("Neglect of a boy, aged 4,", "in 2024. Child RA is", "White British."),
            List.of("\u2022 the nursery did not", "report his absences"),
            List.of("\u2022 share absences with the", "health visitor"));
    private static final List<List<String>> CHILDREN_RB_RC = List.of(
            List.of("*Children RB and RC:", "*Child safeguarding", "*practice review", "Read the review (PDF)"),
            List.of("Neglect of two sisters,", "aged 6 and 9, in 2023.", "The girls are of Polish", "heritage."),
            List.of("\u2022 the school nurse saw", "weight loss", "\u2022 no one visited at home"),
            List.of("\u2022 weigh children at every", "school health check"));
    private static final List<List<String>> THEIR_REST = List.of(
            List.of(), List.of(),
            List.of("\u2022 the plan was closed", "too soon", "\u2022 the mother's views", "were not sought"),
            List.of("\u2022 visit the family at home"));
    private static final List<List<String>> CHILD_RD = List.of(
            List.of("*Child RD: Learning", "*review", "Read the review (PDF)"),
            List.of("Suicide of a girl, aged", "15, in 2025. Child RD is", "Black British."),
            List.of("\u2022 her self-harm was not", "shared with her GP"),
            List.of("\u2022 tell the GP about", "every self-harm"));

    private String text(List<RuledLongTablePdf.Page> pages) throws IOException {
        return text(pages, true);
    }

    private String text(List<RuledLongTablePdf.Page> pages, boolean repeatHeader) throws IOException {
        Path pdf = new RuledLongTablePdf(repeatHeader).write(dir.resolve("longtable.pdf"), "Case reviews published in March 2026", pages);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return LayoutDigestText.read(document, Integer.MAX_VALUE).orElseThrow();
        }
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }

    @Test
    void aRowCutByThePageBreakGoesOnInTheEmptyKeyedRowUnderTheRepeatedHeader() throws IOException {
        ParsedDigest digest = new DigestParser().parse(text(List.of(
                new RuledLongTablePdf.Page(List.of(CHILD_RA, CHILDREN_RB_RC), true),
                new RuledLongTablePdf.Page(List.of(THEIR_REST, CHILD_RD), false))));

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly("Child RA: Serious case review",
                "Children RB and RC: Child safeguarding practice review", "Child RD: Learning review");
        DigestEntry split = digest.entries().get(1);
        assertThat(split.summary()).isEqualTo("Neglect of two sisters, aged 6 and 9, in 2023. The girls are of Polish "
                + "heritage.");
        assertThat(items(split, SectionType.LEARNING)).containsExactly("the school nurse saw weight loss",
                "no one visited at home", "the plan was closed too soon", "the mother's views were not sought");
        assertThat(items(split, SectionType.RECOMMENDATIONS)).containsExactly("weigh children at every school health check",
                "visit the family at home");
        assertThat(items(digest.entries().get(2), SectionType.LEARNING))
                .containsExactly("her self-harm was not shared with her GP");
    }

    @Test
    void withoutTheHeaderRepeatedTheTableStillGoesOnOverThePageAfterTheCutRow() throws IOException {
        ParsedDigest digest = new DigestParser().parse(text(List.of(
                new RuledLongTablePdf.Page(List.of(CHILD_RA, CHILDREN_RB_RC), true),
                new RuledLongTablePdf.Page(List.of(THEIR_REST, CHILD_RD), false)), false));

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly("Child RA: Serious case review",
                "Children RB and RC: Child safeguarding practice review", "Child RD: Learning review");
        assertThat(items(digest.entries().get(1), SectionType.RECOMMENDATIONS))
                .containsExactly("weigh children at every school health check", "visit the family at home");
    }

    @Test
    void theContinuedLineUnderTheCutRowIsNoTextOfAnyEntry() throws IOException {
        String text = text(List.of(new RuledLongTablePdf.Page(List.of(CHILD_RA, CHILDREN_RB_RC), true),
                new RuledLongTablePdf.Page(List.of(THEIR_REST, CHILD_RD), false)));

        assertThat(text).contains("## Children RB and RC: Child safeguarding practice review")
                .doesNotContain("Children RB and RC: Child safeguarding practice review Neglect");
        assertThat(text.indexOf("the plan was closed too soon")).isGreaterThan(text.indexOf("no one visited at home"))
                .isLessThan(text.indexOf("## Child RD"));
    }

    @Test
    void aTableRowWithAnEmptyReviewCellGoesOnWithTheRowAboveOnOnePage() {
        List<List<String>> rows = List.of(RuledLongTablePdf.HEADER,
                List.of("Child RE: Serious case review", "Neglect of a boy in 2022.", "\u2022 a late referral", "\u2022 refer sooner"),
                List.of("", "", "\u2022 no home visits", ""));

        String text = DigestTable.entries(rows, 1).orElseThrow();

        assertThat(text).isEqualTo("## Child RE: Serious case review\n\nNeglect of a boy in 2022.\n\nLearning:\n"
                + "- a late referral\n- no home visits\n\nRecommendations:\n- refer sooner");
    }

    @Test
    void aFirstRowWithAnEmptyReviewCellKeepsItsTextForTheGrammarToPlaceOrReport() {
        List<List<String>> rows = List.of(RuledLongTablePdf.HEADER,
                List.of("", "the rest of a summary.", "\u2022 an item", ""),
                List.of("Child RF: Serious case review", "Neglect in 2021.", "\u2022 one", "\u2022 two"));

        String text = DigestTable.entries(rows, 1).orElseThrow();

        assertThat(text).startsWith("the rest of a summary.\n\n\u2022 an item\n\n## Child RF: Serious case review");
    }
}
