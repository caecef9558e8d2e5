package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9 (digests b30, kinds 2 and 3): an untagged card layout read as text. A card's side strip prints a counter
 * ('Card 2 of 3') beside its first line, a card cut at the page foot says 'continued overleaf' under its last point, and a
 * card may be titled by a first name alone before the review type ('Ava: Serious case review'). Invented cards.
 */
class CardFurnitureAndNameTitlesTest {

    private static final String CARDS = """
            Case review cards - March 2031
            Three invented case reviews, one card each.

            Child QP: Child safeguarding practice review

            Card 1 of 3
            Child QP, a 15-year-old boy, was stabbed in 2030 by a man he met through county lines. He
            had been excluded from school.

            Learning includes:
            - exclusion left him unsupervised in the day
            - the police did not share his arrests with the school

            Recommendations include:
            - review how exclusions are shared with youth services
            - share arrests of children with their schools
            continued overleaf

            Child QP: Child safeguarding practice review (continued)

            Card 1 of 3
            Identifies good practice including:
            - the youth worker who kept in touch with his mother

            [Read practice review (PDF)](https://example.org/qp.pdf)

            Ava: Serious case review

            Card 2 of 3
            Emotional abuse of a 7-year-old girl by her stepfather between 2027 and
            2029. Ava was locked in her room and denied meals.

            Learning includes:
            - Ava was never seen without her stepfather
            - teachers did not ask why she was hungry

            Recommendations include:
            - see children alone during assessments

            [Read overview report (PDF)](https://example.org/ava.pdf)

            Leo and Nia: Child safeguarding practice review

            Card 3 of 3
            Neglect of a 4-year-old boy and his 2-year-old sister in 2030. Their mother misused alcohol and
            the home was unsafe.

            Learning includes:
            - the health visitor saw the home only once

            cont.

            - nobody asked the grandparents

            [Read practice review (PDF)](https://example.org/ln.pdf)
            """;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }

    @Test
    void aFirstNameBeforeAReviewTypeTitlesItsCard() {
        ParsedDigest digest = new DigestParser().parse(CARDS);

        assertThat(digest.problems()).isEmpty();
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child QP: Child safeguarding practice review", "Ava: Serious case review",
                "Leo and Nia: Child safeguarding practice review");
        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child QP", "Ava", "Leo and Nia");
        DigestEntry ava = digest.entries().get(1);
        assertThat(ava.summary()).isEqualTo("Emotional abuse of a 7-year-old girl by her stepfather between 2027 and 2029. "
                + "Ava was locked in her room and denied meals.");
        assertThat(items(ava, SectionType.LEARNING))
                .containsExactly("Ava was never seen without her stepfather", "teachers did not ask why she was hungry");
        assertThat(ava.linkTarget()).isEqualTo("https://example.org/ava.pdf");
    }

    @Test
    void continuationMarkersAndCardCountersAreNoText() {
        ParsedDigest digest = new DigestParser().parse(CARDS);

        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).startsWith("Child QP, a 15-year-old boy,").doesNotContain("Card");
        assertThat(items(first, SectionType.RECOMMENDATIONS)).containsExactly(
                "review how exclusions are shared with youth services", "share arrests of children with their schools");
        assertThat(items(first, SectionType.GOOD_PRACTICE)).containsExactly("the youth worker who kept in touch with his mother");
        assertThat(items(digest.entries().get(2), SectionType.LEARNING))
                .containsExactly("the health visitor saw the home only once", "nobody asked the grandparents");
    }

    @ParameterizedTest
    @ValueSource(strings = {"continued overleaf", "Continued on next page", "continued on the next page \u2192",
        "cont.", "Contd", "Continued on page 4", "Review 2 of 3", "Card 1 of 4", "Case 3/12"})
    void continuationAndCounterLinesArePageFurniture(String line) {
        assertThat(new TextRepair().repairLine(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"continued to miss appointments", "Contact was continued overleaf by phone",
        "Review of 3 children", "(continued)", "Learning: Serious case review", "Wales: Serious case reviews"})
    void proseAndLabelsStay(String line) {
        assertThat(new TextRepair().repairLine(line)).isEqualTo(line);
    }

    @Test
    void aLabelOrNationBeforeAReviewTypeIsNoNameFirstTitle() {
        UnitShapes shapes = new UnitShapes(DigestGrammar.standard());

        assertThat(shapes.isStrongHeading("Ava: Serious case review", null)).isTrue();
        assertThat(shapes.isStrongHeading("Ava and Leo: Child practice review", null)).isTrue();
        assertThat(shapes.isStrongHeading("Wales: Serious case reviews", null)).isFalse();
        assertThat(shapes.isStrongHeading("Summary: Serious case review", null)).isFalse();
        assertThat(shapes.isStrongHeading("Ava: Lessons for schools", null)).isFalse();
        assertThat(shapes.isStrongHeading("Serious: case review", null)).isFalse();
    }
}
