package org.casereview.etl.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.casereview.etl.document.RejectReason;
import org.junit.jupiter.api.Test;

/**
 * A page's operators are counted from its start: past the limit that page is skipped, naming it (session 39; session
 * 38 refused the whole document); the next page starts again; one page more than {@link StepClock#MAX_SKIPPED_PAGES}
 * refuses the document, naming them all; a new document starts with none skipped.
 */
class StepClockPageOperatorsTest {

    @Test
    void aPagePastTheOperatorsItMayHaveIsSkippedNamingItAndTheCountStartsAgainEachPage() {
        StepClock clock = new StepClock(10);
        clock.startPage(1);
        steps(clock, 10);
        clock.startPage(2);
        steps(clock, 10);
        assertThatThrownBy(clock::step).isInstanceOfSatisfying(PageOperatorsExceededException.class, e -> {
            assertThat(e.page()).isEqualTo(2);
            assertThat(e.getMessage()).isEqualTo("page 2 draws more than the 10 content operators a page may have;"
                    + " its text is not read");
        });
        assertThatThrownBy(clock::step).isInstanceOf(PageOperatorsExceededException.class); // the same page again
        clock.startPage(3);
        steps(clock, 10);
    }

    @Test
    void onePageMoreThanMayBeSkippedRefusesTheDocumentAndANewDocumentStartsAgain() {
        StepClock clock = new StepClock(10);
        for (int page = 1; page <= StepClock.MAX_SKIPPED_PAGES; page++) {
            clock.startPage(page * 2);
            steps(clock, 10);
            assertThatThrownBy(clock::step).isInstanceOf(PageOperatorsExceededException.class);
        }
        clock.startPage(9);
        steps(clock, 10);
        assertThatThrownBy(clock::step).isInstanceOfSatisfying(LimitExceededException.class, e -> {
            assertThat(e.reason()).isEqualTo(RejectReason.TOO_LARGE);
            assertThat(e.getMessage()).isEqualTo("pages 2, 4, 6 and 9 each draw more than the 10 content operators a"
                    + " page may have (more than 3 such pages)");
        });
        clock.startDocument();
        clock.startPage(1);
        steps(clock, 10);
        assertThatThrownBy(clock::step).isInstanceOf(PageOperatorsExceededException.class);
    }

    private static void steps(StepClock clock, int n) {
        for (int i = 0; i < n; i++) {
            clock.step();
        }
    }
}
