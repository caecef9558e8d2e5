package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/**
 * A child-friendly version of a review asks its headings as a child would: the adults are 'grown-ups', the
 * recommendations 'what we are going to do', the introduction 'why we wrote this'. Invented phrasings of the family.
 */
class ChildFriendlyQuestionHeadingTypingTest {

    private static final SectionTyper TYPER = new SectionTyper(Vocabulary.defaults());

    @Test
    void whatTheGrownUpsDidWellIsGoodPractice() {
        assertThat(TYPER.type("What did the grown-ups do well?")).isEqualTo(SectionType.GOOD_PRACTICE);
        assertThat(TYPER.type("What did adults do well?")).isEqualTo(SectionType.GOOD_PRACTICE);
        assertThat(TYPER.type("What did the people helping you do well")).isEqualTo(SectionType.GOOD_PRACTICE);
        assertThat(TYPER.type("What did the workers get right?")).isEqualTo(SectionType.GOOD_PRACTICE);
        assertThat(TYPER.type("What went right?")).isEqualTo(SectionType.GOOD_PRACTICE);
    }

    @Test
    void whatWeAreGoingToDoIsRecommendations() {
        assertThat(TYPER.type("What are we going to do now?")).isEqualTo(SectionType.RECOMMENDATIONS);
        assertThat(TYPER.type("What are the grown-ups going to do next?")).isEqualTo(SectionType.RECOMMENDATIONS);
        assertThat(TYPER.type("What is going to change?")).isEqualTo(SectionType.RECOMMENDATIONS);
        assertThat(TYPER.type("What will adults do differently?")).isEqualTo(SectionType.RECOMMENDATIONS);
    }

    @Test
    void whyWeWroteThisIsTheIntroduction() {
        assertThat(TYPER.type("Why did we write this?")).isEqualTo(SectionType.INTRODUCTION);
        assertThat(TYPER.type("Why have we written this booklet?")).isEqualTo(SectionType.INTRODUCTION);
        assertThat(TYPER.type("Why are we telling you this?")).isEqualTo(SectionType.INTRODUCTION);
        assertThat(TYPER.type("Why was this written?")).isEqualTo(SectionType.INTRODUCTION);
    }
}
