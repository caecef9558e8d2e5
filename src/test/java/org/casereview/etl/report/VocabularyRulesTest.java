package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The word-level rules: section typing, item labels, list markers, line joining. */
class VocabularyRulesTest {

    private static final Vocabulary VOCABULARY = Vocabulary.defaults();

    @Nested
    class SectionTyping {

        private final SectionTyper typer = new SectionTyper(VOCABULARY);

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "5. Findings and learning | findings",
                "Theme 1: Reduced timetables left the boy unsupervised | findings",
                "Learning theme 2: Hearing the child | learning",
                "Summary of learning | learning",
                "Period of the review and process | methodology",
                "3. Review period and scope | methodology",
                "Key learning | learning",
                "6. Learning points | learning",
                "Recommendations for the partnership | recommendations",
                "Examples of good practice | good_practice",
                "4. Summary of events | background",
                "Summary of what happened | background",
                "Summary of the young person\u2019s lived experience | background",
                "3. Summary of the baby's experiences | background",
                "Summary of the siblings' experience at home | background",
                "A summary of the child's daily experience | background",
                "Summary of the mother's experience of services | summary",
                "Summary of the review's findings | summary",
                "Executive summary | summary",
                "Terms of reference | methodology",
                "Appendix 1: Terms of reference | appendix",
                "Section 3: The national and local picture | background",
                "9. Conclusions | conclusion",
                "Glossary | other",
                "Summary and conclusions | conclusion",
                "The child\u2019s story | background",
                "Why was this case chosen? | introduction",
                "Why did we carry out this review? | introduction",
                "Why was a review held? | introduction",
                "How was the review carried out? | methodology",
                "How did we conduct the review? | methodology",
                "Who took part? | methodology",
                "5. Learning event | methodology",
                "Practitioner events | methodology",
                "What was done well? | good_practice",
                "What did agencies do well? | good_practice",
                "What must change? | recommendations",
                "What should practitioners do now? | recommendations",
                "What you should do | recommendations",
                "Suggested strategies for improving practice and systems | recommendations",
                "What has been learnt? | learning",
                "What did the review learn? | learning",
                "What went wrong? | findings",
                "The boy who loved football | other"})
        void headingsMapToSectionTypes(String heading, String code) {
            assertThat(typer.type(heading).code()).isEqualTo(code);
        }

        @Test
        void aHeadingNamingOnlyTheReviewIsItsMethodologyAfterAnIntroduction() {
            assertThat(typer.type("2. The review", java.util.Set.of(SectionType.INTRODUCTION)))
                    .isEqualTo(SectionType.METHODOLOGY);
            assertThat(typer.type("About this review", java.util.Set.of(SectionType.INTRODUCTION, SectionType.OTHER)))
                    .isEqualTo(SectionType.METHODOLOGY);
            assertThat(typer.type("The review", java.util.Set.of(SectionType.OTHER))).isEqualTo(SectionType.INTRODUCTION);
            // a heading that says why the review was held stays an introduction wherever it stands
            assertThat(typer.type("Why this review was carried out", java.util.Set.of(SectionType.INTRODUCTION)))
                    .isEqualTo(SectionType.INTRODUCTION);
        }

        @Test
        void aHeadingNamingOnlyTheReviewIsItsMethodologyAfterTheCasesBackground() {
            // a web page with no introduction: a summary, the child's background, then how the review was done
            assertThat(typer.type("The review", java.util.Set.of(SectionType.SUMMARY, SectionType.BACKGROUND)))
                    .isEqualTo(SectionType.METHODOLOGY);
            assertThat(typer.type("About the review", java.util.Set.of(SectionType.BACKGROUND))).isEqualTo(SectionType.METHODOLOGY);
            // after a summary alone it still introduces the report
            assertThat(typer.type("About this review", java.util.Set.of(SectionType.SUMMARY)))
                    .isEqualTo(SectionType.INTRODUCTION);
        }

        @Test
        void aFamilyEntryStandsForEachOfItsChoices() {
            assertThat(Vocabulary.expand("what (must|should|) change (now|)"))
                    .containsExactly("what must change now", "what must change", "what should change now",
                            "what should change", "what change now", "what change");
            assertThat(Vocabulary.expand("key learning")).containsExactly("key learning");
        }

        @Test
        void aHeadingNamesItsItemTypeEvenWhenItsSectionTypeIsAnother() {
            assertThat(typer.itemType("5. Findings and learning")).contains(SectionType.LEARNING);
            assertThat(typer.itemType("Conclusions and recommendations")).contains(SectionType.RECOMMENDATIONS);
            assertThat(typer.itemType("3. Background")).isEmpty();
            // the words of the phrase that typed the heading name no item type of their own
            assertThat(typer.itemType("5. Practitioner learning event")).isEmpty();
            assertThat(typer.itemType("Learning events and recommendations")).contains(SectionType.RECOMMENDATIONS);
        }
    }

    @Nested
    class Labels {

        private final ItemLabels labels = new ItemLabels(VOCABULARY);

        @Test
        void labelsAndCodesNameTheirItemType() {
            assertThat(labels.label("Recommendation 3: The partnership should act."))
                    .get().extracting(ItemLabels.Label::type, ItemLabels.Label::length)
                    .containsExactly(SectionType.RECOMMENDATIONS, "Recommendation 3: ".length());
            assertThat(labels.label("Learning point 2 Children should be seen.")).get()
                    .extracting(ItemLabels.Label::type).isEqualTo(SectionType.LEARNING);
            assertThat(labels.label("R3 Housing should share information.")).get()
                    .extracting(ItemLabels.Label::type).isEqualTo(SectionType.RECOMMENDATIONS);
            assertThat(labels.label("Good practice 1")).get()
                    .extracting(ItemLabels.Label::type).isEqualTo(SectionType.GOOD_PRACTICE);
        }

        @Test
        void proseMentioningALabelIsNoLabel() {
            assertThat(labels.label("Recommendation 3 was accepted by the board.")).isEmpty();
            assertThat(labels.label("Recommendations were made to the police.")).isEmpty();
            assertThat(labels.label("Rachel was seen at home.")).isEmpty();
        }
    }

    @Nested
    class Markers {

        @Test
        void bulletsAndListNumbersAreMarkersButParagraphNumbersAreNot() {
            assertThat(List.of("\u2022 Seen", "- Seen", "\uf0b7 Seen", "1. Seen", "(a) Seen", "iv) Seen"))
                    .allMatch(ListMarkers::startsList);
            assertThat(List.of("1.1 Seen", "5.2.1 Seen", "2020 was", "Seen"))
                    .noneMatch(ListMarkers::startsList);
            assertThat(ListMarkers.startsParagraphNumber("5.2.1 Seen")).isTrue();
            assertThat(ListMarkers.stripMarker("12) The school should")).isEqualTo("The school should");
        }
    }

    @Nested
    class LineJoining {

        @Test
        void typographicHyphensSplitWordsAsciiHyphensJoinCompounds() {
            assertThat(TextRepair.join(List.of("experi\u2010", "enced and decision-", "making")))
                    .isEqualTo("experienced and decision-making");
        }

        @Test
        void ligaturesAndNonBreakingSpacesAreNormalised() {
            assertThat(TextRepair.clean("the\u00a0\ufb01rst of \ufb02ows")).isEqualTo("the first of flows");
        }

        @Test
        void pageNumbersInTheirCommonForms() {
            assertThat(List.of("12", "Page 3 of 12", "page 4", "- 7 -", "iv", "3 | Page"))
                    .allMatch(FurnitureFilter::isPageNumber);
            assertThat(FurnitureFilter.isPageNumber("12 weeks")).isFalse();
        }
    }
}
