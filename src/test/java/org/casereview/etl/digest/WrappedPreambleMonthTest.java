package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A month and its year set apart by a narrow panel's line break are read as the digest's month. */
class WrappedPreambleMonthTest {

    private final DigestDateReader reader = new DigestDateReader();

    @Test
    void aMonthWrappedAwayFromItsYearIsJoinedAcrossThePreamble() {
        assertThat(reader.month(null, List.of("Case reviews: February", "2026", "Invented briefings for training")))
                .isEqualTo(YearMonth.of(2026, 2));
    }

    @Test
    void aPreambleTextNamingAMonthWholeIsStillReadFirst() {
        assertThat(reader.month(null, List.of("Case reviews: February", "2026", "Published in March 2026")))
                .isEqualTo(YearMonth.of(2026, 3));
    }

    @Test
    void aLonePreambleTextWithoutAMonthGivesNone() {
        assertThat(reader.month(null, List.of("Case reviews: February"))).isNull();
    }
}
