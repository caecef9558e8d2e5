package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Digest entries in less common shapes: page footers, hidden addresses, titles that look like labels,
 * anonymous names, run-on no-recommendations sentences, date lines under a digest title. One example and its
 * counter-example each.
 */
class DigestEntryRulesTest {

    private final DigestParser parser = new DigestParser();
    private final TextRepair repair = new TextRepair();

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type)
                .flatMap(s -> s.items().stream()).map(Item::text).toList();
    }

    @Nested
    class PageFootersAndHiddenAddresses {
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

    @Nested
    class TitlesAndLabels {
        @Test
        void aSentenceWithAParentheticalAfterItsFullStopIsProseNotTheOnlyHeading() {
            // the line names "Children Boards" and has a colon in its note: strong as a heading if read as one, and
            // the numbered titles under it would become its body
            ParsedDigest digest = parser.parse("""
                    Practice reviews of 2011

                    Practice reviews which Children Boards in the north published in 2011. (A note: each name is made up.)

                    1. Learning review: Child QM (briefing)
                    Child QM, aged 6, was left alone for days in 2010. The health visitor saw nobody at the flat.
                    Learning includes: visits that find nobody in.
                    Read the briefing

                    2. Learning review: Child RM (full report)
                    Child RM, aged 15, went missing eleven times in 2009. Each return interview was missed.
                    Learning includes: interviews after a child returns.
                    Read the full report

                    3. Learning review: Child SM (briefing)
                    Child SM, a baby, was shaken by her father in 2010. He had been seen at the hospital once.
                    Learning includes: fathers seen by the hospital.
                    Read the briefing
                    """);
            assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                    "Learning review: Child QM (briefing)", "Learning review: Child RM (full report)",
                    "Learning review: Child SM (briefing)");
        }

        @Test
        void aNumberedTitleWithAStrayFullStopBeforeAParentheticalStillHeadsItsEntry() {
            ParsedDigest digest = parser.parse("""
                    Practice reviews of 2011

                    1. Learning review: Child QM. (briefing)
                    Child QM, aged 6, was left alone for days in 2010.
                    Learning includes: visits that find nobody in.

                    2. Learning review: Child RM. (full report)
                    Child RM, aged 15, went missing eleven times in 2009.
                    Learning includes: interviews after a child returns.
                    """);
            assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child QM", "Child RM");
        }

        @Test
        void aLearningReviewTitleIsAnEntryNotALearningLabel() {
            ParsedDigest digest = parser.parse("""
                    Case reviews: July 2020

                    Child safeguarding practice review: Child KA
                    --------------------------------------------

                    Serious self-harm by a 13-year-old girl in March 2020.

                    **Learning:** online abuse can happen without any physical contact.

                    Read practice review

                    Learning review: Baby KB
                    ------------------------

                    Sudden unexpected death of a 3-month-old boy in 2019.

                    **Learning:** safer sleep advice needs to be given in the family's first language.

                    Read the learning review
                    """);
            assertThat(digest.entries()).extracting(DigestEntry::title)
                    .containsExactly("Child safeguarding practice review: Child KA", "Learning review: Baby KB");
            assertThat(digest.entries().get(1).childName()).isEqualTo("Baby KB");
            assertThat(items(digest.entries().get(1), SectionType.LEARNING))
                    .containsExactly("safer sleep advice needs to be given in the family's first language");
        }

        @Test
        void learningFromTheReviewIsStillALabel() {
            ParsedDigest digest = parser.parse("""
                    1. Child A: Serious case review

                    Neglect of a boy in 2019.

                    Learning from the review includes: one thing; another thing.
                    """);
            assertThat(items(digest.entries().get(0), SectionType.LEARNING)).containsExactly("one thing", "another thing");
        }

        @Test
        void recommendationsNoneMadeIsNoRecommendations() {
            ParsedDigest digest = parser.parse("""
                    1. Child A: Serious case review

                    Neglect of a boy in 2019.

                    Learning: one thing.

                    Recommendations: None made.
                    """);
            DigestEntry entry = digest.entries().get(0);
            assertThat(entry.noRecommendations()).isTrue();
            assertThat(items(entry, SectionType.RECOMMENDATIONS)).isEmpty();
        }
    }

    @Nested
    class AnonymousNamesAndNoRecommendations {
        @Test
        void anAreaSaidToBeUnnamedIsNoArea() {
            ParsedDigest digest = parser.parse("""
                    Case reviews published in 2013

                    March 2013 – On behalf of an unnamed safeguarding children board - Child BW
                    Neglect of a 6-year-old boy in 2012.
                    Learning: school absence was not followed up.
                    Read the overview report

                    March 2013 – Unnamedbury - Child BX
                    Neglect of a 7-year-old girl in 2012.
                    Learning: school absence was not followed up.
                    Read the overview report
                    """);
            assertThat(digest.entries()).hasSize(2);
            assertThat(digest.entries().get(0).area()).isNull();
            assertThat(digest.entries().get(0).childName()).isEqualTo("Child BW");
            assertThat(digest.entries().get(1).area()).isEqualTo("Unnamedbury");
        }

        @Test
        void anonymousInTheNamePartOfADateAreaNameHeadingIsNoChildName() {
            ParsedDigest digest = parser.parse("""
                    Serious case reviews published in 2014

                    2014 – Eastmere – Anonymous
                    Death of a 4-month-old boy in 2012.
                    Key issues: the father was not seen.
                    Read the overview report

                    2014 – Anonymous – Child BK
                    Neglect of a 3-year-old girl in 2013.
                    Key issues: missed appointments were not followed up.
                    Read the overview report
                    """);
            assertThat(digest.entries()).hasSize(2);
            assertThat(digest.entries().get(0).childName()).isNull();
            assertThat(digest.entries().get(0).area()).isEqualTo("Eastmere");
            assertThat(digest.entries().get(1).childName()).isEqualTo("Child BK");
        }

        @Test
        void aGoodPracticeLabelRunOnAfterMakesNoRecommendationsOpensItsList() {
            ParsedDigest digest = parser.parse("""
                    Case reviews update – February 2025

                    2025 – Anonymous – Child UB
                    Physical abuse of a 9-month-old boy in 2023.
                    Learning themes include: interpreters were not used.
                    Makes no recommendations; identifies good practice including: the quick referral by the hospital; and the joint visit on the same day.
                    Read the learning briefing
                    """);
            DigestEntry entry = digest.entries().get(0);
            assertThat(entry.noRecommendations()).isTrue();
            assertThat(items(entry, SectionType.GOOD_PRACTICE))
                    .containsExactly("the quick referral by the hospital", "the joint visit on the same day");
        }

        @Test
        void aNoRecommendationsSentenceWithoutALabelStaysOneSentence() {
            ParsedDigest digest = parser.parse("""
                    Case reviews update – February 2025

                    2025 – Anonymous – Child UB
                    Physical abuse of a 9-month-old boy in 2023.
                    Learning themes include: interpreters were not used.
                    Makes no recommendations but highlights good practice in the hospital, including its quick referral.
                    Read the learning briefing
                    """);
            DigestEntry entry = digest.entries().get(0);
            assertThat(entry.noRecommendations()).isTrue();
            assertThat(entry.noRecommendationsText()).startsWith("Makes no recommendations but highlights good practice");
            assertThat(items(entry, SectionType.GOOD_PRACTICE)).isEmpty();
        }
    }

    @Nested
    class DateLines {
        /** A field list under the title ("Published:" with its value on a line of its own, as docutils writes it). */
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"2031-06", "2031-06-30", "2031 \u2013 June", "2031/6"})
        void aLineThatIsOnlyADateNamesNoReview(String date) {
            ParsedDigest digest = parser.parse("""
                    # Case reviews published in June 2031

                    Published:

                    %s

                    Source:

                    NSPCC Learning, case review summaries

                    Two case reviews published in June 2031.

                    ## Child QZ: Serious case review

                    Neglect of a 6-year-old girl in 2030.

                    Learning includes:

                    - the voice of the child was not heard

                    ## Child QY: Child safeguarding practice review

                    Serious harm to a 9-year-old boy in 2029.

                    Recommendations include:

                    - share school concerns with the GP
                    """.formatted(date));
            assertThat(digest.entries()).extracting(DigestEntry::title)
                    .containsExactly("Child QZ: Serious case review", "Child QY: Child safeguarding practice review");
            assertThat(items(digest.entries().get(0), SectionType.LEARNING))
                    .containsExactly("the voice of the child was not heard");
        }

        @Test
        void aYearWithAnAreaAfterItStillHeadsAnEntry() {
            DigestEntry entry = parser.parse("""
                    2031 - Westcombe

                    Neglect of a 6-year-old girl in 2030.

                    Learning includes: the voice of the child was not heard.
                    """).entries().get(0);
            assertThat(entry.title()).isEqualTo("2031 - Westcombe");
            assertThat(entry.area()).isEqualTo("Westcombe");
            assertThat(entry.headingYear()).isEqualTo(2031);
        }
    }
}
