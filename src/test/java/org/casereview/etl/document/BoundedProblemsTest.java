package org.casereview.etl.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * One file's problems as reject rows an operator can read (session 38: 20,000 headings without a summary gave 20,001
 * reject rows): the first twenty one by one, the rest in one row saying how many of which reason, where they run.
 */
class BoundedProblemsTest {

    @Test
    void pastTwentyProblemsTheRestAreSummedUpInOneRow() {
        List<ParseProblem> problems = new ArrayList<>();
        for (int line = 1; line <= 20_000; line++) {
            problems.add(new ParseProblem("line " + line, line % 2 == 0 ? RejectReason.UNPARSEABLE_ENTRY : RejectReason.OTHER,
                    "heading " + line + " has no summary"));
        }
        List<ParseProblem> bounded = BoundedProblems.of(problems);
        assertThat(bounded).hasSize(21);
        assertThat(bounded.subList(0, 20)).isEqualTo(problems.subList(0, 20));
        assertThat(bounded.get(20)).isEqualTo(new ParseProblem("line 21 to line 20000", RejectReason.OTHER,
                "19980 more problems not listed one by one (9990 other, 9990 unparseable_entry), from line 21 to line"
                        + " 20000; the first was: heading 21 has no summary"));
    }

    @Test
    void twentyOrFewerAreListedAsTheyAre() {
        List<ParseProblem> problems = List.of(new ParseProblem("page 2", RejectReason.NO_TEXT_LAYER, "no text"));
        assertThat(BoundedProblems.of(problems)).isSameAs(problems);
    }
}
