package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/**
 * An executive summary's 'Summary of Findings' tells the findings in short: the summarised thing names the section,
 * as 'Summary of events' is background and 'Summary of learning' learning. 'Summary' alone stays a summary.
 */
class SummaryOfFindingsHeadingTest {

    private final SectionTyper typer = new SectionTyper(Vocabulary.defaults());

    @Test
    void aSummaryOfTheFindingsIsTheFindings() {
        assertThat(typer.type("Summary of Findings")).isEqualTo(SectionType.FINDINGS);
        assertThat(typer.type("3. Summary of the key findings")).isEqualTo(SectionType.FINDINGS);
        assertThat(typer.type("SUMMARY OF MAIN FINDINGS")).isEqualTo(SectionType.FINDINGS);
        assertThat(typer.type("Summary")).isEqualTo(SectionType.SUMMARY);
        assertThat(typer.type("Summary of events")).isEqualTo(SectionType.BACKGROUND);
    }
}
