package org.casereview.etl.job;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A PDF written object by object as bytes, for files PDFBox would refuse to write (a cycle, a
 * stream that never ends) or could not hold in memory (a million elements): each object goes
 * straight to the file, the cross-reference table is written at the end.
 */
public final class RawPdf implements Closeable {

    /** The objects most hostile files share: catalog 1, page tree 2, page 3, font 4, content 5. */
    public static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
    public static final String PAGE_RESOURCES = "/Resources << /Font << /F1 4 0 R >> >>";

    private final OutputStream out;
    private long position;
    private long[] offsets = new long[64];
    private int highest;

    public RawPdf(Path file) throws IOException {
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        write("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    }

    /** {@code num 0 obj body endobj}. */
    public RawPdf object(int num, String body) throws IOException {
        begin(num);
        write(body);
        write("\nendobj\n");
        return this;
    }

    /** A stream object: {@code dict} without /Length, which is added. */
    public RawPdf stream(int num, String dict, byte[] data) throws IOException {
        begin(num);
        write("<< " + dict + " /Length " + data.length + " >>\nstream\n");
        bytes(data);
        write("\nendstream\nendobj\n");
        return this;
    }

    /** A Flate-compressed stream object. */
    public RawPdf flateStream(int num, String dict, byte[] data) throws IOException {
        return stream(num, dict + " /Filter /FlateDecode", deflate(data));
    }

    /** Begins an object whose body the caller writes with {@link #write}; ended by {@link #end}. */
    public void begin(int num) throws IOException {
        if (num >= offsets.length) {
            offsets = Arrays.copyOf(offsets, Math.max(num + 1, offsets.length * 2));
        }
        offsets[num] = position;
        highest = Math.max(highest, num);
        write(num + " 0 obj\n");
    }

    public void end() throws IOException {
        write("\nendobj\n");
    }

    public void write(String text) throws IOException {
        bytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    public void bytes(byte[] data) throws IOException {
        out.write(data);
        position += data.length;
    }

    /** The cross-reference table, with each offset moved by {@code shift} (0 for a sound file), and the trailer. */
    public void finish(String trailer, long shift) throws IOException {
        long xref = position;
        StringBuilder table = new StringBuilder("xref\n0 " + (highest + 1) + "\n0000000000 65535 f \n");
        for (int n = 1; n <= highest; n++) {
            if (offsets[n] == 0) {
                table.append("0000000000 65535 f \n");
            } else {
                table.append(String.format("%010d 00000 n \n", offsets[n] + shift));
            }
            if (table.length() > 1 << 16) {
                write(table.toString());
                table.setLength(0);
            }
        }
        write(table.toString());
        write("trailer\n<< /Size " + (highest + 1) + " " + trailer + " >>\nstartxref\n" + xref + "\n%%EOF\n");
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    public static byte[] deflate(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(bytes, new Deflater(Deflater.BEST_COMPRESSION))) {
            z.write(data);
        }
        return bytes.toByteArray();
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A content stream drawing {@code lines} in Helvetica from the top of the page down. */
    public static String text(String... lines) {
        StringBuilder s = new StringBuilder("BT /F1 12 Tf 72 720 Td 14 TL\n");
        for (String line : lines) {
            s.append('(').append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")).append(") '\n");
        }
        return s.append("ET\n").toString();
    }

    /** Catalog 1 (with {@code catalogExtra}), one page 2/3 (with {@code pageExtra}), font 4; the caller writes 5 on. */
    public static RawPdf onePage(Path file, String catalogExtra, String pageExtra) throws IOException {
        return onePage(file, catalogExtra, PAGE_RESOURCES, pageExtra);
    }

    public static RawPdf onePage(Path file, String catalogExtra, String resources, String pageExtra) throws IOException {
        RawPdf pdf = new RawPdf(file);
        pdf.object(1, "<< /Type /Catalog /Pages 2 0 R " + catalogExtra + " >>");
        pdf.object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] " + resources
                + " /Contents 5 0 R " + pageExtra + " >>");
        pdf.object(4, FONT);
        return pdf;
    }
}
