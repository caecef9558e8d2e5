package org.casereview.etl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineStepsTest {

    private static LineSteps page(LineSteps steps, float... tops) {
        steps.startPage();
        for (float top : tops) {
            steps.line(top, 10);
        }
        return steps;
    }

    @Test
    void linesSteppingUpThePageRunUp() {
        assertThat(page(new LineSteps(), 700, 680, 660, 640, 620).runsUp()).isTrue();
    }

    @Test
    void linesSteppingDownAndAColumnJumpDoNotRunUp() {
        assertThat(page(new LineSteps(), 60, 80, 100, 120, 60, 80, 100, 120).runsUp()).isFalse();
    }

    @Test
    void aBulletOnTheSameBaselineIsNoStep() {
        assertThat(page(new LineSteps(), 100, 100, 100, 98, 100).runsUp()).isFalse();
    }

    @Test
    void mostPagesDecide() {
        LineSteps steps = new LineSteps();
        page(steps, 700, 680, 660, 640);
        page(steps, 60, 80, 100, 120);
        page(steps, 60, 80, 100, 120);
        assertThat(steps.runsUp()).isFalse();
        LineSteps up = new LineSteps();
        page(up, 700, 680, 660, 640);
        page(up, 700, 680, 660, 640);
        page(up, 60, 80, 100, 120);
        page(up, 60);
        assertThat(up.runsUp()).isTrue();
    }
}
