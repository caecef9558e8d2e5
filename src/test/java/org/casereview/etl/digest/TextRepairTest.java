package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TextRepairTest {

    private final TextRepair repair = new TextRepair();

    @Nested
    class PageBreaks {

        @Test
        void blankLineInsideBracketsIsJoined() {
            assertThat(repair.repair("Learning includes: the importance of an effective professional response; that the outcome for children (and\n\ntheir children) who become pregnant"))
                    .isEqualTo("Learning includes: the importance of an effective professional response; that the outcome for children (and their children) who become pregnant");
        }

        @Test
        void blankLineBeforeLowerCaseWordIsJoined() {
            assertThat(repair.repair("Learning includes: the importance of an effective professional response; the needs of disabled young people; recognising, assessing\n\nand responding to neglect"))
                    .isEqualTo("Learning includes: the importance of an effective professional response; the needs of disabled young people; recognising, assessing and responding to neglect");
        }

        @Test
        void blankLineAfterConnectiveBeforeCapitalIsJoined() {
            assertThat(repair.repair("When the school in the village raised its concerns about the family a referral was made to the\n\nMulti-Agency Safeguarding Hub"))
                    .isEqualTo("When the school in the village raised its concerns about the family a referral was made to the Multi-Agency Safeguarding Hub");
        }

        @Test
        void shortParagraphsOfADocumentStayApart() {
            assertThat(repair.repair("the voice of the child\n\ndrift in planning")).isEqualTo("the voice of the child\n\ndrift in planning");
        }

        @Test
        void paragraphsStayApart() {
            assertThat(repair.repair("Death of a baby.\n\nLearning includes: x"))
                    .isEqualTo("Death of a baby.\n\nLearning includes: x");
        }

        @Test
        void headingAndCapitalisedParagraphStayApart() {
            assertThat(repair.repair("1. Child V; Child safeguarding practice review\n\nNear-fatal knife injury"))
                    .isEqualTo("1. Child V; Child safeguarding practice review\n\nNear-fatal knife injury");
        }

        @Test
        void pageNumberLinesAreDropped() {
            assertThat(repair.repair("undertake a multi-agency audit of cases where children are living in\n\nPage 3 of 7\n\nhouseholds"))
                    .isEqualTo("undertake a multi-agency audit of cases where children are living in households");
        }
    }

    @Nested
    class Markup {

        @Test
        void markdownBoldIsRemoved() {
            assertThat(repair.repairLine("3. **Baby D: Child safeguarding practice review**"))
                    .isEqualTo("3. Baby D: Child safeguarding practice review");
        }

        @Test
        void backslashEscapesAreRemoved() {
            assertThat(repair.repairLine("Other resources [Read practice review \\(PDF\\)](#)"))
                    .isEqualTo("Other resources [Read practice review (PDF)](#)");
        }

        @Test
        void obfuscatedEmailPlaceholderIsRemoved() {
            assertThat(repair.repairLine("Contact [email protected] for a copy.")).isEqualTo("Contact for a copy.");
            assertThat(repair.repairLine("Contact [[email protected]](/cdn-cgi/l/email-protection#a1b2) now"))
                    .isEqualTo("Contact now");
        }
    }

    @Nested
    class Characters {

        @Test
        void ligaturesAreExpanded() {
            assertThat(repair.repairLine("signi\uFB01cant harm and \uFB02at")).isEqualTo("significant harm and flat");
        }

        @Test
        void oddSpacesAndInvisibleCharactersAreCleaned() {
            assertThat(repair.repairLine("  Child\u00a0V\t had\u200b  a   plan \u2003")).isEqualTo("Child V had a plan");
        }

        @Test
        void curlyQuotesAndDashesAreKeptAsPrinted() {
            assertThat(repair.repairLine("Baby K\u2019s father \u2013 2021")).isEqualTo("Baby K\u2019s father \u2013 2021");
        }
    }

    @Nested
    class Hyphenation {

        @Test
        void brokenWordIsRejoined() {
            assertThat(repair.repair("sexual exploi-\ntation of a girl")).isEqualTo("sexual exploitation of a girl");
        }

        @Test
        void compoundPrefixKeepsItsHyphen() {
            assertThat(repair.repair("a multi-\nagency plan")).isEqualTo("a multi-agency plan");
        }

        @Test
        void hyphenBeforeCapitalIsNotAWrap() {
            assertThat(repair.repair("Anonymous-\nChild A")).isEqualTo("Anonymous-\nChild A");
        }
    }
}
