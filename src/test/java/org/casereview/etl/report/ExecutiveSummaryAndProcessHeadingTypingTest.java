package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 (pending-batch32 kinds 5 and 7): the old serious case review executive-summary template names the case
 * 'The facts' (background) and its findings 'Key issues arising from the review'; a heading naming the review's
 * process is methodology even when the kind of review named holds the word 'learning'.
 */
class ExecutiveSummaryAndProcessHeadingTypingTest {

    private static final SectionTyper TYPER = new SectionTyper(Vocabulary.defaults());

    @Test
    void theFactsOfTheCaseAreItsBackground() {
        assertThat(TYPER.type("THE FACTS")).isEqualTo(SectionType.BACKGROUND);
        assertThat(TYPER.type("3. The facts of the case")).isEqualTo(SectionType.BACKGROUND);
        assertThat(TYPER.type("Summary of the facts")).isEqualTo(SectionType.BACKGROUND);
    }

    @Test
    void keyIssuesArisingFromAReviewAreItsFindings() {
        assertThat(TYPER.type("KEY ISSUES ARISING FROM THE REVIEW")).isEqualTo(SectionType.FINDINGS);
        assertThat(TYPER.type("4 Issues arising from this case")).isEqualTo(SectionType.FINDINGS);
        assertThat(TYPER.type("Key issues identified by the review")).isEqualTo(SectionType.FINDINGS);
        // issues put to the board remain questions for it
        assertThat(TYPER.type("Issues for the board to consider")).isEqualTo(SectionType.RECOMMENDATIONS);
    }

    @Test
    void theProcessOfALearningReviewIsMethodology() {
        assertThat(TYPER.type("The learning review process")).isEqualTo(SectionType.METHODOLOGY);
        assertThat(TYPER.type("2. Learning review methodology")).isEqualTo(SectionType.METHODOLOGY);
        assertThat(TYPER.type("How the learning review was conducted")).isEqualTo(SectionType.METHODOLOGY);
        assertThat(TYPER.itemType("The learning review process")).isEmpty();
        // learning itself still types learning, and a section naming learning from a review keeps it
        assertThat(TYPER.type("Key learning")).isEqualTo(SectionType.LEARNING);
        assertThat(TYPER.type("Learning from the review")).isEqualTo(SectionType.LEARNING);
    }
}
