package org.casereview.etl.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.UnreadableDocumentException;
import org.casereview.etl.guard.DocumentBudget;

/**
 * The one way the job opens a PDF: discovery's digest sniff, the digest step and the report step each load a file
 * here and get it with the repairs every reader makes, in one order: the glyph names of fonts without a Unicode map
 * read ({@link GlyphNameUnicode}), then the reader's own layout repairs (every reader takes imposed sheets apart, the
 * report step keeping the sheet each page came from; in the digest step, frames read out of place), then the filled
 * form fields put on their pages ({@link FormFieldValues}). So a repair added for one reader reaches them all, and what the sniff decides from a file
 * is what the steps read of it. The pages are cached in a temporary file, not the heap, so memory stays bounded
 * whatever the file's size. Limits are the document budget's: the file's size for every reader, its pages where the
 * whole file is read as a report, each page's inflated content ({@link ContentSize}) and the structure tree's root
 * ({@link ObjectSpans}) before any reader parses them.
 */
public final class PdfOpener {

    /** No layout repairs of the reader's own. */
    public static final Consumer<PDDocument> NO_LAYOUT_REPAIRS = document -> {
    };
    /** As the digest readers read a file's pages: an imposed booklet's sheets taken apart, a tri-fold leaflet's panels. */
    public static final Consumer<PDDocument> SEPARATE_IMPOSED_PAGES = document -> {
        ImposedPages.separate(document);
        FoldedLeaflet.separate(document);
    };

    private PdfOpener() {
    }

    /** The file loaded and repaired, {@code layoutRepairs} made between the glyph names and the form's values. */
    public static PDDocument open(Path pdf, Consumer<PDDocument> layoutRepairs) throws IOException {
        return repaired(load(pdf), layoutRepairs);
    }

    /**
     * The file loaded without the repairs, for a reader that tells its own load failures apart or reads another
     * document in its place (a portfolio's attached report); it then hands the one it reads to {@link #repaired}.
     */
    public static PDDocument load(Path pdf) throws IOException {
        return Loader.loadPDF(pdf.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
    }

    /** The bytes of a PDF loaded as {@link #load(Path)} loads a file, to be handed to {@link #repaired}. */
    public static PDDocument load(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf, "", null, null, IOUtils.createTempFileOnlyStreamCache());
    }

    /** The repairs every reader makes of a loaded document; it is closed when one of them fails. */
    public static PDDocument repaired(PDDocument document, Consumer<PDDocument> layoutRepairs) {
        try {
            PageTreeDepth.check(document);
            ContentSize.check(document);
            ObjectSpans.of(document).checkStructure(
                    document.getDocumentCatalog().getCOSObject().getItem(COSName.STRUCT_TREE_ROOT));
            GlyphNameUnicode.complete(document);
            layoutRepairs.accept(document);
            FormFieldValues.placeOnPages(document);
            TypewriterText.placeOnPages(document);
            return document;
        } catch (RuntimeException e) {
            closeQuietly(document);
            throw e;
        }
    }

    /** Whether a file of {@code bytes} is past the budget's size limit. */
    public static boolean tooLarge(long bytes) {
        return bytes > DocumentBudget.current().limits().maxFileBytes();
    }

    /** Whether the file is past the budget's size limit, or cannot be read (a reader then says why). */
    public static boolean tooLarge(Path pdf) {
        try {
            return tooLarge(Files.size(pdf));
        } catch (IOException e) {
            return true;
        }
    }

    /** The document, when within the budget's page limit; else it is closed and refused as too large. */
    public static PDDocument withinPageLimit(PDDocument document) throws UnreadableDocumentException {
        try {
            PageTreeDepth.check(document); // before any reader walks the pages
        } catch (RuntimeException e) {
            closeQuietly(document);
            throw e;
        }
        int pages = document.getNumberOfPages();
        int max = DocumentBudget.current().limits().maxPages();
        if (pages > max) {
            closeQuietly(document);
            throw new UnreadableDocumentException(RejectReason.TOO_LARGE,
                    pages + " pages is more than the " + max + " pages a PDF may have");
        }
        return document;
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException e) {
            // closing a document that is refused anyway: nothing more to do
        }
    }
}
