package org.casereview.etl.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.UnreadableDocumentException;
import org.junit.jupiter.api.Test;

class DocumentGuardTest {

    private final DocumentGuard guard = new DocumentGuard(DocumentLimits.DEFAULTS.withTimePerDocument(Duration.ofMillis(300)));

    @Test
    void aResultComesBackAsDone() {
        assertThat(guard.run("a.pdf", () -> 42)).isEqualTo(new DocumentOutcome.Done<>(42));
    }

    @Test
    void anUnreadableDocumentKeepsItsReasonAndMessage() {
        DocumentOutcome<Object> outcome = guard.run("a.pdf", () -> {
            throw new UnreadableDocumentException(RejectReason.ENCRYPTED, "the PDF needs a password to open");
        });
        assertThat(outcome).isEqualTo(new DocumentOutcome.Rejected<>(RejectReason.ENCRYPTED, "the PDF needs a password to open"));
    }

    @Test
    void anUnexpectedExceptionIsAnInternalErrorNamingWhereItHappened() {
        DocumentOutcome<Object> outcome = guard.run("a.pdf", () -> List.of().get(0));
        assertThat(outcome).isInstanceOf(DocumentOutcome.Rejected.class);
        DocumentOutcome.Rejected<Object> rejected = (DocumentOutcome.Rejected<Object>) outcome;
        assertThat(rejected.reason()).isEqualTo(RejectReason.INTERNAL_ERROR);
        assertThat(rejected.message()).startsWith("unexpected ArrayIndexOutOfBoundsException: Index 0 out of bounds for length 0")
                .contains(" at DocumentGuardTest.lambda$anUnexpectedExceptionIsAnInternalErrorNamingWhereItHappened");
    }

    @Test
    void aStackOverflowIsAnInternalError() {
        DocumentOutcome<Object> outcome = guard.run("a.pdf", () -> recurse(0));
        assertThat(((DocumentOutcome.Rejected<Object>) outcome).reason()).isEqualTo(RejectReason.INTERNAL_ERROR);
        assertThat(((DocumentOutcome.Rejected<Object>) outcome).message()).startsWith("unexpected StackOverflowError");
    }

    @Test
    void runningOutOfMemoryRejectsTheDocumentAsTooLarge() {
        DocumentOutcome<Object> outcome = guard.run("a.docx", () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertThat(outcome).isEqualTo(new DocumentOutcome.Rejected<>(RejectReason.TOO_LARGE,
                "reading it needed more memory than the run has (Java heap space)"));
    }

    @Test
    void theDeadlineStopsACatastrophicRegularExpressionOnWatchedText() {
        // the shape of the contents-entry pattern that once took minutes on one long line: unguarded, 10 s and more
        Pattern nested = Pattern.compile("(.*?\\p{L}.*?)[\\s.]*\\s(\\d{1,4})");
        String text = "a . ".repeat(2000) + "x";
        DocumentOutcome<Boolean> outcome = guard.run("a.txt", () -> nested.matcher(DocumentBudget.watch(text)).matches());
        // processor time ends it on a quiet machine, the clock (three times the limit) on a busy one
        assertThat(outcome).isIn(
                new DocumentOutcome.Rejected<>(RejectReason.TIMEOUT, "reading took longer than the 300 ms of processor time a document may take"),
                new DocumentOutcome.Rejected<>(RejectReason.TIMEOUT, "reading took longer than 3 times the 300 ms a document may take"));
    }

    @Test
    void aLimitWrappedInAnotherExceptionStillGivesItsReason() {
        DocumentOutcome<Object> outcome = guard.run("a.pdf", () -> {
            throw new IllegalStateException("parser failed",
                    new LimitExceededException(RejectReason.TOO_LARGE, "a page holds more than 10 characters"));
        });
        assertThat(outcome).isEqualTo(new DocumentOutcome.Rejected<>(RejectReason.TOO_LARGE, "a page holds more than 10 characters"));
    }

    @Test
    void theBudgetIsTheGuardsInsideAndTheDefaultsOutside() {
        DocumentLimits small = DocumentLimits.DEFAULTS.withMaxPages(7);
        DocumentOutcome<Integer> inside = new DocumentGuard(small).run("a.pdf", () -> DocumentBudget.current().limits().maxPages());
        assertThat(inside).isEqualTo(new DocumentOutcome.Done<>(7));
        assertThat(DocumentBudget.current().limits()).isEqualTo(DocumentLimits.DEFAULTS);
    }

    @Test
    void aMessageIsOneLineWithControlCharactersEscaped() {
        assertThat(DocumentGuard.oneLine("bad\nname\u0000.pdf\r\n")).isEqualTo("bad name\\u0000.pdf");
    }

    private static int recurse(int n) {
        return recurse(n + 1) + 1;
    }
}
