package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Digest rules found by the held-out end-to-end batches in {@code digests-e2e}: one example and its counter-example each. */
class EndToEndHeldOutDigestRulesTest {

    private final DigestParser parser = new DigestParser();
    private final TextRepair repair = new TextRepair();

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type)
                .flatMap(s -> s.items().stream()).map(Item::text).toList();
    }

    @Nested
    class BatchB2 {
        @Test
        void aFooterOfTheDigestHeadingAndAPageNumberIsDroppedEvenOnce() {
            ParsedDigest digest = parser.parse("""
                    NSPCC Repository – March 2019

                    1. Baby F: Serious case review

                    Death of a 2-month-old boy in 2017.

                    Learning includes: safer sleep advice did not address cannabis use; and professionals were too optimistic about mother’s engagement.

                    NSPCC Repository – March 2019                                      Page 2 of 3

                    Recommendations include: update safer sleep guidance to include cannabis use.
                    """);
            DigestEntry entry = digest.entries().get(0);
            assertThat(items(entry, SectionType.LEARNING)).containsExactly("safer sleep advice did not address cannabis use",
                    "professionals were too optimistic about mother’s engagement");
            assertThat(items(entry, SectionType.RECOMMENDATIONS)).containsExactly("update safer sleep guidance to include cannabis use");
        }

        @Test
        void aLineNamingAnotherPageIsKeptWhenItIsNotTheDigestHeading() {
            ParsedDigest digest = parser.parse("""
                    NSPCC Repository – March 2019

                    1. Baby F: Serious case review

                    Death of a 2-month-old boy in 2017. The chronology is set out in the report at Page 2 of 3

                    Learning includes: safer sleep advice did not address cannabis use.
                    """);
            assertThat(digest.entries().get(0).summary()).endsWith("at Page 2 of 3");
        }

        @Test
        void aContactSentenceEndingInAHiddenAddressGoesWithTheAddress() {
            assertThat(repair.repairLine("ensure that concerns can be escalated through a clear pathway. For information contact [email protected]."))
                    .isEqualTo("ensure that concerns can be escalated through a clear pathway.");
            assertThat(repair.repairLine("Questions: e-mail us at [email protected]")).isEqualTo("Questions:");
        }

        @Test
        void aHiddenAddressInsideASentenceLeavesTheRestOfIt() {
            assertThat(repair.repairLine("Contact [email protected] for a copy.")).isEqualTo("Contact for a copy.");
            assertThat(repair.repairLine("Copies are available from [email protected] on request."))
                    .isEqualTo("Copies are available from on request.");
        }
    }
}
