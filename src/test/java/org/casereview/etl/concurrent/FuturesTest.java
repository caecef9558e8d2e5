package org.casereview.etl.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;

import org.junit.jupiter.api.Test;

class FuturesTest {

    @Test
    void uncheckedGivesTheResultOrThrowsWhatTheWorkThrew() {
        assertThat(Futures.unchecked(CompletableFuture.completedFuture(42), "counting")).isEqualTo(42);

        FutureTask<Integer> failing = new FutureTask<>(() -> {
            throw new IllegalArgumentException("no such theme");
        });
        failing.run();
        assertThatThrownBy(() -> Futures.unchecked(failing, "matching themes"))
                .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("no such theme");
    }

    @Test
    void aCancelledTaskSaysWhatWasUnderWay() {
        FutureTask<Integer> cancelled = new FutureTask<>(() -> 1);
        cancelled.cancel(true);
        assertThatThrownBy(() -> Futures.unchecked(cancelled, "matching the items' themes"))
                .isExactlyInstanceOf(IllegalStateException.class).hasMessage("stopped while matching the items' themes");
    }
}
