package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
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
 * A digest's title that opens with 'Learning' is no learning label, and a label printed in two languages is one label
 * (digests-e2e-pending b28, kinds 2 and 3). Every child, place and publication here is invented.
 */
class MastheadAndBilingualLabelsTest {

    private final DigestParser parser = new DigestParser();

    private static final String ENTRY = """
            Child QX: Child safeguarding practice review

            Death of a 3-year-old girl in 2022 who fell from a window of the family's flat. Child QX is White British.

            Learning includes: window restrictors were not fitted; the housing officer did not share concerns.

            Recommendations include: fit restrictors in every council flat; share housing concerns with health visitors.

            Read practice review (PDF)
            """;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type)
                .flatMap(s -> s.items().stream()).map(Item::text).toList();
    }

    @Nested
    class MastheadOpeningWithLearning {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Learning from serious case reviews: March 2023", "Learning from reviews: 14 March 2023",
            "Learning in Northmoor: March 2023"})
        void aHeadingGoingOnToADateIsTheDigestHeadingNotALabel(String heading) {
            ParsedDigest digest = parser.parse("""
                    Learning from serious case reviews

                    Issue 7 | March 2023

                    %s

                    Two case reviews published in March 2023, in our newsletter format.

                    """.formatted(heading) + ENTRY);
            assertThat(digest.entries()).extracting(DigestEntry::title)
                    .containsExactly("Child QX: Child safeguarding practice review");
            assertThat(digest.month()).isEqualTo(YearMonth.of(2023, 3));
            DigestEntry entry = digest.entries().get(0);
            assertThat(items(entry, SectionType.LEARNING)).containsExactly(
                    "window restrictors were not fitted", "the housing officer did not share concerns");
        }

        @Test
        void aPublicationsNameBeforeTheFirstEntryIsNoLabel() {
            ParsedDigest digest = parser.parse("""
                    Learning from practice reviews: the spring issue

                    Two case reviews published this spring, in our newsletter format.

                    """ + ENTRY);
            assertThat(digest.entries()).extracting(DigestEntry::title)
                    .containsExactly("Child QX: Child safeguarding practice review");
            assertThat(items(digest.entries().get(0), SectionType.LEARNING)).hasSize(2);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Learning:", "Learning for practice:", "Key learning points:", "Learning themes include:",
            "Learning from this review includes:"})
        void realLabelsStayLabels(String label) {
            ParsedDigest digest = parser.parse(ENTRY.replace("Learning includes:", label));
            assertThat(items(digest.entries().get(0), SectionType.LEARNING)).containsExactly(
                    "window restrictors were not fitted", "the housing officer did not share concerns");
        }
    }

    @Nested
    class BilingualLabelLines {

        private static final String WELSH_ENTRY = """
                Plentyn RX: Adolygiad ymarfer plant
                Child RX: Child practice review

                Neglect of a 6-year-old boy in 2023 who was often hungry at school. Child RX is White Welsh.

                %s
                • school staff saw hunger but did not refer
                • the family's debts were not asked about

                %s
                • ask about food and money at every assessment

                Read child practice review (PDF)
                """;

        @ParameterizedTest(name = "{0} | {1}")
        @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Mae'r dysgu'n cynnwys: / Learning includes:|Mae'r argymhellion yn cynnwys: / Recommendations include:",
            "Learning includes: / Mae\u2019r dysgu\u2019n cynnwys:|Recommendations include: / Mae\u2019r argymhellion yn cynnwys:",
            "Dysgu: / Learning:|Argymhellion: / Recommendations:"})
        void aLabelAndItsTranslationAreOneLabel(String learning, String recommendations) {
            ParsedDigest digest = parser.parse(WELSH_ENTRY.formatted(learning, recommendations));
            assertThat(digest.entries()).hasSize(1);
            DigestEntry entry = digest.entries().get(0);
            assertThat(entry.summary()).endsWith("Child RX is White Welsh.");
            assertThat(items(entry, SectionType.LEARNING)).containsExactly(
                    "school staff saw hunger but did not refer", "the family's debts were not asked about");
            assertThat(items(entry, SectionType.RECOMMENDATIONS)).containsExactly(
                    "ask about food and money at every assessment");
        }

        @Test
        void aWelshGoodPracticeLabelOpensGoodPractice() {
            ParsedDigest digest = parser.parse(WELSH_ENTRY.formatted("Learning includes:", "Arfer da: / Good practice:"));
            assertThat(items(digest.entries().get(0), SectionType.GOOD_PRACTICE)).containsExactly(
                    "ask about food and money at every assessment");
        }
    }
}
