package org.casereview.etl.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReviewIdsTest {

    @Nested
    class FromNames {
        @Test
        void childNameGivesTheSlug() {
            assertThat(ReviewIds.of("2021-11", "Child V", "Child V; Child safeguarding practice review", "x"))
                    .isEqualTo("2021-11-child-v");
        }

        @Test
        void accentsAndPunctuationAreFolded() {
            assertThat(ReviewIds.of("2025-03", "Zoë-Anne (a pseudonym)", null, "x")).isEqualTo("2025-03-zoe-anne-a-pseudonym");
        }
    }

    @Nested
    class Fallbacks {
        @Test
        void thematicReviewUsesItsTitleCutAtAWord() {
            String id = ReviewIds.of("2021-11", null,
                    "Child sexual exploitation thematic child safeguarding practice review of many children", "x");
            assertThat(id).startsWith("2021-11-child-sexual-exploitation-thematic");
            assertThat(id.length()).isLessThanOrEqualTo("2021-11-".length() + 60);
            assertThat(id).doesNotEndWith("-");
        }

        @Test
        void nothingUsableGivesTheFallback() {
            assertThat(ReviewIds.of("2021-11", " ", "", "report-7")).isEqualTo("2021-11-report-7");
            assertThat(ReviewIds.slug("!!!")).isEqualTo("review");
        }
    }

    @Nested
    class Uniqueness {
        @Test
        void aFreeIdIsKeptAndATakenOneGetsTheFirstFreeSuffix() {
            Set<String> taken = Set.of("2021-11-child-a", "2021-11-child-a-2");
            assertThat(ReviewIds.firstFree("2021-11-child-b", taken::contains)).isEqualTo("2021-11-child-b");
            assertThat(ReviewIds.firstFree("2021-11-child-a", taken::contains)).isEqualTo("2021-11-child-a-3");
        }

        @Test
        void claimingGivesOutEachIdOnce() {
            Set<String> given = new HashSet<>();
            assertThat(ReviewIds.claim("2021-11-child-a", given)).isEqualTo("2021-11-child-a");
            assertThat(ReviewIds.claim("2021-11-child-a", given)).isEqualTo("2021-11-child-a-2");
            assertThat(ReviewIds.claim("2021-11-child-a-2", given)).isEqualTo("2021-11-child-a-2-2");
            assertThat(given).hasSize(3);
        }
    }
}
