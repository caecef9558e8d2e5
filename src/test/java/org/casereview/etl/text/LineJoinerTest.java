package org.casereview.etl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LineJoinerTest {

    @Nested
    class BothRules {
        private final LineJoiner keeping = LineJoiner.keepingAsciiHyphens();
        private final LineJoiner rejoining = LineJoiner.rejoiningWords(Set.of("co"));

        @Test
        void aSoftOrTypographicHyphenSplitsAWordEvenBeforeACapital() {
            assertThat(keeping.join("exploit\u00ad", "ation")).isEqualTo("exploitation");
            assertThat(rejoining.join("North\u2010", "East")).isEqualTo("NorthEast");
        }

        @Test
        void linesWithoutAHyphenBeforeALetterJoinWithOneSpace() {
            assertThat(keeping.join("the mother  ", "  and father")).isEqualTo("the mother and father");
            assertThat(rejoining.join("aged 3-", "5")).isEqualTo("aged 3- 5");
            assertThat(rejoining.join("Safer-", "Sleep")).isEqualTo("Safer- Sleep");
        }

        @Test
        void appendingTakesTheFirstLineAsItIs() {
            StringBuilder text = new StringBuilder();
            keeping.append(text, "decision-");
            keeping.append(text, "making was");
            keeping.append(text, "shared");
            assertThat(text).hasToString("decision-making was shared");
        }
    }

    @Nested
    class AnAsciiHyphenBeforeALowerCaseWord {
        @Test
        void staysWhereSplitWordsWereMarkedBeforehand() {
            assertThat(LineJoiner.keepingAsciiHyphens().join("decision-", "making")).isEqualTo("decision-making");
        }

        @Test
        void goesWhereNothingWasMarkedUnlessThePrefixKeepsIt() {
            LineJoiner joiner = LineJoiner.rejoiningWords(Set.of("co", "self"));
            assertThat(joiner.join("exploit-", "ation of")).isEqualTo("exploitation of");
            assertThat(joiner.join("with Co-", "sleeping")).isEqualTo("with Co-sleeping");
            assertThat(joiner.join("self-", "harm")).isEqualTo("self-harm");
        }

        @Test
        void isSeenOnlyAfterALetter() {
            LineJoiner joiner = LineJoiner.rejoiningWords(Set.of());
            assertThat(joiner.asciiHyphenBeforeLowerCase("exploit- ", " ation")).isTrue();
            assertThat(joiner.asciiHyphenBeforeLowerCase("2019-", "after")).isFalse();
            assertThat(joiner.asciiHyphenBeforeLowerCase("exploit-", "Ation")).isFalse();
        }
    }
}
