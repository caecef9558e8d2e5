package org.casereview.etl.pdf;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.LongStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.guard.LimitExceededException;

/**
 * How many bytes of the file each object takes, from the cross-reference table (the distance to the next object),
 * so that an object can be refused before PDFBox parses it. PDFBox parses a whole object when it is first used, with
 * no call back into the job: one structure element of a million small dictionaries (30 MB of the file) took the heap
 * of a 256 MB run and collected it over and over for a quarter of an hour. Objects inside object streams are not
 * measured (their stream is compressed): a file that hides a huge object there is left to the other limits.
 */
public final class ObjectSpans {

    /** A structure element, or the array of its kids, is a few hundred bytes; a tagged report's largest some kilobytes. */
    public static final long MAX_STRUCTURE_OBJECT_BYTES = 4L * 1024 * 1024;

    private final Map<COSObjectKey, Long> offsets;
    /** Where objects (and the cross-reference table) start in the file, in order. */
    private final long[] starts;

    private ObjectSpans(PDDocument document) {
        this.offsets = document.getDocument().getXrefTable();
        this.starts = LongStream.concat(offsets.values().stream().mapToLong(Long::longValue),
                LongStream.of(document.getDocument().getStartXref())).filter(o -> o > 0).distinct().sorted().toArray();
    }

    public static ObjectSpans of(PDDocument document) {
        return new ObjectSpans(document);
    }

    /** Bytes of the file from the object's start to the next object's (or the cross-reference table); 0 when unknown. */
    public long bytes(COSObjectKey key) {
        Long offset = key == null ? null : offsets.get(key);
        if (offset == null || offset <= 0) {
            return 0;
        }
        int at = Arrays.binarySearch(starts, offset);
        return at >= 0 && at + 1 < starts.length ? starts[at + 1] - offset : 0;
    }

    /**
     * @param item an entry of a structure element (its /K), as stored: a reference, or an array holding references
     * @throws LimitExceededException ({@code too_large}) when a referenced object takes more of the file than a
     *                                structure element may, before it is parsed
     */
    public void checkStructure(COSBase item) {
        if (item instanceof COSObject reference) {
            checkStructureObject(reference);
        } else if (item instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof COSObject reference) {
                    checkStructureObject(reference);
                }
            }
        }
    }

    private void checkStructureObject(COSObject reference) {
        long bytes = bytes(reference.getKey());
        if (bytes > MAX_STRUCTURE_OBJECT_BYTES) {
            throw new LimitExceededException(RejectReason.TOO_LARGE, "object " + reference.getKey().getNumber()
                    + " of the structure tree takes " + bytes / 1024 + " KB of the file, more than the "
                    + MAX_STRUCTURE_OBJECT_BYTES / 1024 + " KB a structure element may");
        }
    }
}
