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

/** Entry numbers printed in brackets or before a dash ("[1] Title", "(1) Title", "1 - Title"), and their contents list. */
class BracketedEntryNumbersTest {

    private final DigestParser parser = new DigestParser();

    /** Two invented reviews, each heading opened by the marker {@code %1$s} / {@code %2$s} for entry 1 and 2. */
    private static String digest(String first, String second) {
        return """
                NEW CASE REVIEWS - JULY 2031

                Two reviews were published this month. Everything below is invented.

                %s Child QZ: Child safeguarding practice review

                Neglect of a 6-year-old girl who was often kept home from school, found in 2029.

                LEARNING INCLUDES:
                  - attendance gaps were not shared with the social worker
                  - the girl was never spoken to alone

                Read practice review (PDF) <https://example.org/qz.pdf>

                %s Baby RZ: Serious case review

                Death of a 3-month-old boy after a head injury in 2028.

                RECOMMENDATIONS INCLUDE:
                  - teach every parent about coping with crying

                Read serious case review (PDF) <https://example.org/rz.pdf>
                """.formatted(first, second);
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type)
                .flatMap(s -> s.items().stream()).map(Item::text).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[1]|[2]", "(1)|(2)", "1 -|2 -", "1 \u2013|2 \u2013"})
    void bracketedOrDashedNumbersHeadEntries(String markers) {
        String[] marker = markers.split("\\|");
        ParsedDigest digest = parser.parse(digest(marker[0], marker[1]));

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child QZ: Child safeguarding practice review", "Baby RZ: Serious case review");
        assertThat(items(digest.entries().get(0), SectionType.LEARNING)).containsExactly(
                "attendance gaps were not shared with the social worker", "the girl was never spoken to alone");
        assertThat(digest.entries().get(1).linkTarget()).isEqualTo("https://example.org/rz.pdf");
    }

    @Test
    void bracketedNumbersOfListPointsStayPointsOfTheirEntry() {
        ParsedDigest digest = parser.parse("""
                [1] Child SZ: Local child safeguarding practice review

                Sexual abuse of a 13-year-old boy by a sports coach between 2026 and 2028.

                Learning includes:
                [1] volunteers were not checked before they coached children
                [2] the club had no safeguarding lead

                Recommendations include:
                (1) make a named lead a condition of funding
                (2) check every volunteer who coaches children

                Read the review (PDF) <https://example.org/sz.pdf>
                """);

        assertThat(digest.entries()).hasSize(1);
        DigestEntry entry = digest.entries().get(0);
        assertThat(entry.title()).isEqualTo("Child SZ: Local child safeguarding practice review");
        assertThat(items(entry, SectionType.LEARNING)).containsExactly(
                "volunteers were not checked before they coached children", "the club had no safeguarding lead");
        assertThat(items(entry, SectionType.RECOMMENDATIONS)).containsExactly(
                "make a named lead a condition of funding", "check every volunteer who coaches children");
    }

    @Test
    void aContentsListOfTheNumberedTitlesIsNoEntryAndNoSummary() {
        String text = digest("[1]", "[2]").replace("Everything below is invented.\n", """
                Everything below is invented.

                CONTENTS
                  [1] Child QZ: Child safeguarding practice review
                  [2] Baby RZ: Serious case review
                """);

        ParsedDigest digest = parser.parse(text);

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child QZ: Child safeguarding practice review", "Baby RZ: Serious case review");
        assertThat(digest.entries().get(0).summary())
                .isEqualTo("Neglect of a 6-year-old girl who was often kept home from school, found in 2029.");
    }

    @Test
    void aRangeBeforeADashIsNoNumber() {
        assertThat(UnitShapes.headingNumber("12 - 15 year olds were seen by the school nurse")).isNull();
        assertThat(UnitShapes.headingNumber("[4 Child A")).isNull();
        assertThat(UnitShapes.headingNumber("(4] Child A")).isNull();
        assertThat(UnitShapes.headingNumber("[4] Child A")).isEqualTo(4);
    }
}
