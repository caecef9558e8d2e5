package org.casereview.etl.pdf;

import java.io.IOException;
import java.util.Arrays;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.ResourceCache;

/**
 * A page whose content is an array of streams, handed to the content parser as one buffer. PDFBox parses such a
 * page through a {@code SequenceRandomAccessRead}, whose every one-byte look-ahead rewinds across the streams
 * (a fifth of the text stripper's time on two-stream pages; one stream is read as it comes and stays as it is).
 * The bytes are the ones PDFBox's own reading gives (each stream followed by a newline), so the same operators are
 * parsed; a page whose streams cannot be read whole, or are very large, is left to PDFBox, which parses up to the
 * damage.
 */
public final class JoinedContentPage extends PDPage {

    /** Above this, a page's content is not copied into memory a second time. */
    private static final int MAX_BYTES = 16 * 1024 * 1024;

    private static final int INITIAL_BYTES = 32 * 1024;

    private final PDPage page;
    private final byte[] content;
    private final int length;

    private JoinedContentPage(PDPage page, byte[] content, int length) {
        super(page.getCOSObject());
        this.page = page;
        this.content = content;
        this.length = length;
    }

    /** The page itself unless its content is an array of streams that reads whole. */
    public static PDPage of(PDPage page) {
        if (!(page.getCOSObject().getDictionaryObject(COSName.CONTENTS) instanceof COSArray)) {
            return page;
        }
        try (RandomAccessRead in = page.getContentsForRandomAccess()) {
            // read into one growing array, handed on as it is (no copy to its length)
            byte[] bytes = new byte[INITIAL_BYTES];
            int length = 0;
            while (!in.isEOF()) {
                if (length == bytes.length) {
                    if (length == MAX_BYTES) {
                        return page;
                    }
                    bytes = Arrays.copyOf(bytes, Math.min(MAX_BYTES, 2 * length));
                }
                int n = in.read(bytes, length, bytes.length - length);
                if (n <= 0) {
                    return page;
                }
                length += n;
            }
            return new JoinedContentPage(page, bytes, length);
        } catch (IOException | RuntimeException e) {
            return page;
        }
    }

    @Override
    public RandomAccessRead getContentsForStreamParsing() {
        return new ByteArrayContent(content, length);
    }

    /** The page's own resources, with the document's font cache. */
    @Override
    public PDResources getResources() {
        return page.getResources();
    }

    @Override
    public ResourceCache getResourceCache() {
        return page.getResourceCache();
    }
}
