package org.casereview.etl.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
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
final class JoinedContentPage extends PDPage {

    /** Above this, a page's content is not copied into memory a second time. */
    private static final int MAX_BYTES = 16 * 1024 * 1024;

    private final PDPage page;
    private final byte[] content;

    private JoinedContentPage(PDPage page, byte[] content) {
        super(page.getCOSObject());
        this.page = page;
        this.content = content;
    }

    /** The page itself unless its content is an array of streams that reads whole. */
    static PDPage of(PDPage page) {
        if (!(page.getCOSObject().getDictionaryObject(COSName.CONTENTS) instanceof COSArray)) {
            return page;
        }
        try (RandomAccessRead in = page.getContentsForRandomAccess()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
            byte[] buffer = new byte[8192];
            while (!in.isEOF()) {
                int n = in.read(buffer, 0, buffer.length);
                if (n <= 0 || bytes.size() + n > MAX_BYTES) {
                    return page;
                }
                bytes.write(buffer, 0, n);
            }
            return new JoinedContentPage(page, bytes.toByteArray());
        } catch (IOException | RuntimeException e) {
            return page;
        }
    }

    @Override
    public RandomAccessRead getContentsForStreamParsing() {
        return new RandomAccessReadBuffer(content);
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
