package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Digests b52 (kinds 5 and 6): what {@link RelatedLinkLists} and {@link SignOffs} take out, and what they leave. */
class SignOffsAndRelatedLinksTest {

    @Test
    void aSignOffAfterTheLastReviewGoes() {
        String text = "- the last item\n\nBest wishes,\n\nSam Ellery\nOfficer \u2013 Fenwold Partnership\nTel: 01632 960 000\n";
        assertThat(SignOffs.drop(text)).isEqualTo("- the last item\n\n");
    }

    @Test
    void aClosingLineFarFromTheEndOrBeforeLongLinesStays() {
        String far = "Kind regards\n" + "a\n".repeat(12);
        assertThat(SignOffs.drop(far)).isEqualTo(far);
        String prose = "Thanks\n\nThis sentence is a long paragraph of prose that goes on for many more words than any sender's line would.\n";
        assertThat(SignOffs.drop(prose)).isEqualTo(prose);
        String last = "- the last item\n\nKind regards\n";
        assertThat(SignOffs.drop(last)).isEqualTo(last);
    }

    @Test
    void aRelatedHeadingOverLinksOnlyGoesWithThem() {
        String text = "## Child ZJ: Rapid review\n\nSummary.\n\n## Related content\n\n[Child ZK: Rapid review](/zk.html)\n"
                + "- [Child ZL: Serious case review](/zl.html)\n\nFooter line\n";
        assertThat(RelatedLinkLists.drop(text)).isEqualTo(
                "## Child ZJ: Rapid review\n\nSummary.\n\n\n\n\n\n\nFooter line\n");
    }

    @Test
    void aRelatedHeadingOverProseStays() {
        String text = "## See also\n\nThe review of Child ZM found the same gaps.\n\n[Read it](/zm.html)\n";
        assertThat(RelatedLinkLists.drop(text)).isEqualTo(text);
    }
}
