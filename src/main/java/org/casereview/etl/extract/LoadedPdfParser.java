package org.casereview.etl.extract;

import java.io.InputStream;

import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;

/**
 * Tika's PDF parser over a document loaded already, so that a digest PDF is opened once for its page lines, its
 * structure and its text. One instance per document (it holds it); Tika closes the document when it is done.
 */
final class LoadedPdfParser extends PDFParser {

    private static final long serialVersionUID = 1L;

    private final transient PDDocument document;

    LoadedPdfParser(PDDocument document) {
        this.document = document;
    }

    @Override
    protected PDDocument getPDDocument(InputStream stream, TikaInputStream tikaStream, String password,
                                       RandomAccessStreamCache.StreamCacheCreateFunction streamCache,
                                       Metadata metadata, ParseContext context) {
        return document;
    }
}
