package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The contents-list finder's work grows with the units, not with their square (docs/HOSTILE-INPUTS.md, session 38: a
 * digest of 10,000 entries, each with the same line under its heading, took 338 s of discovery). Its rows are compared
 * only with the heading-like units that share their first word and the start of their second, so thousands of equal
 * lines that head nothing, or thousands of headings starting 'Child', are no longer compared with each other.
 */
class TitleRowsWorkTest {

    private static final UnitShapes SHAPES = new UnitShapes(DigestGrammar.standard());

    @Test
    void aDigestOfThousandsOfEntriesSharingTheirLinesIsComparedInStepWithItsUnits() {
        for (int entries : new int[] {500, 2_000}) {
            List<Unit> units = entries(entries);
            TitleRows rows = new TitleRows(units, SHAPES::isHeadingLike);
            for (int start = 0; start < units.size(); start++) {
                assertThat(rows.end(start)).isEqualTo(start);
            }
            // before: 'Neglect of ...' compared with every later 'Neglect of ...', ~entries^2 / 2 (2,000,000 at 2,000)
            assertThat(rows.comparisons()).as("%d entries", entries).isLessThanOrEqualTo(4L * units.size());
        }
    }

    @Test
    void aRowStillFindsTheHeadingItNamesAmongHeadingsOfTheSameFirstWord() {
        List<Unit> units = new ArrayList<>(List.of(new Unit(1, "Child A"), new Unit(2, "Child B"), new Unit(3, "Child C")));
        for (String name : List.of("A", "B", "C")) {
            units.add(new Unit(units.size() + 1, "Child " + name + ": Serious case review"));
            units.add(new Unit(units.size() + 1, "Neglect of a 4-year-old boy in 2020."));
        }
        TitleRows rows = new TitleRows(units, SHAPES::isHeadingLike);
        assertThat(rows.end(0)).isEqualTo(3);
    }

    @Test
    void theKeyIsTheFirstWordAndTheLettersTheSecondStartsWith() {
        assertThat(TitleRows.key("Child A: Serious case review")).isEqualTo("Child A");
        assertThat(TitleRows.key("Child A")).isEqualTo("Child A");
        assertThat(TitleRows.key("Child AB; Practice review")).isEqualTo("Child AB");
        assertThat(TitleRows.key("Neglect")).isEqualTo("Neglect");
    }

    private static List<Unit> entries(int count) {
        List<Unit> units = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            units.add(new Unit(units.size() + 1, "Child L" + n + "; Child safeguarding practice review"));
            units.add(new Unit(units.size() + 1, "Neglect of a 4-year-old boy in 2020."));
            units.add(new Unit(units.size() + 1, "Other resources [Read practice review (PDF)](review-" + n + ".pdf)"));
        }
        return units;
    }
}
