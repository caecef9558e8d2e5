package org.casereview.etl.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.casereview.etl.document.RejectReason;
import org.junit.jupiter.api.Test;

/** A page's operators are counted from its start: past the limit the page is refused, naming it; the next page starts again. */
class StepClockPageOperatorsTest {

    @Test
    void aPagePastTheOperatorsItMayHaveIsRefusedNamingItAndTheCountStartsAgainEachPage() {
        StepClock clock = new StepClock(10);
        clock.startPage(1);
        for (int n = 0; n < 10; n++) {
            clock.step();
        }
        clock.startPage(2);
        for (int n = 0; n < 10; n++) {
            clock.step();
        }
        assertThatThrownBy(clock::step).isInstanceOfSatisfying(LimitExceededException.class, e -> {
            assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE);
            assertThat(e.getMessage()).isEqualTo("page 2 draws more than the 10 content operators a page may have");
        });
    }
}
