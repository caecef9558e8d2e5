package org.casereview.etl.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FlateFilterDecoderStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.guard.DocumentBudget;
import org.casereview.etl.guard.LimitExceededException;

/**
 * Each page's content streams, and the forms its resources can draw, inflated and counted before any reader parses
 * them: a Flate stream of a few megabytes can inflate to gigabytes of operators or blanks, which PDFBox parses with no
 * call back into the job, so the deadline was never looked at (a 2 MB file read for a quarter of an hour). A page
 * past the expanded-bytes limit (the one a .docx's parts have) is refused {@code too_large}; the deadline is checked
 * every megabyte. A stream that cannot be inflated is counted as far as it goes and left to the readers, which skip it;
 * a stream in another filter than Flate (rare in content) is not counted. Deflate gives at most {@link #MAX_FLATE_RATIO}
 * bytes a stored byte, so a page whose streams, stored, could not inflate past the limit even at that ratio (every
 * page of an ordinary report: a few kilobytes stored) is passed without inflating anything: inflating every page of
 * every report twice (discovery and the report step) cost about a second of CPU per 500 reports.
 */
public final class ContentSize {

    /** Deflate's largest expansion: a stored byte gives at most 1,032 bytes (258 bytes from a 2-bit code). */
    static final long MAX_FLATE_RATIO = 1032;
    private static final int BUFFER = 1 << 16;
    private static final int CLOCK_EVERY = 16;

    private final long max = DocumentBudget.current().limits().maxExpandedBytes();
    private final byte[] buffer = new byte[BUFFER];
    private final Set<COSStream> formsSeen = Collections.newSetFromMap(new IdentityHashMap<>());
    private int pageNumber;
    private long pageBytes;
    private int reads;

    private ContentSize() {
    }

    /** @throws LimitExceededException ({@code too_large}) naming the first page whose content inflates past the limit */
    public static void check(PDDocument document) {
        ContentSize size = new ContentSize();
        for (PDPage page : document.getPages()) {
            size.page(page);
        }
    }

    private void page(PDPage page) {
        pageNumber++;
        pageBytes = 0;
        List<COSStream> streams = new ArrayList<>();
        Iterator<PDStream> contents = page.getContentStreams();
        while (contents.hasNext()) {
            streams.add(contents.next().getCOSObject());
        }
        forms(page.getResources(), streams);
        if (mostInflated(streams) > max) {
            streams.forEach(this::inflate);
        }
    }

    /** The most the streams can inflate to, by their stored lengths; more than any limit when it cannot be bounded. */
    static long mostInflated(List<COSStream> streams) {
        long most = 0;
        for (COSStream stream : streams) {
            int flates = flates(stream.getFilters());
            long stored = stream.getLength();
            if (flates > 1 || stored < 0 || stored > Long.MAX_VALUE / MAX_FLATE_RATIO / 2) {
                return Long.MAX_VALUE;
            }
            most += flates == 1 ? stored * MAX_FLATE_RATIO : stored;
        }
        return most;
    }

    /** The forms a page's resources name, and theirs in turn, added to the page's streams; a form drawn on several pages is counted once. */
    private void forms(PDResources resources, List<COSStream> streams) {
        Deque<COSDictionary> pending = new ArrayDeque<>();
        if (resources != null) {
            pending.push(resources.getCOSObject());
        }
        while (!pending.isEmpty()) {
            COSDictionary xobjects = pending.pop().getCOSDictionary(COSName.XOBJECT);
            if (xobjects == null) {
                continue;
            }
            for (COSName name : xobjects.keySet()) {
                COSBase value = xobjects.getDictionaryObject(name);
                if (value instanceof COSStream form && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))
                        && formsSeen.add(form)) {
                    streams.add(form);
                    COSDictionary own = form.getCOSDictionary(COSName.RESOURCES);
                    if (own != null) {
                        pending.push(own);
                    }
                }
            }
        }
    }

    private void inflate(COSStream stream) {
        try (InputStream in = inflated(stream)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                pageBytes += n;
                if (pageBytes > max) {
                    throw new LimitExceededException(RejectReason.TOO_LARGE, "page " + pageNumber
                            + "'s content inflates to more than the " + max / (1024 * 1024) + " MB a file may expand to");
                }
                if (++reads % CLOCK_EVERY == 0) {
                    DocumentBudget.checkTime();
                }
            }
        } catch (IOException e) {
            // a damaged stream: the readers skip it as they always have
        }
    }

    /**
     * The stream inflated as it is read (PDFBox's own decoding fills a buffer in memory with the whole of it); empty
     * unless every filter is Flate: streams in other filters are not counted.
     */
    private static InputStream inflated(COSStream stream) throws IOException {
        COSBase filters = stream.getFilters();
        int flates = flates(filters);
        if (flates <= 0) {
            return flates == 0 ? stream.createRawInputStream() : InputStream.nullInputStream();
        }
        InputStream in = stream.createRawInputStream();
        for (int n = 0; n < flates; n++) {
            in = new FlateFilterDecoderStream(in);
        }
        return in;
    }

    /** How many Flate filters the stream is stored in; 0 for none, -1 when another filter is among them. */
    private static int flates(COSBase filters) {
        if (filters == null) {
            return 0;
        }
        if (COSName.FLATE_DECODE.equals(filters)) {
            return 1;
        }
        if (!(filters instanceof COSArray array)) {
            return -1;
        }
        int flates = 0;
        for (COSBase filter : array) {
            if (!COSName.FLATE_DECODE.equals(filter)) {
                return -1;
            }
            flates++;
        }
        return flates;
    }
}
