package org.casereview.etl.guard;

import java.util.Locale;

import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.UnreadableDocumentException;
import org.casereview.etl.text.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fault boundary around one document: whatever its work throws (an unreadable file, a limit,
 * the deadline, any runtime exception, a stack overflow, running out of memory) becomes a
 * {@link DocumentOutcome.Rejected} with a reason code and a one-line message, the stack trace goes
 * to the log, and the run goes on with the next document. Only the caller's own work outside the
 * guard (the database, the disk) can fail a step.
 */
public final class DocumentGuard {

    private static final Logger log = LoggerFactory.getLogger(DocumentGuard.class);
    private static final int MAX_MESSAGE = 300;

    /** One document's work. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    private final DocumentLimits limits;

    public DocumentGuard(DocumentLimits limits) {
        this.limits = limits;
    }

    public DocumentLimits limits() {
        return limits;
    }

    public <T> DocumentOutcome<T> run(String document, Work<T> work) {
        DocumentBudget previous = DocumentBudget.installed();
        DocumentBudget.install(limits);
        try {
            return new DocumentOutcome.Done<>(work.run());
        } catch (Throwable t) {
            return rejected(document, t);
        } finally {
            DocumentBudget.restore(previous);
        }
    }

    /** How a reject by running out of memory begins. */
    static final String OUT_OF_MEMORY = "reading it needed more memory than the run has";

    private static <T> DocumentOutcome<T> rejected(String document, Throwable t) {
        LimitExceededException limit = limitIn(t);
        if (limit != null) {
            log.warn("Stopped reading {}: {}", LogSafe.text(document), LogSafe.text(limit.getMessage()));
            return new DocumentOutcome.Rejected<>(limit.reason(), oneLine(limit.getMessage()));
        }
        if (t instanceof UnreadableDocumentException e) {
            return new DocumentOutcome.Rejected<>(e.reason(), oneLine(e.getMessage()));
        }
        if (t instanceof OutOfMemoryError) {
            log.error("Out of memory while reading {}; the document is rejected and the run goes on", LogSafe.text(document), t);
            return new DocumentOutcome.Rejected<>(RejectReason.TOO_LARGE,
                    OUT_OF_MEMORY + " (" + oneLine(t.getMessage()) + ")");
        }
        if (t instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        log.error("Unexpected failure while reading {}; the document is rejected and the run goes on", LogSafe.text(document), t);
        return new DocumentOutcome.Rejected<>(RejectReason.INTERNAL_ERROR, "unexpected " + describe(t));
    }

    /** Lets a limit or the deadline through a {@code catch} that would carry on past other failures. */
    public static void rethrowIfStopped(Throwable t) {
        LimitExceededException limit = limitIn(t);
        if (limit != null) {
            throw limit;
        }
    }

    private static LimitExceededException limitIn(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof LimitExceededException limit) {
                return limit;
            }
        }
        return null;
    }

    /** "IndexOutOfBoundsException: Index -1 out of bounds for length 0 at BlockBuilder.repeatsHeader:119" */
    private static String describe(Throwable t) {
        StringBuilder s = new StringBuilder(t.getClass().getSimpleName());
        if (t.getMessage() != null) {
            s.append(": ").append(t.getMessage());
        }
        for (StackTraceElement frame : t.getStackTrace()) {
            if (frame.getClassName().startsWith("org.casereview.")) {
                String cls = frame.getClassName();
                s.append(" at ").append(cls.substring(cls.lastIndexOf('.') + 1)).append('.')
                        .append(frame.getMethodName()).append(':').append(frame.getLineNumber());
                break;
            }
        }
        return oneLine(s.toString());
    }

    static String oneLine(String message) {
        if (message == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        message.codePoints().limit(MAX_MESSAGE).forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                s.append(' ');
            } else if (Character.isISOControl(c)) {
                s.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                s.appendCodePoint(c);
            }
        });
        return s.toString().strip();
    }
}
