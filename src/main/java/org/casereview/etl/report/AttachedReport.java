package org.casereview.etl.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.UnreadableDocumentException;
import org.casereview.etl.guard.DocumentBudget;
import org.casereview.etl.pdf.AttachedFiles;
import org.casereview.etl.pdf.PdfOpener;
import org.casereview.etl.text.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report a PDF carries as an embedded file instead of on its own pages: a portfolio (the catalog has a
 * {@code /Collection}) or a cover of at most {@value #COVER_PAGES} pages whose one attached PDF is most of the file.
 * The attachment is read as the report; its own attachments are not looked at (nesting depth 1). It is held to the
 * same size and page limits as a file on disk, and an attachment that is too large, encrypted or broken rejects the
 * file with a reason naming both.
 */
final class AttachedReport {

    private static final Logger log = LoggerFactory.getLogger(AttachedReport.class);
    private static final COSName COLLECTION = COSName.getPDFName("Collection");
    /** A cover, or a cover and a page about the attachment: pages that say little beside an attached report. */
    static final int COVER_PAGES = 2;
    private static final int HEADER_WINDOW = 1024;

    private record Attachment(String name, PDEmbeddedFile file) {
    }

    private AttachedReport() {
    }

    /**
     * The attached report in place of {@code outer} (which is then closed), or {@code outer} itself when it is its
     * own report.
     *
     * @param outerBytes the outer file's size on disk
     */
    static PDDocument inPlaceOf(PDDocument outer, String fileName, long outerBytes) throws UnreadableDocumentException {
        List<Attachment> pdfs;
        try {
            pdfs = pdfAttachments(outer);
        } catch (IOException | RuntimeException e) {
            log.debug("Attachments of {} not listed: {}", LogSafe.text(fileName), LogSafe.text(e.getMessage()));
            return outer;
        }
        if (pdfs.size() != 1) {
            return outer;
        }
        Attachment attachment = pdfs.get(0);
        boolean portfolio = outer.getDocumentCatalog().getCOSObject().containsKey(COLLECTION);
        boolean coverOnly = outer.getNumberOfPages() <= COVER_PAGES && attachment.file().getLength() * 2 >= outerBytes;
        if (!portfolio && !coverOnly) {
            return outer;
        }
        try {
            PDDocument report = load(attachment, fileName);
            log.info("{}: the report is read from its attached file '{}'", LogSafe.text(fileName),
                    LogSafe.text(attachment.name()));
            closeQuietly(outer);
            return report;
        } catch (UnreadableDocumentException e) {
            closeQuietly(outer);
            throw e;
        }
    }

    private static List<Attachment> pdfAttachments(PDDocument outer) throws IOException {
        int maxEntries = DocumentBudget.current().limits().maxZipEntries();
        return AttachedFiles.list(outer, maxEntries).stream().map(a -> new Attachment(a.name(), a.file()))
                .filter(AttachedReport::isPdf).toList();
    }

    private static boolean isPdf(Attachment attachment) {
        String subtype = attachment.file().getSubtype();
        return "application/pdf".equalsIgnoreCase(subtype)
                || attachment.name().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    /** Copies the attachment to a temp file (never whole into the heap), checks it, and opens it from there. */
    private static PDDocument load(Attachment attachment, String fileName) throws UnreadableDocumentException {
        String what = fileName + ": the attached file '" + attachment.name() + "'";
        long maxBytes = DocumentBudget.current().limits().maxFileBytes();
        Path copy = null;
        boolean opened = false;
        try {
            copy = Files.createTempFile("casereview-attachment", ".pdf");
            long copied = copyAtMost(attachment, copy, maxBytes + 1);
            if (copied > maxBytes) {
                throw new UnreadableDocumentException(RejectReason.TOO_LARGE,
                        what + " is more than the " + maxBytes + " bytes a PDF may have");
            }
            if (!startsAsPdf(copy)) {
                throw new UnreadableDocumentException(RejectReason.CORRUPT, what + " is not a PDF: no %PDF- header");
            }
            PDDocument report = PdfOpener.load(copy);
            opened = true;
            return report;
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(RejectReason.ENCRYPTED, what + " needs a password to open", e);
        } catch (IOException | RuntimeException e) {
            RejectReason reason = ReportPdfFile.isEncryptionFailure(e) ? RejectReason.ENCRYPTED : RejectReason.CORRUPT;
            throw new UnreadableDocumentException(reason, what + " cannot be read: " + e.getMessage(), e);
        } finally {
            removeLater(copy, opened);
        }
    }

    private static long copyAtMost(Attachment attachment, Path copy, long limit) throws IOException {
        try (InputStream in = attachment.file().createInputStream();
                OutputStream out = Files.newOutputStream(copy)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while (total < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) > 0) {
                out.write(buffer, 0, read);
                total += read;
            }
            return total;
        }
    }

    private static boolean startsAsPdf(Path copy) throws IOException {
        try (InputStream in = Files.newInputStream(copy)) {
            byte[] head = in.readNBytes(HEADER_WINDOW);
            return new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-");
        }
    }

    /**
     * The opened document reads its file until it is closed, so the copy is kept till the JVM ends (a batch run);
     * one that failed to open goes at once.
     */
    private static void removeLater(Path copy, boolean opened) {
        if (copy == null) {
            return;
        }
        try {
            if (opened) {
                copy.toFile().deleteOnExit();
            } else {
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            copy.toFile().deleteOnExit();
        }
    }

    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException e) {
            // the outer document is not read any further
        }
    }
}
