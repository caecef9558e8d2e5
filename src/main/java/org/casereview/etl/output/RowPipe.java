package org.casereview.etl.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * One CSV file's rows read on the caller's thread (the database query) and written on a thread of its own (cleaning,
 * quoting, UTF-8 encoding and the file), in order, a batch at a time: the sections file, most of a month's bytes,
 * is no longer read and written on one core while the other waits. The same bytes as one thread doing both.
 */
final class RowPipe {

    /** Rows a batch, and batches waiting: a few hundred section texts (a few MB) in flight at most. */
    private static final int BATCH = 64;
    private static final int WAITING = 4;
    private static final List<Object[]> END = new ArrayList<>(0);

    /** Reads the rows: each handed to the sink, in order. */
    @FunctionalInterface
    interface Reading {
        void read(RowSink sink) throws IOException;
    }

    /** Takes one row's values as read. */
    @FunctionalInterface
    interface RowSink {
        void accept(Object[] values) throws SQLException;
    }

    /** Writes one row. */
    @FunctionalInterface
    interface RowWriter {
        void write(Object[] values) throws IOException, SQLException;
    }

    private final BlockingQueue<List<Object[]>> batches = new ArrayBlockingQueue<>(WAITING);
    private volatile Exception writeFailure;
    private List<Object[]> batch = new ArrayList<>(BATCH);
    private int rows;

    private RowPipe() {
    }

    /** Reads on this thread and writes on another; returns the rows read, once every one is written. */
    static int run(Reading reading, RowWriter writer) throws IOException {
        return new RowPipe().pipe(reading, writer);
    }

    private int pipe(Reading reading, RowWriter writer) throws IOException {
        Thread writing = new Thread(() -> writeAll(writer), "export-csv-write");
        writing.setDaemon(true);
        writing.start();
        try {
            reading.read(this::add);
            put(batch);
        } finally {
            put(END);
            join(writing);
        }
        if (writeFailure instanceof IOException e) {
            throw e;
        }
        if (writeFailure != null) {
            throw new IOException("writing the file failed", writeFailure);
        }
        return rows;
    }

    private void add(Object[] values) throws SQLException {
        if (writeFailure != null) {
            throw new SQLException("writing the file failed", writeFailure);
        }
        batch.add(values);
        rows++;
        if (batch.size() == BATCH) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Writes every batch in order; after a failure the rest are taken and dropped, so that the reader never waits. */
    private void writeAll(RowWriter writer) {
        try {
            for (List<Object[]> taken = batches.take(); taken != END; taken = batches.take()) {
                if (writeFailure == null) {
                    try {
                        for (Object[] values : taken) {
                            writer.write(values);
                        }
                    } catch (IOException | SQLException | RuntimeException e) {
                        writeFailure = e;
                    }
                }
            }
        } catch (InterruptedException e) {
            writeFailure = e;
            Thread.currentThread().interrupt();
        }
    }

    private void put(List<Object[]> batch) {
        try {
            batches.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while writing the CSV file", e));
        }
    }

    private static void join(Thread writing) throws IOException {
        try {
            writing.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the CSV file", e);
        }
    }
}
