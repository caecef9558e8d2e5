package org.casereview.etl.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.casereview.etl.document.RejectReason;
import org.junit.jupiter.api.Test;

/**
 * The time per document is the reading thread's processor time: a document that waits (a busy
 * machine, a slow disk) is not rejected at the limit on the clock, one that works past it is, and
 * the clock still ends any document at three times the limit.
 */
class DeadlineCountsProcessorTimeTest {

    private static final Duration LIMIT = Duration.ofMillis(300);
    private static final DocumentGuard GUARD = new DocumentGuard(DocumentLimits.DEFAULTS.withTimePerDocument(LIMIT));

    @Test
    void waitingPastTheLimitOnTheClockIsNoTimeout() {
        DocumentOutcome<String> outcome = GUARD.run("waits", () -> {
            Thread.sleep(LIMIT.toMillis() * 3 / 2);
            DocumentBudget.checkTime();
            return "read";
        });
        assertThat(outcome).isEqualTo(new DocumentOutcome.Done<>("read"));
    }

    @Test
    void workingPastTheLimitIsATimeoutForProcessorTime() {
        DocumentOutcome<Long> outcome = GUARD.run("works", DeadlineCountsProcessorTimeTest::spinUntilStopped);
        assertThat(outcome).isInstanceOf(DocumentOutcome.Rejected.class);
        DocumentOutcome.Rejected<Long> rejected = (DocumentOutcome.Rejected<Long>) outcome;
        assertThat(rejected.reason()).isEqualTo(RejectReason.TIMEOUT);
        // on a machine too busy to give the thread 300 ms in 900 ms, the clock ends it first
        assertThat(rejected.message()).containsAnyOf("the 300 ms of processor time", "3 times the 300 ms");
    }

    @Test
    void waitingPastThreeTimesTheLimitIsATimeoutOnTheClock() {
        DocumentOutcome<String> outcome = GUARD.run("stuck", () -> {
            Thread.sleep(LIMIT.toMillis() * DocumentBudget.WALL_TIME_FACTOR + 50);
            DocumentBudget.checkTime();
            return "read";
        });
        assertThat(outcome).isInstanceOf(DocumentOutcome.Rejected.class);
        DocumentOutcome.Rejected<String> rejected = (DocumentOutcome.Rejected<String>) outcome;
        assertThat(rejected.reason()).isEqualTo(RejectReason.TIMEOUT);
        assertThat(rejected.message()).contains("3 times the 300 ms");
    }

    private static long spinUntilStopped() {
        long sum = 0;
        for (long i = 0; ; i++) {
            sum += Long.numberOfTrailingZeros(i ^ sum);
            if ((i & 0xFFF) == 0) {
                DocumentBudget.checkTime();
            }
        }
    }
}
