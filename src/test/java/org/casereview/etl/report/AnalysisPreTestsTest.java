package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The analysis's tests of a text's characters in front of (or instead of) a regular expression give what the
 * expression alone gave: {@link ListMarkers#listMarkerLength} against its patterns ({@link ListMarkers#matchedLength}),
 * {@link Block#words} against the split on {@code \s+} it replaced, {@link EndNotes#isNote} and
 * {@link InlineClauses#of} on texts with and without what their patterns need.
 */
class AnalysisPreTestsTest {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final List<String> PIECES = List.of("a", "b", "o", "i", "v", "x", "ii", "iv", "ix", "z", "e", "Z",
            "The", "review", ".", ")", "(", "[", "]", "1", "12", "3.", "b)", "c.", "(d)", "iv)", "x.", "a.[b.] ", "[1.]",
            " ", "  ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u2003", "\u2022", "\u2013", "-", "*", "+", "\uf0b7",
            "o ", "o Child", "é", "ŵ", "\uD835\uDC00", ";", ":", ",", "and", "(a)", "(b)", "(c)", "\u21a9", "\u21aa",
            "\ufe0e", "Learning");

    @Test
    void aLineOpeningWithALowerCaseLetterHasTheMarkerItsPatternsFind() {
        List<String> rests = List.of("", " ", " Child", " the child", "  Ofsted", ".", ")", "x", "\tWord");
        for (char first = 'a'; first <= 'z'; first++) {
            for (int second = 0; second < 0x3000; second++) {
                for (String rest : rests) {
                    String line = "" + first + (char) second + rest;
                    assertThat(ListMarkers.listMarkerLength(line)).as("%s", line).isEqualTo(ListMarkers.matchedLength(line));
                }
            }
            String alone = String.valueOf(first);
            assertThat(ListMarkers.listMarkerLength(alone)).isEqualTo(ListMarkers.matchedLength(alone));
        }
        assertThat(ListMarkers.listMarkerLength("b) the child")).isEqualTo(3);
        assertThat(ListMarkers.listMarkerLength("iv. the child")).isEqualTo(4);
        assertThat(ListMarkers.listMarkerLength("o Child")).isEqualTo(2);
        assertThat(ListMarkers.listMarkerLength("c.[d.] the child")).isEqualTo(7);
        assertThat(ListMarkers.listMarkerLength("be seen by")).isZero();
    }

    @Test
    void randomLinesHaveTheMarkerItsPatternsFind() {
        Random random = new Random(39);
        for (int n = 0; n < 40_000; n++) {
            String line = random(random);
            assertThat(ListMarkers.listMarkerLength(line)).as(line)
                    .isEqualTo(line.isEmpty() ? 0 : ListMarkers.matchedLength(line));
        }
    }

    @Test
    void aBlocksWordsAreThePiecesOfItsSplitOnWhiteSpace() {
        Random random = new Random(391);
        for (int n = 0; n < 40_000; n++) {
            String text = random(random);
            assertThat(block(text).words()).as("[%s]", text).isEqualTo(SPACES.split(text).length);
        }
        for (String text : List.of("", " ", "\t\n", " a", "a ", " a b ", "one two  three", "\u00A0word\u2003word")) {
            assertThat(block(text).words()).as("[%s]", text).isEqualTo(SPACES.split(text).length);
        }
        assertThat(block("The child was seen\tby  a nurse.").words()).isEqualTo(7);
        assertThat(block(" leading space").words()).isEqualTo(3);
        assertThat(block("   ").words()).isZero();
    }

    @Test
    void aNoteEndsWithItsBackReferenceArrowAndAClauseRunOpensWithA() {
        assertThat(EndNotes.isNote(block("Seen by the nurse twice.\u21a9"))).isTrue();
        assertThat(EndNotes.isNote(block("Seen by the nurse twice.\u21aa\ufe0f  "))).isTrue();
        assertThat(EndNotes.isNote(block("Seen \u21a9 by the nurse twice."))).isFalse();
        assertThat(EndNotes.isNote(block("Seen by the nurse twice."))).isFalse();
        assertThat(InlineClauses.of("The Board recommends that: (a) agencies share the plan; (b) schools record the"
                + " absences; and (c) the GP is told of the visits.")).containsExactly("agencies share the plan",
                "schools record the absences", "the GP is told of the visits.");
        assertThat(InlineClauses.of("The Board recommends that: (b) agencies share the plan; (c) schools record the"
                + " absences.")).isEmpty();
        assertThat(InlineClauses.of("paragraphs (a) and (b) of the guidance")).isEmpty();
    }

    private static String random(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(8);
        for (int p = 0; p < pieces; p++) {
            text.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return text.toString();
    }

    private static Block block(String text) {
        return new Block(List.of(), false, false, text);
    }
}
