package org.casereview.etl.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Rows read on one thread are written on another in the order read, and a failure on either side ends both. */
class RowPipeTest {

    @Test
    void everyRowIsWrittenInOrderOnTheWritingThread() throws IOException {
        List<String> written = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        int rows = RowPipe.run(sink -> {
            for (int i = 0; i < 1000; i++) {
                try {
                    sink.accept(new Object[] {i, "row " + i});
                } catch (SQLException e) {
                    throw new IOException(e);
                }
            }
        }, values -> {
            written.add(values[0] + "|" + values[1]);
            threads.add(Thread.currentThread().getName());
        });
        assertThat(rows).isEqualTo(1000);
        assertThat(written).hasSize(1000).first().isEqualTo("0|row 0");
        for (int i = 0; i < 1000; i++) {
            assertThat(written.get(i)).isEqualTo(i + "|row " + i);
        }
        assertThat(threads).containsOnly("export-csv-write");
    }

    @Test
    void noRowsIsNoWrite() throws IOException {
        assertThat(RowPipe.run(sink -> { }, values -> {
            throw new AssertionError("nothing to write");
        })).isZero();
    }

    @Test
    void aWriteThatFailsStopsTheReadingWithItsCause() {
        int[] read = {0};
        assertThatThrownBy(() -> RowPipe.run(sink -> {
            for (int i = 0; i < 100_000; i++) {
                try {
                    sink.accept(new Object[] {i});
                    read[0]++;
                } catch (SQLException e) {
                    throw new IOException(e);
                }
            }
        }, values -> {
            if ((Integer) values[0] == 100) {
                throw new IOException("disk full");
            }
        })).isInstanceOf(IOException.class).hasStackTraceContaining("disk full");
        assertThat(read[0]).as("the reading stopped soon after").isLessThan(100_000);
    }

    @Test
    void aReadThatFailsEndsTheWritingThreadAndFailsTheCaller() {
        assertThatThrownBy(() -> RowPipe.run(sink -> {
            try {
                sink.accept(new Object[] {1});
            } catch (SQLException e) {
                throw new IOException(e);
            }
            throw new IOException("connection lost");
        }, values -> { })).isInstanceOf(IOException.class).hasMessage("connection lost"); // returned: the writer ended
    }
}
