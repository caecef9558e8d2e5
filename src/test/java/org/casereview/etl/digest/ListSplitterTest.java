package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ListSplitterTest {

    private final ListSplitter splitter = new ListSplitter();

    @Nested
    class Semicolons {

        @Test
        void itemsSeparatedBySemicolons() {
            assertThat(splitter.split("review the policy; improve information sharing; train staff."))
                    .containsExactly("review the policy", "improve information sharing", "train staff");
        }

        @Test
        void andBeforeTheLastItemIsDropped() {
            assertThat(splitter.split("the nursery did not report bruising; and the focus was on mother."))
                    .containsExactly("the nursery did not report bruising", "the focus was on mother");
        }

        @Test
        void semicolonInsideBracketsDoesNotSplit() {
            assertThat(splitter.split("agencies (police; health) shared records; and reviewed plans"))
                    .containsExactly("agencies (police; health) shared records", "reviewed plans");
        }

        @Test
        void emptyPartsAreSkipped() {
            assertThat(splitter.split("one;; two;")).containsExactly("one", "two");
        }
    }

    @Nested
    class Sentences {

        @Test
        void oneSentenceIsOneItem() {
            assertThat(splitter.split("the importance of sharing information about harmful sexual behaviour."))
                    .containsExactly("the importance of sharing information about harmful sexual behaviour");
        }

        @Test
        void capitalisedSentencesWithoutSemicolonsAreItems() {
            assertThat(splitter.split("Improve supervision. Review the threshold document."))
                    .containsExactly("Improve supervision", "Review the threshold document");
        }

        @Test
        void emptyBodyHasNoItems() {
            assertThat(splitter.split("  ")).isEmpty();
        }
    }

    @Nested
    class Bullets {

        @Test
        void dashBulletsAreItems() {
            assertThat(splitter.split("- review the policy;\n- train staff\nin schools.\n- audit plans"))
                    .containsExactly("review the policy", "train staff in schools", "audit plans");
        }

        @Test
        void numberedLinesAreItemsWithoutTheirNumber() {
            assertThat(splitter.split("1. Review the neglect strategy\n2) Train staff"))
                    .containsExactly("Review the neglect strategy", "Train staff");
        }

        @Test
        void trackedChangeNumbersOldThenCurrentInBracketsAreListNumbers() {
            // a word processor printing tracked changes: the number an entry had, then the one it has in brackets
            assertThat(splitter.split("[1.] Ask who gives the care at home\n1.[2.] Share a parent's worry with the school"
                    + "\nwhen it is about the child.\n2.[3.] Audit carers' assessments"))
                    .containsExactly("Ask who gives the care at home",
                            "Share a parent's worry with the school when it is about the child",
                            "Audit carers' assessments");
        }

        @Test
        void leadInEndingWithColonIsNotAnItem() {
            assertThat(splitter.split("The partnership should:\n\u2022 audit plans\n\u2022 train staff"))
                    .containsExactly("audit plans", "train staff");
        }
    }

    @Nested
    class GroupPrefixes {

        @Test
        void prefixInsideAnItemStaysText() {
            assertThat(splitter.split("LA1 partnership: review the policy; LA2 partnership: train staff"))
                    .containsExactly("LA1 partnership: review the policy", "LA2 partnership: train staff");
        }
    }
}
