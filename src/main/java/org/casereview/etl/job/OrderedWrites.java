package org.casereview.etl.job;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.casereview.etl.concurrent.Futures;

/**
 * Writes run one after the other, in the order handed in, on a thread of their own: the caller goes on with the next
 * while one is written. A write is handed in once the one before it has ended, so at most one is under way; its
 * failure is thrown to the caller then, or by {@link #finish()}. Closing never interrupts a write under way (an
 * interrupted database write may close the database's file): it waits for it to end.
 */
final class OrderedWrites implements AutoCloseable {

    private final String whileDoing;
    private final ExecutorService thread;
    private Future<?> last;

    /** @param name the thread's name; {@code whileDoing} says what a failure or an interruption stopped */
    OrderedWrites(String name, String whileDoing) {
        this.whileDoing = whileDoing;
        this.thread = Executors.newSingleThreadExecutor(work -> {
            Thread t = new Thread(work, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the write once the one handed in before it has ended (its failure thrown here, this one not started). */
    void submit(Runnable write) {
        finish();
        last = thread.submit(write);
    }

    /** Waits for the last write handed in; its failure is thrown here. */
    void finish() {
        Future<?> previous = last;
        last = null;
        if (previous != null) {
            Futures.unchecked(previous, whileDoing);
        }
    }

    /** Lets a write under way end (its failure, if any, left to {@link #finish()}), then ends the thread. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            while (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                // a write of a slice never takes a minute; keep waiting rather than leave it running
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
