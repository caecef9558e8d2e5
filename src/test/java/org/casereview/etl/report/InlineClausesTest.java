package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 9 (session 31's probe, {@link GeneralisationProbeS31Test}): lettered clauses run inline in one paragraph after
 * its lead-in are one item each, and the wrapped line that opens with the next clause's letter goes on the paragraph.
 * Prose that only refers to lettered paragraphs is left alone. Every body here is invented.
 */
class InlineClausesTest {

    @Test
    void lettersInSequenceAfterALeadInGiveOneClauseEach() {
        String text = "The Panel recommends that: (a) schools record each absence reason; (b) the police share"
                + " missing episodes with the school nurse within two days; and (c) the Panel checks both in a year.";

        assertThat(InlineClauses.of(text)).containsExactly("schools record each absence reason",
                "the police share missing episodes with the school nurse within two days",
                "the Panel checks both in a year.");
    }

    @Test
    void referencesInProseAndListsOpeningWithTheirLetterAreNoInlineClauses() {
        assertThat(InlineClauses.of("The guidance in paragraphs (a) and (b) of the protocol was not followed by"
                + " either agency.")).isEmpty();
        assertThat(InlineClauses.of("(a) schools record each absence reason; (b) the police share missing"
                + " episodes")).isEmpty();
        assertThat(InlineClauses.of("The Panel recommends that: (a) schools record each absence reason;"
                + " (c) the police share missing episodes")).isEmpty();
    }

    @Test
    void aLineOpeningWithTheNextLetterGoesOnTheParagraphHoldingTheLetterBefore() {
        List<String> paragraph = List.of("The Panel recommends that: (a) schools record each absence reason; (b) the",
                "police share missing episodes with the school nurse within two days; and");

        assertThat(InlineClauses.continues(paragraph, "(c) the Panel checks both in a year.")).isTrue();
        assertThat(InlineClauses.continues(paragraph, "(d) the Panel checks both in a year.")).isFalse();
        assertThat(InlineClauses.continues(List.of("(b) the police share missing episodes;"),
                "(c) the Panel checks both in a year.")).isFalse();
    }
}
