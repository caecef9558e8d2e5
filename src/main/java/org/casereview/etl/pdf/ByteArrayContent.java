package org.casereview.etl.pdf;

import java.io.IOException;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * A page's content bytes for the content parser, read as PDFBox's {@code RandomAccessReadBuffer} reads one array
 * (the same bytes, positions and end), without its chunk look-up on every seek: the parser's one-byte look-ahead
 * ({@code peek}: a read and a one-byte {@code rewind}) runs at every token.
 */
final class ByteArrayContent implements RandomAccessRead {

    private final byte[] bytes;
    /** The content is {@code bytes[0, end)}. */
    private final int end;
    private int position;
    private boolean closed;

    ByteArrayContent(byte[] bytes) {
        this(bytes, bytes.length);
    }

    ByteArrayContent(byte[] bytes, int end) {
        this.bytes = bytes;
        this.end = end;
    }

    @Override
    public int read() throws IOException {
        checkOpen();
        return position < end ? bytes[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        checkOpen();
        if (position >= end) {
            return -1;
        }
        int n = Math.min(length, end - position);
        System.arraycopy(bytes, position, buffer, offset, n);
        position += n;
        return n;
    }

    @Override
    public int peek() throws IOException {
        checkOpen();
        return position < end ? bytes[position] & 0xff : -1;
    }

    @Override
    public long getPosition() throws IOException {
        checkOpen();
        return position;
    }

    /** Past the end is the end, as in PDFBox's buffer. */
    @Override
    public void seek(long to) throws IOException {
        checkOpen();
        if (to < 0) {
            throw new IOException("Invalid position " + to);
        }
        position = (int) Math.min(to, end);
    }

    @Override
    public long length() throws IOException {
        checkOpen();
        return end;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean isEOF() throws IOException {
        checkOpen();
        return position >= end;
    }

    @Override
    public RandomAccessReadView createView(long start, long length) throws IOException {
        checkOpen();
        return new RandomAccessReadView(new ByteArrayContent(bytes, end), start, length, true);
    }

    @Override
    public void close() {
        closed = true;
    }

    private void checkOpen() throws IOException {
        if (closed) {
            throw new IOException("the content buffer is already closed");
        }
    }
}
