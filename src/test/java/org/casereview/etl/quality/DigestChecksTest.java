package org.casereview.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.Item;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.LoadedReview;
import org.casereview.etl.document.ReviewRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

class DigestChecksTest {

    private static LoadedReview entry(String title, String summary, boolean withSections) {
        ReviewRow row = ReviewRow.builder().reviewId("2026-11-" + title.length()).title(title).summary(summary).build();
        List<Section> sections = withSections
                ? List.of(new Section(SectionType.LEARNING, 1, "Learning", "Curiosity", null, null, List.<Item>of()))
                : List.of();
        return new LoadedReview(row, "digest", sections, List.of(), List.of());
    }

    @Test
    void aWellReadDigestIsOk() {
        Verdict v = DigestChecks.judge(List.of(entry("Child V", "A summary.", true), entry("Baby D", "Another.", true)));
        assertThat(v.quality()).isEqualTo("ok");
    }

    @Test
    void aDigestWithoutEntriesIsDoubtful() {
        assertThat(DigestChecks.judge(List.of()).notesText()).isEqualTo("no entries found");
    }

    @Test
    void entriesWithoutSectionsOrSummaries() {
        List<LoadedReview> entries = List.of(entry("Child V", null, false), entry("Baby D", "", true),
                entry("Child Q", "Text.", true));
        assertThat(DigestChecks.judge(entries).notesText())
                .isEqualTo("1 of 3 entries have no sections; 2 of 3 entries have no summary");
    }

    @Test
    void aTitleReadAcrossColumnsOrANumberAsTitle() {
        List<LoadedReview> entries = List.of(entry("Child V " + "and the agencies around her ".repeat(6), "S.", true),
                entry("2026", "S.", true), entry("Child Q", "S.", true));
        assertThat(DigestChecks.judge(entries).notes()).containsExactly(
                "1 of 3 entries have titles over 160 characters", "1 of 3 entries have no title or a number as title");
    }

    @Test
    void titlesPrintedAsContentsLinesAreDoubtfulButATitleWithAYearIsNot() {
        List<LoadedReview> entries = List.of(entry("3 Child NP: Serious case review 1", "S.", true),
                entry("2024 - Northbrook - Child CA", "S.", true), entry("1. Child Q: Practice review", "S.", true));
        assertThat(DigestChecks.judge(entries).notes()).containsExactly(
                "1 of 3 entries have titles printed as contents lines (a section number before, a page number after)");
    }

    private static LoadedReview entryWithItems(String title, List<String> learning, List<String> recommendations) {
        ReviewRow row = ReviewRow.builder().reviewId("2026-11-" + title).title(title).summary("S.").build();
        List<ItemRow> items = new java.util.ArrayList<>();
        learning.forEach(t -> items.add(new ItemRow(SectionType.LEARNING, items.size() + 1, t, null, List.of())));
        recommendations.forEach(t -> items.add(new ItemRow(SectionType.RECOMMENDATIONS, items.size() + 1, t, null,
                List.of())));
        List<Section> sections = List.of(new Section(SectionType.LEARNING, 1, "Learning", "L", null, null, List.of()));
        return new LoadedReview(row, "digest", sections, items, List.of());
    }

    @Test
    void everyListOneLongItemIsDoubtfulButShortOrSeveralItemsAreNot() {
        String run = "safer sleep advice was given in English only the parents' cannabis use was not discussed after "
                + "the birth and the health visitor did not know about the methadone prescription at any visit";
        List<LoadedReview> runTogether = List.of(entryWithItems("a", List.of(run), List.of(run)),
                entryWithItems("b", List.of(run), List.of()));
        assertThat(DigestChecks.judge(runTogether).notes()).containsExactly(
                "every item list of 3 has one item of 32 words on average (list items run together?)");

        List<LoadedReview> twoItems = List.of(entryWithItems("a", List.of(run, run), List.of(run)),
                entryWithItems("b", List.of(run), List.of()));
        assertThat(DigestChecks.judge(twoItems).quality()).isEqualTo("ok");
        String item = "records did not follow the family when they moved";
        List<LoadedReview> shortSingles = List.of(entryWithItems("a", List.of(item), List.of(item)),
                entryWithItems("b", List.of(item), List.of()));
        assertThat(DigestChecks.judge(shortSingles).quality()).isEqualTo("ok");
    }

    @Test
    void anEntryWithOneKindOfListTwiceHoldsSeveralReviews() {
        ReviewRow row = ReviewRow.builder().reviewId("2026-11-swallowed").title("Contents").summary("S.").build();
        List<Section> sections = List.of(
                new Section(SectionType.LEARNING, 1, "Learning includes", "a", null, null, List.<Item>of()),
                new Section(SectionType.RECOMMENDATIONS, 2, "Recommendations include", "b", null, null, List.<Item>of()),
                new Section(SectionType.LEARNING, 3, "Learning includes", "c", null, null, List.<Item>of()));
        LoadedReview swallowed = new LoadedReview(row, "digest", sections, List.of(), List.of());

        assertThat(DigestChecks.judge(List.of(swallowed, entry("Baby D", "S.", true))).notes())
                .containsExactly("1 of 2 entries have one kind of list twice (several reviews in one entry?)");
        assertThat(DigestChecks.judge(List.of(entry("Baby D", "S.", true))).quality()).isEqualTo("ok");
    }
}
