package org.casereview.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.Item;
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
}
