package org.casereview.etl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.casereview.etl.document.RejectReason;
import org.casereview.etl.guard.DocumentOutcome;
import org.junit.jupiter.api.Test;

/**
 * Session 40: a digest stopped by the clock while discovery read it ahead was rejected {@code timeout} by the digest
 * step without a second reading, and {@code status} named it only among the doubtful documents, without the reason or
 * what to do. The clock's timeout (a busy machine) is now read again by the step; {@code status} lists what timed out,
 * why, and what to do.
 */
class TimedOutStatusTest {

    private static final String BY_CLOCK = "digest-2021-11.md: reading took longer than 3 times the 1 s a document may take";
    private static final String BY_CPU = "reading took longer than the 60 s of processor time a document may take";

    @Test
    void statusListsWhatTimedOutWhyAndWhatToDo() {
        Map<String, String> timedOut = new LinkedHashMap<>();
        timedOut.put("Report\nforged.pdf", BY_CPU);
        timedOut.put("digest-2021-11.md", BY_CLOCK);

        assertThat(StatusReport.timedOutLines(timedOut)).isEqualTo("""
                    timed out 2 (not loaded):
                      Report\\nforged.pdf: reading took longer than the 60 s of processor time a document may take
                      digest-2021-11.md: digest-2021-11.md: reading took longer than 3 times the 1 s a document may take
                      to load them: run the month again when the machine is less busy (a time on the clock was used up), \
                or with a higher --document-timeout-seconds
                """);
    }

    @Test
    void aTimeoutByProcessorTimeOnlyAsksForAHigherLimit() {
        assertThat(StatusReport.timedOutLines(Map.of("Report.pdf", BY_CPU))).endsWith(
                "      to load it: run the month again with a higher --document-timeout-seconds\n");
        assertThat(StatusReport.timedOutLines(Map.of())).isEmpty();
    }

    @Test
    void onlyTheClocksTimeoutMayEndOtherwiseWhenReadAgain() {
        assertThat(new DocumentOutcome.Rejected<>(RejectReason.TIMEOUT, BY_CLOCK).mayEndOtherwise()).isTrue();
        assertThat(new DocumentOutcome.Rejected<>(RejectReason.TIMEOUT, BY_CPU).mayEndOtherwise()).isFalse();
    }
}
