package org.casereview.etl.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.UnreadableDocumentException;
import org.casereview.etl.guard.DocumentBudget;
import org.casereview.etl.pdf.ImposedPages;
import org.casereview.etl.pdf.PdfOpener;

/**
 * A report's PDF opened by {@link PdfOpener} (its temp-file backed cache, the repairs every reader makes), with the
 * ways a file can fail turned into reject reasons. A document protected only by an owner password opens with the
 * empty user password and is read like any other. A portfolio or a cover carrying its report as an attached PDF opens
 * as that report ({@link AttachedReport}).
 */
final class ReportPdfFile {

    private static final int HEADER_WINDOW = 1024;

    private ReportPdfFile() {
    }

    static PDDocument open(Path pdf) throws UnreadableDocumentException {
        return openOnSheets(pdf).document();
    }

    /**
     * The report opened with an imposed booklet's sheets taken apart into the pages they hold, in page order
     * ({@link ImposedPages}), and for each page the sheet of the file it stands on (empty when the pages are the
     * file's): a booklet's pages are read in order, its places given as the file's pages.
     */
    static SheetedReport openOnSheets(Path pdf) throws UnreadableDocumentException {
        long size;
        try {
            size = Files.size(pdf);
        } catch (IOException e) {
            throw new UnreadableDocumentException(RejectReason.CORRUPT, "cannot read " + pdf.getFileName(), e);
        }
        if (size == 0) {
            throw new UnreadableDocumentException(RejectReason.EMPTY, "the file is empty");
        }
        if (PdfOpener.tooLarge(size)) {
            throw new UnreadableDocumentException(RejectReason.TOO_LARGE,
                    size + " bytes is more than the " + DocumentBudget.current().limits().maxFileBytes()
                            + " bytes a PDF may have");
        }
        if (!hasPdfHeader(pdf)) {
            throw new UnreadableDocumentException(RejectReason.CORRUPT, "not a PDF: no %PDF- header");
        }
        PDDocument document;
        try {
            document = PdfOpener.load(pdf);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(RejectReason.ENCRYPTED, "the PDF needs a password to open", e);
        } catch (IOException | RuntimeException e) {
            RejectReason reason = isEncryptionFailure(e) ? RejectReason.ENCRYPTED : RejectReason.CORRUPT;
            throw new UnreadableDocumentException(reason, "the PDF cannot be parsed: " + e.getMessage(), e);
        }
        PDDocument report = PdfOpener.withinPageLimit(AttachedReport.inPlaceOf(PdfOpener.withinPageLimit(document),
                String.valueOf(pdf.getFileName()), size));
        List<Integer> sheets = new ArrayList<>();
        PDDocument repaired = PdfOpener.repaired(report, opened -> sheets.addAll(ImposedPages.separateSheets(opened)));
        return new SheetedReport(repaired, sheets);
    }

    /** A report's document and, for each of its pages, the file's page it was cut from (empty: the same pages). */
    record SheetedReport(PDDocument document, List<Integer> sheets) {
        SheetedReport {
            sheets = List.copyOf(sheets);
        }
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
