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

/**
 * Session 31's b55 kind 3: self-check gaps. A digest drawn font by font gave each entry its bold child's code as the
 * whole summary; a digest whose titles were outlined was read as one report of summaries, labelled lists and 'Read
 * the ... (PDF)' lines, and that report said 'ok'. Every child here is invented.
 */
class DigestReadWrongSelfCheckTest {

    private static LoadedReview entry(String title, String child, String summary) {
        ReviewRow row = ReviewRow.builder().reviewId("2026-11-" + title.length()).title(title).childName(child)
                .summary(summary).build();
        return new LoadedReview(row, "digest", List.of(new Section(SectionType.LEARNING, 1, "Learning includes:",
                "", null, null, List.of(new Item(1, "the school was not told", null)))), List.of(), List.of());
    }

    @Test
    void aSummaryThatIsOnlyTheChildsCodeIsDoubtful() {
        List<LoadedReview> entries = List.of(entry("Child FQ: Child safeguarding practice review", "Child FQ", "Child FQ"),
                entry("Baby GQ: Serious case review", "Baby GQ", "Baby GQ."),
                entry("Child HQ: Learning review", "Child HQ", "Serious harm to a boy of 4 in 2030. Child HQ is White British."));
        assertThat(DigestChecks.judge(entries).notes())
                .contains("2 of 3 entries have a summary that is only the child's name ('Child FQ')");
    }

    @Test
    void summariesThatNameTheChildInASentenceAreNoNote() {
        List<LoadedReview> entries = List.of(entry("Child HQ: Learning review", "Child HQ", "Child HQ was neglected."),
                entry("Jack: Serious case review", "Jack", "Death of Jack, aged 2, in 2029."));
        assertThat(NameOnlySummaries.note(entries)).isEmpty();
    }

    private static Section section(SectionType type, int ordinal, String heading, String text) {
        return new Section(type, ordinal, heading, text, 1, 1, List.<Item>of());
    }

    private static List<ItemRow> items(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> new ItemRow(SectionType.LEARNING, i + 1,
                "point " + i, 1, List.of())).toList();
    }

    @Test
    void aReportOfSummariesLabelledListsAndReadThePdfLinesIsADigestReadAsAReport() {
        List<Section> sections = List.of(
                section(SectionType.LEARNING, 1, "Learning includes:", "\u2022 the home did not share car numbers"),
                section(SectionType.RECOMMENDATIONS, 2, "Recommendations include:", "\u2022 use disruption powers\n"
                        + "Read the practice review (PDF)\nDeath of a 2-year-old boy in 2015 from abdominal injuries."),
                section(SectionType.LEARNING, 3, "Learning includes:", "\u2022 the partner's name was not recorded"),
                section(SectionType.RECOMMENDATIONS, 4, "Recommendations include:", "\u2022 record every adult\n"
                        + "Read the overview report (PDF)\nNeglect of two sisters, aged 8 and 12, in 2024."),
                section(SectionType.LEARNING, 5, "Learning includes:", "\u2022 young carers were not identified"));
        assertThat(DigestLinesInReport.note(new ReportEvidence(2, sections, items(5)))).contains(
                "2 lines linking a review's document ('Read the overview report (PDF)'): a digest's entries read as one "
                        + "report?");
    }

    @Test
    void aReportLinkingItsOwnDocumentIsNoDigest() {
        List<Section> sections = List.of(
                section(SectionType.OTHER, 1, "Introduction", "This briefing sums up the review.\n"
                        + "Read the full report (PDF)"),
                section(SectionType.LEARNING, 2, "Learning", "\u2022 the school was not told"),
                section(SectionType.RECOMMENDATIONS, 3, "Recommendations", "\u2022 tell the school\n"
                        + "Download the full report (PDF)"));
        assertThat(DigestLinesInReport.note(new ReportEvidence(2, sections, items(2)))).isEmpty();
    }
}
