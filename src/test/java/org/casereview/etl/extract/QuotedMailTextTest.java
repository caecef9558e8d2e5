package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Digests b20, kind 1: a forwarded, quoted, format=flowed body read as its sender wrote it. */
class QuotedMailTextTest {
    private static final QuotedMailText.Format FLOWED = new QuotedMailText.Format(true, false);

    @Test
    void aMostlyQuotedBodyLosesItsQuoteMarksAndTheForwardedHeaderBlock() {
        String body = """
                See below.

                ---------- Forwarded message ---------
                From:\tLearning team <learning@example.org>
                Date:\tWed, 4 Jun 2031 10:00:00 +0000
                Subject:\tMonthly summaries
                To:\tleads@example.org

                > Monthly summaries
                >
                > Child QE: Serious case review
                >
                > Neglect of a girl aged 4 in 2030.
                >
                > Learning includes:
                > * the nursery did not share its worries
                > > a line quoted twice
                """;

        assertThat(QuotedMailText.read(body, QuotedMailText.Format.FIXED)).isEqualTo("""
                See below.


                Monthly summaries

                Child QE: Serious case review

                Neglect of a girl aged 4 in 2030.

                Learning includes:
                * the nursery did not share its worries
                a line quoted twice
                """);
    }

    @Test
    void softBreaksOfAFlowedBodyAreJoinedAtTheSameQuoteDepthAndABlankLineStillEndsAParagraph() {
        String body = "> Neglect of a boy aged 6 in 2030 whose \n> mother had a learning disability.\n>\n"
                + "> * the school's worries were not shared with \n>   the health visitor\n"
                + "> Key learning: \n>\n> -- \n";

        assertThat(QuotedMailText.read(body, FLOWED)).isEqualTo("""
                Neglect of a boy aged 6 in 2030 whose mother had a learning disability.

                * the school's worries were not shared with the health visitor
                Key learning:

                --\s
                """);
    }

    @Test
    void withDelSpTheSpaceBeforeASoftBreakIsDeletedAndSpaceStuffingUndone() {
        String body = "A word bro \nken over a line.\n  Stuffed line.\n";

        assertThat(QuotedMailText.read(body, new QuotedMailText.Format(true, true)))
                .isEqualTo("A word broken over a line.\n Stuffed line.\n");
    }

    @Test
    void aReplyWhoseQuotedLinesAreFewKeepsItsQuoteMarksAndADashedRuleOverOrdinaryTextStays() {
        String body = """
                Child QF: Serious case review
                ----------
                Learning: the nursery did not share its worries
                Recommendations: share every worry
                > 3 agencies took part
                """;

        assertThat(QuotedMailText.read(body, QuotedMailText.Format.FIXED)).isEqualTo(body);
    }
}
