package org.casereview.etl.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.casereview.etl.document.RejectReason;
import org.junit.jupiter.api.Test;

class PassStepsTest {

    @Test
    void aPassThatAdvancesTakesItsStepsAndOneThatDoesNotIsStoppedWithItsReason() {
        PassSteps advancing = new PassSteps("grouping lines", 1000);
        for (int i = 0; i < 1000 * PassSteps.STEPS_PER_ELEMENT + PassSteps.SPARE_STEPS; i++) {
            advancing.step();
        }
        PassSteps stuck = new PassSteps("grouping lines", 10);
        assertThatThrownBy(() -> {
            for (int i = 0; i < 1_000_000; i++) {
                stuck.step();
            }
        }).isInstanceOfSatisfying(LimitExceededException.class, e -> {
            assertThat(e.reason()).isEqualTo(RejectReason.INTERNAL_ERROR);
            assertThat(e.getMessage()).isEqualTo("grouping lines took more than 104 steps for 10 elements:"
                    + " it no longer advanced");
        });
    }
}
