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

    /** b49 kind 6: a newsletter read out of frame order kept its jump marks as text, and said 'ok'. */
    @Test
    void aJumpMarkReadAsATitleOrInASummaryIsDoubtful() {
        List<LoadedReview> entries = List.of(
                entry("Child CB: Learning review", "Radicalisation of a boy. Continued from page 1 His cousin, aged 20.", true),
                entry("Continued from page 1", "His older cousin shared the videos.", true),
                entry("Child Q: Practice review", "He was continued on a plan from page one.", true));
        assertThat(DigestChecks.judge(entries).notes()).containsExactly("2 of 3 entries have a page jump mark "
                + "('Continued on/from page N') in their title or summary (a jump not joined?)");
    }

    /** b53 kind 2: a title drawn twice over itself (simulated bold) read twice, and the digest said 'ok'. */
    @Test
    void aTitleThatIsOneStringTwiceIsDoubtful() {
        List<LoadedReview> entries = List.of(
                entry("Child DV: Child safeguarding practice reviewChild DV: Child safeguarding practice review", "S.", true),
                entry("Child EV: Learning review Child EV: Learning review", "S.", true),
                entry("Children AV and AV: Practice review", "S.", true), entry("Baby AVBaby AV", "S.", true));
        assertThat(DigestChecks.judge(entries).notes()).containsExactly(
                "2 of 4 entries have a title that is one string twice (text drawn over itself read twice?)");
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

    private static LoadedReview entryOf(String title, String summary, List<Section> sections) {
        ReviewRow row = ReviewRow.builder().reviewId("2026-11-" + title).title(title).summary(summary).build();
        return new LoadedReview(row, "digest", sections, ItemRow.fromSections(sections), List.of());
    }

    private static Section list(SectionType type, int ordinal, String heading, String... items) {
        List<Item> list = new java.util.ArrayList<>();
        for (String item : items) {
            list.add(new Item(list.size() + 1, item, null));
        }
        return new Section(type, ordinal, heading, String.join("\n", items), null, null, list);
    }

    private static LoadedReview wellRead(String title) {
        return entryOf(title, "Neglect of a boy aged 4 in 2023. The family had moved three times.", List.of(
                list(SectionType.LEARNING, 2, "Learning includes", "records did not follow the family",
                        "the school nurse was not told of the moves"),
                list(SectionType.RECOMMENDATIONS, 3, "Recommendations include", "share records when a family moves")));
    }

    @Test
    void aListLabelWithNothingUnderItIsDoubtful() {
        LoadedReview lost = entryOf("Child K", "Neglect of a boy aged 4 in 2023.", List.of(
                list(SectionType.LEARNING, 2, "Learning includes", "records did not follow the family"),
                new Section(SectionType.RECOMMENDATIONS, 3, "Recommendations include", "", null, null, List.of())));
        assertThat(DigestChecks.judge(List.of(lost, wellRead("Child L"))).notes())
                .containsExactly("1 of 2 entries have a list label with no item under it ('Recommendations include')");

        LoadedReview keywordsOnly = entryOf("Child M", "Neglect of a boy aged 4 in 2023.", List.of(
                list(SectionType.LEARNING, 2, "Learning includes", "records did not follow the family"),
                new Section(SectionType.OTHER, 3, "Keywords", "", null, null, List.of())));
        assertThat(DigestChecks.judge(List.of(keywordsOnly, wellRead("Child L"))).quality()).isEqualTo("ok");

        ReviewRow saysNone = ReviewRow.builder().reviewId("2026-11-child-n").title("Child N").summary("Neglect.")
                .noRecommendations(true).build();
        LoadedReview noneAnswered = new LoadedReview(saysNone, "digest", List.of(
                list(SectionType.LEARNING, 2, "Learning includes", "records did not follow the family"),
                new Section(SectionType.RECOMMENDATIONS, 3, "Recommendations include", "", null, null, List.of())),
                List.of(new ItemRow(SectionType.LEARNING, 1, "records did not follow the family", null)), List.of());
        assertThat(DigestChecks.judge(List.of(noneAnswered, wellRead("Child L"))).quality()).isEqualTo("ok");

        LoadedReview overTwoLists = entryOf("Child O", "Neglect of a boy aged 4 in 2023.", List.of(
                new Section(SectionType.LEARNING, 2, "Learning and recommendations", "", null, null, List.of()),
                list(SectionType.LEARNING, 3, "Learning", "records did not follow the family"),
                list(SectionType.RECOMMENDATIONS, 4, "Recommendations", "share records when a family moves")));
        assertThat(DigestChecks.judge(List.of(overTwoLists, wellRead("Child L"))).notes())
                .noneMatch(n -> n.contains("no item under it"));
    }

    @Test
    void listLabelsLeftInTheSummaryOrInAnotherListAreDoubtful() {
        LoadedReview inSummary = entryOf("Child K", "Neglect of a boy aged 4 in 2023. Learning includes: records did "
                + "not follow the family; the school nurse was not told. Recommendations: share records.", List.of());
        assertThat(DigestChecks.judge(List.of(inSummary, wellRead("Child L"))).notes()).contains(
                "1 of 2 entries name a list in their text ('Learning includes:') but have no item of its kind");

        LoadedReview inAnItem = entryOf("Child N", "Neglect of a boy aged 4 in 2023.", List.of(
                list(SectionType.LEARNING, 2, "Learning includes", "records did not follow the family",
                        "the school nurse was not told. Good practice noted: the GP's referral on the same day")));
        assertThat(DigestChecks.judge(List.of(inAnItem, wellRead("Child L"))).notes()).containsExactly(
                "1 of 2 entries name a list in their text ('Good practice noted:') but have no item of its kind");

        LoadedReview unknownWording = entryOf("Child T", "Neglect of a boy aged 4 in 2023.", List.of(
                list(SectionType.LEARNING, 2, "Learning includes", "records did not follow the family",
                        "Recommendations made by the review include: share records when a family moves")));
        assertThat(DigestChecks.judge(List.of(unknownWording, wellRead("Child L"))).notes()).containsExactly(
                "1 of 2 entries name a list in their text ('Recommendations made by the review include:') but have no "
                        + "item of its kind");
        LoadedReview titleInSummary = entryOf("Child U", "Neglect of a boy aged 4. Learning from case reviews: see "
                + "the briefing.", List.of(list(SectionType.RECOMMENDATIONS, 2, "Recommendations", "share records")));
        assertThat(DigestChecks.judge(List.of(titleInSummary, wellRead("Child L"))).quality()).isEqualTo("ok");
    }

    /**
     * Issue 9 (digests b42, kind 4b): labels marked up as bold (wikitext's {@code '''Learning includes:'''}, markdown's
     * '**Recommendations:**') and left in the summary with their items after them: the lists were not read.
     */
    @Test
    void boldListLabelsLeftInTheSummaryAreDoubtful() {
        LoadedReview wiki = entryOf("Child W", "Harm to a boy aged 15 in 2016. Child W is of Kurdish heritage. "
                + "'''Learning includes:''' * boys were not seen as at risk", List.of());
        assertThat(DigestChecks.judge(List.of(wiki, wellRead("Child L"))).notes()).contains(
                "1 of 2 entries name a list in their text ('Learning includes:') but have no item of its kind");
        LoadedReview markdown = entryOf("Child X", "Death of a boy aged 6 months in 2024. **Recommendations:** "
                + "check that an account of an injury fits", List.of(list(SectionType.LEARNING, 2, "Learning", "a")));
        assertThat(DigestChecks.judge(List.of(markdown, wellRead("Child L"))).quality()).isEqualTo("doubtful");
    }

    @Test
    void listWordsInASentenceOrALabelWhoseListWasReadAreNoSign() {
        LoadedReview midSentence = entryOf("Child P", "Neglect of a girl aged 6. The review identified learning in "
                + "three areas: housing, school and health. It makes no recommendations.", List.of(
                list(SectionType.LEARNING, 2, "Learning", "housing moves were not shared")));
        LoadedReview readToo = entryOf("Child Q", "Neglect of a girl aged 6. Learning: see below.", List.of(
                list(SectionType.LEARNING, 2, "Learning", "housing moves were not shared")));
        assertThat(DigestChecks.judge(List.of(midSentence, readToo, wellRead("Child L"))).quality()).isEqualTo("ok");
    }

    @Test
    void textReadOneLetterAtATimeIsDoubtful() {
        LoadedReview spaced = entryOf("Child R", "Neglect of a boy aged 4 in 2023. L E A R N I N G I N C L U D E : "
                + "records did not follow the family", List.of());
        assertThat(DigestChecks.judge(List.of(spaced, wellRead("Child L"))).notes())
                .contains("1 of 2 entries have text read one letter at a time ('L E A R N I N G I N C L U D E')");
        LoadedReview initials = entryOf("Child S", "Harm to Child S (known as A B) in 2023.", List.of(
                list(SectionType.LEARNING, 2, "Learning", "housing moves were not shared")));
        assertThat(DigestChecks.judge(List.of(initials, wellRead("Child L"))).quality()).isEqualTo("ok");
    }

    /** Digests b44 (kind 1c): a mailing list digest's masthead read as its one entry is no review. */
    @Test
    void aMailingListsMastheadReadAsAnEntryIsDoubtful() {
        LoadedReview masthead = entry("Send Invented-list mailing list submissions to invented-list@lists.example.org",
                "To subscribe or unsubscribe via the World Wide Web, visit https://lists.example.org/listinfo", true);
        assertThat(DigestChecks.judge(List.of(masthead)).notes()).containsExactly(
                "1 of 1 entries have a mailing list's own words or an e-mail address as title (a list's masthead read as an entry?)");
        LoadedReview review = entry("Child QL: Child safeguarding practice review", "Harm to a boy aged 4 months. "
                + "The family had moved from another list of addresses.", true);
        assertThat(DigestChecks.judge(List.of(review)).quality()).isEqualTo("ok");
    }
}
