package org.casereview.etl.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.casereview.etl.document.RejectReason;
import org.junit.jupiter.api.Test;

/** Session 37's guards: a glyph counts the characters it gives; a loop of operators looks at the deadline. */
class PageCharsAndStepClockTest {

    @Test
    void oneGlyphGivingMoreCharactersThanAPageMayHaveStopsThePageAtOnce() {
        PageGlyphBudget page = new PageGlyphBudget();
        page.count("ffi");
        assertThatThrownBy(() -> page.count("A".repeat(60_000))).isInstanceOfSatisfying(LimitExceededException.class, e -> {
            assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE);
            assertThat(e.getMessage()).isEqualTo(
                    "one glyph gives 60000 characters: a page holds more than the 50000 characters a page may have");
        });
    }

    @Test
    void manyGlyphsOfAFewCharactersEachAddUpToThePageLimit() {
        PageGlyphBudget page = new PageGlyphBudget();
        for (int i = 0; i < 12_000; i++) {
            page.count("abcd"); // 48,000 characters
        }
        page.reset();
        for (int i = 0; i < 12_000; i++) {
            page.count("abcd");
        }
        assertThatThrownBy(() -> {
            for (int i = 0; i < 1_000; i++) {
                page.count("abcd");
            }
        }).hasMessage("a page holds more than the 50000 characters a page may have");
    }

    @Test
    void aStepClockLooksAtTheDeadlineEveryFewThousandSteps() {
        DocumentGuard noTime = new DocumentGuard(DocumentLimits.DEFAULTS.withTimePerDocument(Duration.ofNanos(1)));
        AtomicInteger steps = new AtomicInteger();
        DocumentOutcome<Object> outcome = noTime.run("operators", () -> {
            StepClock clock = new StepClock();
            for (int i = 0; i < 1_000_000; i++) {
                steps.incrementAndGet();
                clock.step();
            }
            return null;
        });
        assertThat(outcome).isInstanceOfSatisfying(DocumentOutcome.Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.TIMEOUT);
            assertThat(r.message()).startsWith("reading took longer than");
        });
        assertThat(steps).hasValue(StepClock.EVERY);
    }
}
