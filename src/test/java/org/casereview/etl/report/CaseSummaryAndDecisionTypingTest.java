package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/** A case summary tells the case (background); a rapid review's decision and rationale is its conclusion. */
class CaseSummaryAndDecisionTypingTest {

    private static final SectionTyper TYPER = new SectionTyper(Vocabulary.defaults());

    @Test
    void aCaseSummaryIsBackgroundWhileASummaryStaysASummary() {
        assertThat(TYPER.type("3. Case summary")).isEqualTo(SectionType.BACKGROUND);
        assertThat(TYPER.type("Summary")).isEqualTo(SectionType.SUMMARY);
        assertThat(TYPER.type("Case summary and learning")).isEqualTo(SectionType.SUMMARY);
    }

    @Test
    void theDecisionOfARapidReviewIsItsConclusionWhileARationaleStaysIntroduction() {
        assertThat(TYPER.type("Decision and rationale")).isEqualTo(SectionType.CONCLUSION);
        assertThat(TYPER.type("Rationale for the review")).isEqualTo(SectionType.INTRODUCTION);
    }
}
