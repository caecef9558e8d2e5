package org.casereview.etl.concurrent;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The result of work run on a pool, its failure thrown as the work itself threw it. */
public final class Futures {

    private Futures() {
    }

    /** {@code whileDoing} ends the message of an interruption: "interrupted while " + it. */
    public static <R> R result(Future<R> future, String whileDoing) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while " + whileDoing);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * As {@link #result(Future, String)} for work that throws no checked exception: an interruption or a cancelled
     * task ends as an {@link IllegalStateException} saying what was under way.
     */
    public static <R> R unchecked(Future<R> future, String whileDoing) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + whileDoing, e);
        } catch (CancellationException e) {
            throw new IllegalStateException("stopped while " + whileDoing, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
