package org.casereview.etl.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.UnreadableDocumentException;
import org.casereview.etl.guard.DocumentBudget;
import org.casereview.etl.pdf.FormFieldValues;
import org.casereview.etl.pdf.GlyphNameUnicode;

/**
 * Opens a PDF with a temp-file backed cache so that memory stays bounded, and turns the ways a
 * file can fail into reject reasons. A document protected only by an owner password opens with
 * the empty user password and is read like any other. A fillable form's filled text fields are put on its pages
 * ({@link FormFieldValues}). A portfolio or a cover carrying its report as an attached PDF opens as that report
 * ({@link AttachedReport}).
 */
final class PdfOpener {

    private static final int HEADER_WINDOW = 1024;

    private PdfOpener() {
    }

    static PDDocument open(Path pdf) throws UnreadableDocumentException {
        long size;
        try {
            size = Files.size(pdf);
        } catch (IOException e) {
            throw new UnreadableDocumentException(RejectReason.CORRUPT, "cannot read " + pdf.getFileName(), e);
        }
        if (size == 0) {
            throw new UnreadableDocumentException(RejectReason.EMPTY, "the file is empty");
        }
        long maxBytes = DocumentBudget.current().limits().maxFileBytes();
        if (size > maxBytes) {
            throw new UnreadableDocumentException(RejectReason.TOO_LARGE,
                    size + " bytes is more than the " + maxBytes + " bytes a PDF may have");
        }
        if (!hasPdfHeader(pdf)) {
            throw new UnreadableDocumentException(RejectReason.CORRUPT, "not a PDF: no %PDF- header");
        }
        PDDocument document;
        try {
            document = Loader.loadPDF(pdf.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(RejectReason.ENCRYPTED, "the PDF needs a password to open", e);
        } catch (IOException | RuntimeException e) {
            RejectReason reason = isEncryptionFailure(e) ? RejectReason.ENCRYPTED : RejectReason.CORRUPT;
            throw new UnreadableDocumentException(reason, "the PDF cannot be parsed: " + e.getMessage(), e);
        }
        PDDocument opened = withinPageLimit(AttachedReport.inPlaceOf(withinPageLimit(document),
                String.valueOf(pdf.getFileName()), size));
        GlyphNameUnicode.complete(opened);
        FormFieldValues.placeOnPages(opened);
        return opened;
    }

    private static PDDocument withinPageLimit(PDDocument document) throws UnreadableDocumentException {
        int pages = document.getNumberOfPages();
        int max = DocumentBudget.current().limits().maxPages();
        if (pages > max) {
            try {
                document.close();
            } catch (IOException e) {
                // closing a document that is refused anyway: nothing more to do
            }
            throw new UnreadableDocumentException(RejectReason.TOO_LARGE,
                    pages + " pages is more than the " + max + " pages a PDF may have");
        }
        return document;
    }

    /** Encryption PDFBox cannot open (a certificate, an unknown security handler). */
    static boolean isEncryptionFailure(Exception e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("security handler") || message.contains("decrypt");
    }

    private static boolean hasPdfHeader(Path pdf) throws UnreadableDocumentException {
        try (InputStream in = Files.newInputStream(pdf)) {
            byte[] head = in.readNBytes(HEADER_WINDOW);
            return new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-");
        } catch (IOException e) {
            throw new UnreadableDocumentException(RejectReason.CORRUPT, "cannot read " + pdf.getFileName(), e);
        }
    }
}
