package org.casereview.etl.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.UnreadableDocumentException;
import org.casereview.etl.guard.DocumentBudget;
import org.casereview.etl.guard.DocumentLimits;
import org.casereview.etl.text.LogSafe;

/**
 * A zip-based file (.docx) is inflated entry by entry, counting, before Tika expands it: past the
 * entry count or the expanded size it is refused as {@code too_large}. The sizes an entry declares
 * can lie, so the bytes are counted as they come; at most the limit is inflated, into a small buffer.
 * An entry whose elements nest deeper than {@link XmlNesting#MAX_DEPTH} is refused too, before a parser recurses
 * into it.
 */
final class ZipBombCheck {

    private ZipBombCheck() {
    }

    static void check(byte[] zip, String name, DocumentLimits limits) throws UnreadableDocumentException {
        byte[] buffer = new byte[64 * 1024];
        long expanded = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > limits.maxZipEntries()) {
                    throw tooLarge(name, "more than " + limits.maxZipEntries() + " entries");
                }
                XmlNesting nesting = new XmlNesting();
                expanded += drain(in, buffer, limits.maxExpandedBytes() - expanded, nesting);
                if (expanded > limits.maxExpandedBytes()) {
                    throw tooLarge(name, "it expands to more than " + limits.maxExpandedBytes() + " bytes");
                }
                if (nesting.deepest() > XmlNesting.MAX_DEPTH) {
                    throw tooLarge(name, LogSafe.text(entry.getName()) + " nests its elements more than "
                            + XmlNesting.MAX_DEPTH + " deep");
                }
            }
        } catch (IOException e) {
            throw new UnreadableDocumentException(RejectReason.CORRUPT,
                    name + ": the zip container is damaged (" + e.getMessage() + ")", e);
        }
    }

    /** Reads one entry to its end or to one byte past {@code room}, its nesting counted; returns the bytes read. */
    private static long drain(InputStream in, byte[] buffer, long room, XmlNesting nesting) throws IOException {
        long read = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            nesting.read(buffer, n);
            if (read > room) {
                return read;
            }
            DocumentBudget.checkTime();
        }
        return read;
    }

    private static UnreadableDocumentException tooLarge(String name, String what) {
        return new UnreadableDocumentException(RejectReason.TOO_LARGE, name + ": refused before expanding it: " + what);
    }
}
