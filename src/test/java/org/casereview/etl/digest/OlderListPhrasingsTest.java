package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plainer phrasings of older yearly lists (2012-2017) and of list web pages (issue 10). */
class OlderListPhrasingsTest {
    private final DigestParser parser = new DigestParser();
    private final ListSplitter splitter = new ListSplitter();

    private DigestEntry only(String text) {
        ParsedDigest digest = parser.parse(text);
        assertThat(digest.entries()).hasSize(1);
        return digest.entries().get(0);
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream()).map(Item::text).toList();
    }

    private static String entry(String... lines) {
        return "Case reviews published in 2012\n\n2012 Tollbridge - Child L\n" + String.join("\n", lines) + "\n";
    }

    @Nested
    class UnlabelledRecommendationSentences {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Makes recommendations that photographs are taken of every injury.|photographs are taken of every injury",
            "Makes recommendations for guidance on pupils who self-harm.|guidance on pupils who self-harm",
            "Recommendations are made for multi-agency training on neglect.|multi-agency training on neglect",
            "Recommendations were made for a review of the referral pathway.|a review of the referral pathway",
            "The review makes recommendations about the use of interpreters.|the use of interpreters"
        })
        void theSentenceIsTheRecommendationsList(String sentence, String item) {
            DigestEntry e = only(entry("Death of a 15-year-old boy in 2010 from a heroin overdose.", sentence));
            assertThat(items(e, SectionType.RECOMMENDATIONS)).containsExactly(item);
            assertThat(e.summary()).doesNotContain("recommendations");
        }

        @Test
        void severalRecommendationsInTheSentenceAreSplitAtSemicolons() {
            DigestEntry e = only(entry("Neglect of two children.",
                    "Makes recommendations that fire safety checks are part of home visits; and agencies share concerns."));
            assertThat(items(e, SectionType.RECOMMENDATIONS))
                    .containsExactly("fire safety checks are part of home visits", "agencies share concerns");
        }

        @Test
        void aRecommendationsWordInsideProseIsNoLabel() {
            DigestEntry e = only(entry("Death of a boy. The panel followed recommendations for safer sleep made in 2009."));
            assertThat(items(e, SectionType.RECOMMENDATIONS)).isEmpty();
        }
    }

    @Nested
    class UnlabelledKeywordLines {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Suicide, self-harm, schools.",
            "Substance misuse, pre-birth risk assessments, unknown men",
            "Neglect, transient families.",
            "Drugs and alcohol, young offenders, risk assessment.",
            // a five-word keyword of the lists' own vocabulary (realistic-phrasings-9's kind 8)
            "Children with special educational needs, bullying"
        })
        void aShortCommaLineAfterTheLastListIsKeywordsNotAnItem(String keywords) {
            DigestEntry e = only(entry("Death of a 16-year-old boy in 2010.",
                    "Recommendations include: train school staff; review the pathway.", keywords, "Read the overview report"));
            assertThat(items(e, SectionType.RECOMMENDATIONS)).containsExactly("train school staff", "review the pathway");
            assertThat(e.sections()).filteredOn(s -> s.type() == SectionType.OTHER).extracting(Section::text)
                    .containsExactly(keywords);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "The school did not share its concerns with the GP.",
            "Train staff, fund posts and audit the work of every agency in the area.",
            "- map services, fund transport"
        })
        void aSentenceOrAListLineIsNoKeywordLine(String line) {
            assertThat(UnitShapes.isKeywordLine(line)).isFalse();
        }
    }

    @Nested
    class CommaLists {
        @Test
        void phrasesSeparatedByCommasAndAFinalAndAreItems() {
            assertThat(splitter.split("the impact of the mother's new relationship on the children's safety, weak recording by the "
                    + "nursery after an injury and reliance on the nursery's inspection rating."))
                    .containsExactly("the impact of the mother's new relationship on the children's safety",
                            "weak recording by the nursery after an injury", "reliance on the nursery's inspection rating");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "training, supervision and support for staff.",
            "the need for clear, consistent and timely information sharing.",
            "the voice of the child (including their wishes, feelings and views) was not heard."
        })
        void shortWordsBetweenCommasStayOneItem(String sentence) {
            assertThat(splitter.split(sentence)).hasSize(1);
        }
    }

    @Nested
    class LabelsCutShort {
        @Test
        void keyIssuesIncludeWithNothingAfterItIsNoItem() {
            DigestEntry e = only(entry("The harmful sexual behaviour of a 15-year-old boy.", "Key issues: include",
                    "Recommendations: develop a pathway."));
            assertThat(items(e, SectionType.LEARNING)).isEmpty();
            assertThat(items(e, SectionType.RECOMMENDATIONS)).containsExactly("develop a pathway");
        }

        @Test
        void aBareIncludesLabelIsTheLearningList() {
            DigestEntry e = only(entry("Two cases of bruising to infants.", "includes: advice to both parents; engaging fathers.",
                    "Recommendations include: seek assurance."));
            assertThat(items(e, SectionType.LEARNING)).containsExactly("advice to both parents", "engaging fathers");
        }
    }

    @Test
    void anArrowInsideAWebLinkIsNoPartOfItsWords() {
        DigestEntry e = only(entry("Death of a boy.", "Recommendations include: include sofa sleeping in all material.",
                "[> Read the overview report](https://example.org/r.pdf)"));
        assertThat(e.linkText()).isEqualTo("Read the overview report");
        assertThat(items(e, SectionType.RECOMMENDATIONS)).containsExactly("include sofa sleeping in all material");
    }

    @Nested
    class HeadingsOfOlderLists {
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "2012Brackmoor \u2013 Child J|Brackmoor|Child J",
            "2012Westerby \u2013 Children M and N|Westerby|Children M and N",
            "December 2013 - Fenmoor - KLM14|Fenmoor|KLM14",
            "December 2013 - Derbyfield - BDS12|Derbyfield|BDS12",
            "November 2013 - Castlegate - Family A|Castlegate|Family A",
            "November 2013 - Eastholme - DHR|Eastholme|",
            "2025 - Westhaven - Domestic homicide review: Ms Q|Westhaven|",
            "2025 - Westhaven - Mr K|Westhaven|"
        })
        void yearAreaAndName(String heading, String area, String name) {
            DigestEntry e = only("Case reviews published\n\n" + heading
                    + "\nDeath of a 2-year-old boy in 2013.\nRecommendations include: one; two.\n");
            assertThat(e.area()).isEqualTo(area);
            assertThat(e.childName()).isEqualTo(name);
        }
    }

    @Nested
    class OneReviewBriefingPages {
        @Test
        void aLearningBriefingCopiedFromAWebPageIsOneEntryWithItsLessonsAsLearning() {
            DigestEntry e = only("""
                    Skip to content
                    Home | About us | Reviews | Training | Contact
                    Home > Reviews > Learning briefings > Baby S

                    Learning briefing: Baby S (local child safeguarding practice review)

                    Baby S was a 6-week-old girl who died in 2023 after sleeping in her parents' bed.

                    What we learned

                    1. safer sleep advice must be repeated
                    2. practitioners should ask about alcohol use

                    What will change

                    \u2022 add safer sleep to the early help assessment

                    Questions for your team

                    \u2022 What advice do you give?
                    """);
            assertThat(e.title()).isEqualTo("Learning briefing: Baby S (local child safeguarding practice review)");
            assertThat(e.childName()).isEqualTo("Baby S");
            assertThat(items(e, SectionType.LEARNING))
                    .containsExactly("safer sleep advice must be repeated", "practitioners should ask about alcohol use");
            assertThat(items(e, SectionType.RECOMMENDATIONS)).containsExactly("add safer sleep to the early help assessment");
        }

        @Test
        void theNumberedBoxesOfASevenMinuteBriefing() {
            DigestEntry e = only("""
                    # 7 minute briefing: Child R \u2013 local child safeguarding practice review

                    ## 1. Background

                    Child R was a 9-month-old boy who was seriously injured by his father in 2022.

                    ## 3. Key learning

                    - a bruise on a non-mobile baby must lead to a referral
                    - fathers were not included

                    ## 4. What the review found worked well

                    The paediatrician made a referral on the same day.

                    ## 5. Recommendations

                    - audit the bruising protocol
                    """);
            assertThat(e.summary()).contains("9-month-old boy");
            assertThat(items(e, SectionType.LEARNING))
                    .containsExactly("a bruise on a non-mobile baby must lead to a referral", "fathers were not included");
            assertThat(items(e, SectionType.RECOMMENDATIONS)).containsExactly("audit the bruising protocol");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = ';', value = {
            "Skip to content;true",
            "Skip to main content;true",
            "Home | About us | Reviews | Contact;true",
            "Home > Learning from reviews > 7 minute briefings > Child R;true",
            "2024 | Westcombe | Child CA;false",
            "Child A: Serious case review;false"
        })
        void siteNavigationLines(String line, boolean navigation) {
            assertThat(DigestGrammar.standard().siteNavigation.matcher(line).matches()).isEqualTo(navigation);
        }
    }
}
