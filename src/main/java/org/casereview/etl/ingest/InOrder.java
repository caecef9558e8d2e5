package org.casereview.etl.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.casereview.etl.concurrent.Futures;

/** Applies a function to every element on a few threads and returns the results in the elements' order. */
final class InOrder {

    @FunctionalInterface
    interface Work<T, R> {
        R apply(T element) throws IOException;
    }

    private InOrder() {
    }

    /** The results in order; the first element's failure (in order) is thrown, as a sequential loop would. */
    static <T, R> List<R> map(List<T> elements, int threads, Work<T, R> work) throws IOException {
        List<R> results = new ArrayList<>(elements.size());
        if (threads <= 1 || elements.size() < 2) {
            for (T element : elements) {
                results.add(work.apply(element));
            }
            return results;
        }
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, elements.size()), r -> {
            Thread thread = new Thread(r, "discover-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(elements.size());
            for (T element : elements) {
                futures.add(pool.submit(() -> work.apply(element)));
            }
            for (Future<R> future : futures) {
                results.add(Futures.result(future, "inspecting the input files"));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
