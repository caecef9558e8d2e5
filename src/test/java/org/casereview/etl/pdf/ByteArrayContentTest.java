package org.casereview.etl.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The content reader gives what PDFBox's own buffer over the same bytes gives, operation by operation. */
class ByteArrayContentTest {

    @Test
    void readsSeeksAndPeeksAsPdfBoxsBuffer() throws IOException {
        Random random = new Random(11);
        for (int size : new int[] {0, 1, 7, 300}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            List<Object> ours = new ArrayList<>();
            List<Object> pdfBoxs = new ArrayList<>();
            long seed = random.nextLong();
            run(new ByteArrayContent(bytes), new Random(seed), ours);
            run(new RandomAccessReadBuffer(bytes), new Random(seed), pdfBoxs);
            assertThat(ours).as("size " + size).isEqualTo(pdfBoxs);
        }
    }

    @Test
    void aViewReadsItsRange() throws IOException {
        byte[] bytes = "BT /F1 11 Tf (text) Tj ET".getBytes(StandardCharsets.US_ASCII);
        try (RandomAccessRead view = new ByteArrayContent(bytes).createView(7, 5)) {
            byte[] read = new byte[5];
            assertThat(view.read(read, 0, 5)).isEqualTo(5);
            assertThat(new String(read, StandardCharsets.US_ASCII)).isEqualTo("11 Tf");
        }
    }

    @Test
    void closedItReadsNoMore() throws IOException {
        ByteArrayContent content = new ByteArrayContent(new byte[] {1, 2});
        content.close();
        assertThat(content.isClosed()).isTrue();
        assertThatThrownBy(content::read).isInstanceOf(IOException.class);
    }

    private static void run(RandomAccessRead in, Random random, List<Object> out) throws IOException {
        out.add(in.length());
        for (int step = 0; step < 2000; step++) {
            switch (random.nextInt(8)) {
                case 0 -> out.add(in.read());
                case 1 -> out.add(in.peek());
                case 2 -> {
                    long to = random.nextInt((int) in.length() + 5);
                    in.seek(to);
                    out.add("seek " + in.getPosition());
                }
                case 3 -> {
                    if (in.getPosition() > 0) {
                        in.rewind(1);
                    }
                    out.add("rewind " + in.getPosition());
                }
                case 4 -> {
                    byte[] buffer = new byte[random.nextInt(20)];
                    int n = in.read(buffer, 0, buffer.length);
                    out.add("read " + n + " " + java.util.Arrays.toString(buffer));
                }
                case 5 -> out.add(in.isEOF());
                case 6 -> out.add(in.available());
                default -> out.add(in.getPosition());
            }
        }
    }
}
