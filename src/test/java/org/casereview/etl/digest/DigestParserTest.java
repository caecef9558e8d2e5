package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DigestParserTest {

    private final DigestParser parser = new DigestParser();

    private static final String BODY = """

            Injuries to a 4-month-old baby boy in 2019.

            Learning includes: one thing; another thing.

            Recommendations include: do this; do that.

            Read full overview (PDF)
            """;

    private DigestEntry only(String text) {
        ParsedDigest digest = parser.parse(text);
        assertThat(digest.problems()).isEmpty();
        assertThat(digest.entries()).hasSize(1);
        return digest.entries().get(0);
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type)
                .flatMap(s -> s.items().stream()).map(Item::text).toList();
    }

    @Nested
    class HeadingForms {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                3. Baby D: Child safeguarding practice review             | Baby D: Child safeguarding practice review            | Baby D
                3. **Baby D: Child safeguarding practice review**         | Baby D: Child safeguarding practice review            | Baby D
                **3. Baby D: Child safeguarding practice review**         | Baby D: Child safeguarding practice review            | Baby D
                Lauren: Serious case review (full overview report)        | Lauren: Serious case review (full overview report)    | Lauren
                Serious case review: Case 11: Alex (assigned pseudonym): overview report | Serious case review: Case 11: Alex (assigned pseudonym): overview report | Alex
                1. Child V; Child safeguarding practice review            | Child V; Child safeguarding practice review           | Child V
                Serious case review: Liam (full overview report)          | Serious case review: Liam (full overview report)      | Liam
                ## Child W: Serious case review                           | Child W: Serious case review                          | Child W
                2. Serious case review into the death of Baby Ellis       | Serious case review into the death of Baby Ellis      | Baby Ellis
                """)
        void titleAndChildName(String heading, String title, String child) {
            DigestEntry entry = only(heading + "\n" + BODY);
            assertThat(entry.title()).isEqualTo(title);
            assertThat(entry.childName()).isEqualTo(child);
            assertThat(entry.area()).isNull();
            assertThat(entry.headingYear()).isNull();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                2016 – Anonymous – Child BT                        | Child BT           |                                   | 2016
                December 2014 – Blackpool - Child BR               | Child BR           | Blackpool                         | 2014
                2025 - Cambridgeshire and Peterborough - Gabriel   | Gabriel            | Cambridgeshire and Peterborough   | 2025
                2023 – Anonymous- Children F, G and H              | Children F, G and H |                                  | 2023
                2023 –Anonymous –Child A                           | Child A            |                                   | 2023
                2019 - Stockton-on-Tees Child Q                    | Child Q            | Stockton-on-Tees                  | 2019
                2025 - Cambridgeshire and Peterborough Gabriel     | Gabriel            | Cambridgeshire and Peterborough   | 2025
                2020 Anonymous Child C                             | Child C            |                                   | 2020
                ### 2025 – Orchard Vale and Selby Down - Child AT  | Child AT           | Orchard Vale and Selby Down       | 2025
                """)
        void dateAreaName(String heading, String child, String area, int year) {
            DigestEntry entry = only(heading + "\n" + BODY);
            assertThat(entry.title()).isEqualTo(heading.replaceFirst("^#+ ", ""));
            assertThat(entry.childName()).isEqualTo(child);
            assertThat(entry.area()).isEqualTo(area);
            assertThat(entry.headingYear()).isEqualTo(year);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Child protection in schools: thematic review     |
                Children Looked After: thematic review          |
                Serious case review: Ellie and Jack             | Ellie and Jack
                Family A: Child safeguarding practice review    | Family A
                """)
        void pseudonymOrNone(String heading, String child) {
            assertThat(only(heading + "\n" + BODY).childName()).isEqualTo(child);
        }

        @Test
        void headingThatIsALinkGivesTitleAndLink() {
            DigestEntry entry = only("### [2025 - Westcombe - Child AW](https://example.org/aw)\n\nNeglect of a boy.\n\nLearning: one.\n");
            assertThat(entry.title()).isEqualTo("2025 - Westcombe - Child AW");
            assertThat(entry.childName()).isEqualTo("Child AW");
            assertThat(entry.linkTarget()).isEqualTo("https://example.org/aw");
        }

        @Test
        void referenceStyleLinksAreResolvedAndTheirDefinitionsAreNoItems() {
            ParsedDigest digest = parser.parse("""
                    ## [Child GA: Child safeguarding practice review][r1]

                    Physical abuse of a 3-year-old girl in 2024.

                    _Recommendations include:_

                    * refer every fracture for a medical
                    * share nursery records

                    [Read practice review (PDF)][R1-pdf]

                    * * *

                    ## [Child GB: Serious case review]

                    Neglect of a boy in 2019.

                    _Recommendations include:_

                    * follow up missed appointments

                    [Read overview report (PDF)][]

                    [r1]: https://example.org/7201 "Child GA: Child safeguarding practice review"
                    [r1-pdf]: <https://example.org/7201.pdf>
                    [Child GB: Serious case review]: https://example.org/7202
                    [read overview report (pdf)]: https://example.org/7202.pdf 'overview'
                    """);
            assertThat(digest.entries()).extracting(DigestEntry::title)
                    .containsExactly("Child GA: Child safeguarding practice review", "Child GB: Serious case review");
            assertThat(digest.entries()).extracting(DigestEntry::linkTarget)
                    .containsExactly("https://example.org/7201.pdf", "https://example.org/7202.pdf");
            assertThat(items(digest.entries().get(0), SectionType.RECOMMENDATIONS))
                    .containsExactly("refer every fracture for a medical", "share nursery records");
            assertThat(items(digest.entries().get(1), SectionType.RECOMMENDATIONS))
                    .containsExactly("follow up missed appointments");
        }

        @Test
        void thematicTitleWithoutChildIsAnEntryByItsSections() {
            DigestEntry entry = only("""
                    Babies with injuries: thematic review

                    Review of six babies who were injured in 2020 and 2021.

                    Learning includes: the need to hear fathers.
                    """);
            assertThat(entry.title()).isEqualTo("Babies with injuries: thematic review");
            assertThat(entry.childName()).isNull();
            assertThat(items(entry, SectionType.LEARNING)).containsExactly("the need to hear fathers");
        }

        @Test
        void unnumberedTitlesAfterAnIntroAndShortSummaryLines() {
            ParsedDigest digest = parser.parse("""
                    Case reviews published this month

                    A list of the reviews added to the repository.

                    Babies with injuries

                    Review of six babies who were injured in 2020.
                    Ethnicity not stated

                    Learning includes: the need to hear fathers.

                    Lauren: Serious case review

                    Sexual abuse of an adolescent girl.
                    Ethnicity or nationality not stated

                    Recommendations: train staff.
                    """);
            assertThat(digest.problems()).isEmpty();
            assertThat(digest.heading()).isEqualTo("Case reviews published this month");
            assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly("Babies with injuries", "Lauren: Serious case review");
            assertThat(digest.entries()).extracting(DigestEntry::summary).containsExactly(
                    "Review of six babies who were injured in 2020. Ethnicity not stated",
                    "Sexual abuse of an adolescent girl. Ethnicity or nationality not stated");
        }

        @Test
        void numberedRecommendationsUnderAnUnnumberedHeading() {
            ParsedDigest digest = parser.parse("""
                    2024 - Westcombe - Child D

                    Neglect of a 2-year-old girl.

                    Recommendations:
                    1. Review the neglect strategy
                    2. Child in need plans to be audited.

                    2024 - Anonymous - Child E

                    Death of a baby.

                    Learning: safe sleep.
                    """);
            assertThat(digest.problems()).isEmpty();
            assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child D", "Child E");
            assertThat(items(digest.entries().get(0), SectionType.RECOMMENDATIONS))
                    .containsExactly("Review the neglect strategy", "Child in need plans to be audited");
        }

        @Test
        void headingFollowedDirectlyBySummaryLine() {
            DigestEntry entry = only("""
                    2016 - Sandmoor - Baby BW
                    Death of a 10-day-old baby boy in 2014 from dehydration.
                    Key issues: early discharge; no feeding plan.
                    Read the overview report
                    """);
            assertThat(entry.summary()).isEqualTo("Death of a 10-day-old baby boy in 2014 from dehydration.");
            assertThat(items(entry, SectionType.LEARNING)).containsExactly("early discharge", "no feeding plan");
            assertThat(entry.line()).isEqualTo(1);
        }

        @Test
        void indentedLetterOBulletsAreItemsButALoneOIsAWord() {
            DigestEntry entry = only("""
                    Child Q: Child safeguarding practice review
                    -------------------------------------------

                    Neglect of a 4-year-old girl in 2022.

                    Learning includes:
                      o the nursery's concerns were not shared
                      o her weight was not checked after the move

                    Recommendations include:
                      o visit at five o'clock when the family are at home
                    """);
            assertThat(items(entry, SectionType.LEARNING))
                    .containsExactly("the nursery's concerns were not shared", "her weight was not checked after the move");
            assertThat(items(entry, SectionType.RECOMMENDATIONS))
                    .containsExactly("o visit at five o'clock when the family are at home");
        }

        /** Issue 9 (digests b21, kind 5): every point of the list wrapped onto a hanging-indented line. */
        @Test
        void letterOBulletsWithWrappedPointsAreStillAList() {
            DigestEntry entry = only("""
                    Child Q: Child safeguarding practice review
                    -------------------------------------------

                    Neglect of a 4-year-old girl in 2022.

                    Learning includes:
                      o the nursery's concerns about her weight were not shared with the
                        health visitor
                      o nobody asked why the family had moved three times in a
                        year
                    """);
            assertThat(items(entry, SectionType.LEARNING)).containsExactly(
                    "the nursery's concerns about her weight were not shared with the health visitor",
                    "nobody asked why the family had moved three times in a year");
        }

        @Test
        void feedMetaLineIsNoSummaryAndGivesTheYearAndASecondLinkAfterADotIsNoItem() {
            DigestEntry entry = only("""
                    ### [Child Q: Serious case review](https://example.org/q)

                    Published 3 May 2019 \u00b7 News and reviews

                    Neglect of a 4-year-old girl in 2016.

                    **Recommendations include:**

                    - visit the family at home
                    - check her weight

                    [Read overview report (PDF)](https://example.org/q.pdf) \u00b7 [Permalink](https://example.org/q)
                    """);
            assertThat(entry.summary()).isEqualTo("Neglect of a 4-year-old girl in 2016.");
            assertThat(entry.headingYear()).isEqualTo(2019);
            assertThat(items(entry, SectionType.RECOMMENDATIONS)).containsExactly("visit the family at home", "check her weight");
            assertThat(entry.linkText()).isEqualTo("Read overview report (PDF)");
            assertThat(entry.linkTarget()).isEqualTo("https://example.org/q.pdf");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Published 12 February 2025 \u00b7 casereviews.example.org.uk",
                "Updated 3rd March 2025 | www.northfold-partnership.example.gov.uk | Reviews",
                "Posted on 12 February 2025 by Northfold Children's Partnership",
                "Added 12 Feb. 2025 \u2022 https://reviews.example.org/ \u2022 Case reviews"})
        void aDatelineNamingTheSiteOrPublisherIsEntryMetadataNotSummary(String dateline) {
            DigestEntry entry = only("""
                    ## Child RV: Child safeguarding practice review

                    %s

                    Serious neglect of a 6-year-old boy in 2021. His older sister cared for him.

                    Learning includes:
                    - his school attendance was not followed up
                    """.formatted(dateline));
            assertThat(entry.summary()).isEqualTo("Serious neglect of a 6-year-old boy in 2021. His older sister cared for him.");
            assertThat(entry.headingYear()).isEqualTo(2025);
        }

        @Test
        void aSentenceAfterADateAndADotStaysSummary() {
            DigestEntry entry = only("""
                    ## Child RV: Child safeguarding practice review

                    Published 12 February 2025 \u00b7 The review found that no one asked the boy about home.

                    Learning includes:
                    - his school attendance was not followed up
                    """);
            assertThat(entry.summary()).contains("The review found that no one asked the boy about home.");
        }

        @Test
        void numberedListInsideAnEntryIsNotAnEntry() {
            ParsedDigest digest = parser.parse("""
                    4. Child Z: Serious case review

                    Neglect of a 3-year-old girl.

                    Recommendations:
                    1. Review the neglect strategy
                    2. Train staff in the graded care profile

                    5. Child Y: Serious case review

                    Death of a baby in 2019.

                    Learning: safe sleep.
                    """);
            assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child Z", "Child Y");
            assertThat(items(digest.entries().get(0), SectionType.RECOMMENDATIONS))
                    .containsExactly("Review the neglect strategy", "Train staff in the graded care profile");
        }
    }

    @Nested
    class Labels {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Learning includes:                          | LEARNING        | Learning includes
                Learning:                                   | LEARNING        | Learning
                Learning themes include:                    | LEARNING        | Learning themes include
                Learning focuses on:                        | LEARNING        | Learning focuses on
                Learning points include:                    | LEARNING        | Learning points include
                Key issues:                                 | LEARNING        | Key issues
                Key issues: include:                        | LEARNING        | Key issues: include
                Recommendations include:                    | RECOMMENDATIONS | Recommendations include
                Recommendations:                            | RECOMMENDATIONS | Recommendations
                Recommendations: include:                   | RECOMMENDATIONS | Recommendations: include
                Recommendations to the partnership include: | RECOMMENDATIONS | Recommendations to the partnership include
                Recommendations for the safeguarding partners include: | RECOMMENDATIONS | Recommendations for the safeguarding partners include
                Identifies good practice including:         | GOOD_PRACTICE   | Identifies good practice including
                Good practice identified includes:          | GOOD_PRACTICE   | Good practice identified includes
                **Learning themes include:**                | LEARNING        | Learning themes include
                Recomendations include:                     | RECOMMENDATIONS | Recomendations include
                Learning inlcudes:                          | LEARNING        | Learning inlcudes
                """)
        void labelOpensSectionOfItsType(String label, SectionType type, String heading) {
            DigestEntry entry = only("1. Child A: Serious case review\n\nNeglect of a boy.\n\n" + label + " first point; second point.\n");
            Section section = entry.section(type).orElseThrow();
            assertThat(section.heading()).isEqualTo(heading);
            assertThat(section.items()).extracting(Item::text).containsExactly("first point", "second point");
            assertThat(entry.summary()).isEqualTo("Neglect of a boy.");
        }

        @Test
        void learningRunIntoTheEndOfTheSummary() {
            DigestEntry entry = only("""
                    1. Child A: Serious case review

                    Neglect of a boy. Ethnicity not stated. Learning focuses on: the voice of the child; drift.
                    """);
            assertThat(entry.summary()).isEqualTo("Neglect of a boy. Ethnicity not stated.");
            assertThat(entry.section(SectionType.LEARNING).orElseThrow().heading()).isEqualTo("Learning focuses on");
            assertThat(items(entry, SectionType.LEARNING)).containsExactly("the voice of the child", "drift");
        }

        @Test
        void recommendationsRunIntoTheLearningParagraph() {
            DigestEntry entry = only("""
                    1. Child A: Serious case review

                    Neglect of a boy.

                    Learning includes: a; ensure that the child's voice is heard. Recommendations include: x; y.
                    """);
            assertThat(items(entry, SectionType.LEARNING)).containsExactly("a", "ensure that the child's voice is heard");
            assertThat(items(entry, SectionType.RECOMMENDATIONS)).containsExactly("x", "y");
        }

        @Test
        void backgroundKeywordsAndModelAreSectionsWithoutItems() {
            DigestEntry entry = only("""
                    2016 – Anonymous – Child BT
                    Fractures to a baby.
                    Background: mother had depression.
                    Model: Significant Incident Learning Process (SILP)
                    Key issues: drift.
                    Keywords: physical abuse, nurseries
                    """);
            assertThat(entry.sections()).extracting(Section::type).containsExactly(SectionType.SUMMARY,
                    SectionType.BACKGROUND, SectionType.OTHER, SectionType.LEARNING, SectionType.OTHER);
            assertThat(entry.section(SectionType.BACKGROUND).orElseThrow().text()).isEqualTo("mother had depression.");
            assertThat(entry.section(SectionType.BACKGROUND).orElseThrow().items()).isEmpty();
            assertThat(entry.sections().get(2).heading()).isEqualTo("Model");
            assertThat(entry.sections().get(2).text()).isEqualTo("Significant Incident Learning Process (SILP)");
            assertThat(entry.sections().get(4).text()).isEqualTo("physical abuse, nurseries");
        }

        @Test
        void labelAloneOnItsLineWithOnePointPerParagraph() {
            DigestEntry entry = only("""
                    ## Child Q: Serious case review

                    Neglect of a boy.

                    #### Learning

                    The voice of the child was not heard

                    Drift in planning

                    **Recommendations**

                    Audit child in need plans

                    Read the overview report
                    """);
            assertThat(entry.section(SectionType.LEARNING).orElseThrow().heading()).isEqualTo("Learning");
            assertThat(items(entry, SectionType.LEARNING)).containsExactly("The voice of the child was not heard", "Drift in planning");
            assertThat(items(entry, SectionType.RECOMMENDATIONS)).containsExactly("Audit child in need plans");
            assertThat(entry.summary()).isEqualTo("Neglect of a boy.");
        }

        @Test
        void shortSentenceStartingWithALabelWordIsNotALabel() {
            DigestEntry entry = only("1. Child A: Serious case review\n\nNeglect of a boy.\nLearning disabilities were common\n\nLearning: one.\n");
            assertThat(entry.summary()).isEqualTo("Neglect of a boy. Learning disabilities were common");
            assertThat(items(entry, SectionType.LEARNING)).containsExactly("one");
        }

        @Test
        void recommendationsNoneIsNoRecommendations() {
            DigestEntry entry = only("1. Child A: Serious case review\n\nNeglect of a boy.\n\nLearning: one.\n\nRecommendations: None.\n");
            assertThat(entry.noRecommendations()).isTrue();
            assertThat(entry.noRecommendationsText()).isEqualTo("Recommendations: None.");
            assertThat(entry.section(SectionType.RECOMMENDATIONS)).isEmpty();
        }

        @Test
        void lowerCaseLabelWordsInsideProseAreNotLabels() {
            DigestEntry entry = only("""
                    1. Child A: Serious case review

                    Neglect of a boy whose learning: was affected by drift. The recommendations: were not shared.

                    Learning: one.
                    """);
            assertThat(entry.sections()).extracting(Section::type).containsExactly(SectionType.SUMMARY, SectionType.LEARNING);
        }

        @Test
        void noRecommendationsSentence() {
            DigestEntry entry = only("""
                    5. **Child X1: Serious case review (full overview report)**

                    Sexual abuse of a girl.

                    Learning includes: histories; planning.

                    Makes no recommendations but ask several questions to the safeguarding partnership.

                    Other resources [Read full overview \\(PDF\\)](#)
                    """);
            assertThat(entry.noRecommendations()).isTrue();
            assertThat(entry.noRecommendationsText())
                    .isEqualTo("Makes no recommendations but ask several questions to the safeguarding partnership.");
            assertThat(entry.section(SectionType.RECOMMENDATIONS)).isEmpty();
            assertThat(items(entry, SectionType.LEARNING)).containsExactly("histories", "planning");
        }
    }

    @Nested
    class Links {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Other resources [Read practice review \\(PDF\\)](#)          | Read practice review (PDF)     | #
                [Read the overview report](https://library.nspcc.org.uk/x)  | Read the overview report       | https://library.nspcc.org.uk/x
                Read full overview (PDF)                                    | Read full overview (PDF)       |
                > Read the overview report                                  | Read the overview report       |
                Read the executive summary: https://example.org/es.pdf     | Read the executive summary     | https://example.org/es.pdf
                """)
        void linkLine(String line, String text, String target) {
            DigestEntry entry = only("1. Child A: Serious case review\n\nNeglect of a boy.\n\nLearning: one.\n\n" + line + "\n");
            assertThat(entry.linkText()).isEqualTo(text);
            assertThat(entry.linkTarget()).isEqualTo(target);
            assertThat(entry.summary()).isEqualTo("Neglect of a boy.");
            assertThat(items(entry, SectionType.LEARNING)).containsExactly("one");
        }
    }

    @Nested
    class DigestHeading {

        @Test
        void monthHeadingAndIntroAreNotEntries() {
            ParsedDigest digest = parser.parse("""
                    NSPCC Repository – November 2021

                    In November 2021 nine case reviews were published featuring neglect

                    1. Child V; Child safeguarding practice review
                    """ + BODY);
            assertThat(digest.heading()).isEqualTo("NSPCC Repository – November 2021");
            assertThat(digest.month()).isEqualTo(YearMonth.of(2021, 11));
            assertThat(digest.publicationYear()).isEqualTo(2021);
            assertThat(digest.entries()).hasSize(1);
            assertThat(digest.entries().get(0).line()).isEqualTo(5);
        }

        @Test
        void yearOnlyHeading() {
            ParsedDigest digest = parser.parse("Case reviews published in 2016\n\nA list of reviews.\n\n2016 - Anonymous - Child BT\n" + BODY);
            assertThat(digest.month()).isNull();
            assertThat(digest.publicationYear()).isEqualTo(2016);
        }

        @Test
        void lastUpdatedDateOfAWebPage() {
            ParsedDigest digest = parser.parse("""
                    # Case reviews update

                    Last updated: 03 Mar 2025

                    ## New in the collection

                    This update lists case reviews recently added.

                    ### 2025 - Westcombe - Child AW
                    """ + BODY);
            assertThat(digest.heading()).isEqualTo("Case reviews update");
            assertThat(digest.month()).isEqualTo(YearMonth.of(2025, 3));
            assertThat(digest.entries()).extracting(DigestEntry::area).containsExactly("Westcombe");
        }
    }

    @Nested
    class SummaryBeforeTitle {

        private static final String DIGEST = """
                New case reviews: May 2026

                Three case reviews published in May 2026. All of them are invented.

                Neglect of a 3-year-old boy in 2024 who was found alone at home. Child QA is White British.

                Child QA: Child safeguarding practice review
                Learning includes: the nursery did not share its concerns; and visits were missed.
                Recommendations include: share nursery concerns the same day.
                Read practice review (PDF)

                Death of a 6-week-old girl in 2023 while co-sleeping with her father. Child QB is Asian British.

                Child QB: Serious case review
                Learning includes: safer sleep advice was not repeated at home.
                Read overview report (PDF)
                """;

        @Test
        void theParagraphBeforeATitleFollowedStraightByALabelIsItsSummary() {
            ParsedDigest digest = parser.parse(DIGEST);

            assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                    "Child QA: Child safeguarding practice review", "Child QB: Serious case review");
            assertThat(digest.entries()).extracting(DigestEntry::summary).containsExactly(
                    "Neglect of a 3-year-old boy in 2024 who was found alone at home. Child QA is White British.",
                    "Death of a 6-week-old girl in 2023 while co-sleeping with her father. Child QB is Asian British.");
            assertThat(items(digest.entries().get(0), SectionType.RECOMMENDATIONS)).containsExactly("share nursery concerns the same day");
            assertThat(digest.entries().get(1).linkText()).isEqualTo("Read overview report (PDF)");
        }

        @Test
        void anEntryWithItsOwnSummaryKeepsItAndAShortLineAfterALinkIsNoSummary() {
            ParsedDigest digest = parser.parse("""
                    Case reviews: May 2026

                    Child QA: Child safeguarding practice review

                    Neglect of a 3-year-old boy in 2024.

                    Learning includes: visits were missed.

                    Read practice review (PDF)

                    Back to top

                    Child QB: Serious case review
                    Learning includes: safer sleep advice was not repeated at home.
                    Read overview report (PDF)
                    """);

            assertThat(digest.entries()).extracting(DigestEntry::summary).containsExactly("Neglect of a 3-year-old boy in 2024.", "");
        }
    }

    @Nested
    class MonthFromEntryDates {

        private static String entry(String name, String dateLine) {
            return "### " + name + ": Child safeguarding practice review\n\n" + dateLine
                    + "\n\nNeglect of a 3-year-old girl in 2024.\n\n**Learning includes:**\n\n- visits were missed\n\n";
        }

        @Test
        void thePublishedDatesOfTheEntriesGiveTheMonthWhenThePageNamesNone() {
            ParsedDigest digest = parser.parse("# Latest case reviews\n\n"
                    + entry("Child QA", "Published 27 February 2026")
                    + entry("Child QB", "Published 3 March 2026 \u00b7 Case reviews")
                    + entry("Child QC", "Posted on 17 March 2026"));
            assertThat(digest.entries()).hasSize(3);
            assertThat(digest.month()).isEqualTo(YearMonth.of(2026, 3));
            assertThat(digest.publicationYear()).isEqualTo(2026);
        }

        @Test
        void aMonthNamedByThePageWinsOverTheEntriesDates() {
            ParsedDigest digest = parser.parse("# Case reviews: January 2026\n\n"
                    + entry("Child QA", "Published 3 March 2026") + entry("Child QB", "Published 4 March 2026"));
            assertThat(digest.month()).isEqualTo(YearMonth.of(2026, 1));
        }

        @Test
        void entriesDatedInAnotherYearThanThePageNamesGiveNoMonth() {
            ParsedDigest digest = parser.parse("# Case reviews published in 2016\n\n"
                    + entry("Child QA", "Published 3 March 2019") + entry("Child QB", "Published 4 March 2019"));
            assertThat(digest.month()).isNull();
            assertThat(digest.publicationYear()).isEqualTo(2016);
        }

        @Test
        void entriesWithoutDatesGiveNoMonth() {
            ParsedDigest digest = parser.parse("# Latest case reviews\n\n"
                    + entry("Child QA", "Partnership: Eastmere") + entry("Child QB", "Partnership: Westcombe"));
            assertThat(digest.entries()).hasSize(2);
            assertThat(digest.month()).isNull();
        }
    }

    @Nested
    class Problems {

        @Test
        void headingWithoutBodyIsReportedAndParsingGoesOn() {
            ParsedDigest digest = parser.parse("""
                    1. Child A: Serious case review

                    2. Child B: Serious case review

                    Neglect of a boy.

                    Learning: one; two.
                    """);
            assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child B");
            assertThat(digest.problems()).hasSize(1);
            assertThat(digest.problems().get(0).location()).isEqualTo("line 1");
            assertThat(digest.problems().get(0).reason()).isEqualTo(RejectReason.UNPARSEABLE_ENTRY);
            assertThat(digest.problems().get(0).message()).contains("Child A");
        }

        @Test
        void emptyTextHasNoEntries() {
            ParsedDigest digest = parser.parse("");
            assertThat(digest.entries()).isEmpty();
            assertThat(digest.problems()).isEmpty();
            assertThat(digest.heading()).isNull();
        }
    }

    @Nested
    class PageBreaks {

        @Test
        void blankLineInsideAListIsJoined() {
            DigestEntry entry = only("""
                    2. Child sexual exploitation thematic review

                    Review of five children.

                    Recommendations include: recognise drugs; that the outcome for children (and

                    their children) who become pregnant is better understood.
                    """);
            assertThat(entry.childName()).isNull();
            assertThat(items(entry, SectionType.RECOMMENDATIONS)).containsExactly("recognise drugs",
                    "that the outcome for children (and their children) who become pregnant is better understood");
        }

        @Test
        void runningHeaderBetweenPagesIsDropped() {
            ParsedDigest digest = parser.parse("""
                    NSPCC Repository – May 2023

                    1. Child A: Serious case review

                    Neglect of a boy.

                    Recommendations include: audit cases where children are living in

                    NSPCC Repository – May 2023

                    households where adults misuse drugs; train staff.

                    2. Child B: Serious case review

                    Death of a baby.

                    Learning: sleep

                    NSPCC Repository – May 2023

                    safety.
                    """);
            assertThat(digest.problems()).isEmpty();
            assertThat(digest.heading()).isEqualTo("NSPCC Repository – May 2023");
            assertThat(items(digest.entries().get(0), SectionType.RECOMMENDATIONS)).containsExactly(
                    "audit cases where children are living in households where adults misuse drugs", "train staff");
            assertThat(items(digest.entries().get(1), SectionType.LEARNING)).containsExactly("sleep safety");
        }

        @Test
        void wrappedPdfLinesAreJoined() {
            DigestEntry entry = only("""
                    1. Child A: Serious case review
                    Neglect of a boy over many years who was not seen by any professional for a long
                    time. Ethnicity not stated.
                    Learning includes: the voice of the child was not heard in multi-
                    agency meetings; neglect was not recog-
                    nised.
                    """);
            assertThat(entry.summary()).isEqualTo("Neglect of a boy over many years who was not seen by any professional for a long time. Ethnicity not stated.");
            assertThat(items(entry, SectionType.LEARNING)).containsExactly(
                    "the voice of the child was not heard in multi-agency meetings", "neglect was not recognised");
        }
    }
}
