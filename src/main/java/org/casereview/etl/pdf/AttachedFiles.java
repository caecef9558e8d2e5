package org.casereview.etl.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A digest a PDF carries as an attached file (the catalog's {@code /Names /EmbeddedFiles}, as {@code qpdf
 * --add-attachment} and viewers' "attach file" write it) behind a short cover: pages that only say where the digest is.
 * The cover is at most {@value #COVER_PAGES} pages of fewer than {@value #COVER_CHARS} characters (a page of a digest or
 * a report holds several times that); the files are the first {@value #MAX_FILES} of the name tree, each told a digest
 * format (HTML, text, markdown, DOCX) by its MIME subtype or its name.
 * <p>
 * A PDF portfolio (the catalog's {@code /Collection}: a viewer shows its files, not its pages) with such a cover holds
 * its digest as attached PDFs, a part each (one review a file): {@link #portfolioParts}.
 */
public final class AttachedFiles {

    /** A cover sends one digest, perhaps with a few other files; more are not looked at. */
    public static final int MAX_FILES = 5;
    static final int COVER_PAGES = 2;
    static final int COVER_CHARS = 1500;
    /** A portfolio's attached PDFs looked at: parts of one digest, a review or a few each. */
    public static final int PORTFOLIO_FILES = 40;
    private static final COSName COLLECTION = COSName.getPDFName("Collection");
    /** Name-tree levels walked; real trees have one or two. */
    private static final int MAX_TREE_DEPTH = 8;
    private static final Set<String> DIGEST_SUBTYPES = Set.of("text/html", "application/xhtml+xml", "text/plain",
            "text/markdown", "text/x-markdown", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final List<String> DIGEST_NAME_ENDS = List.of(".html", ".htm", ".xhtml", ".txt", ".md", ".markdown",
            ".docx");

    /** An attached file: its name (the file specification's, else its key in the tree), its MIME subtype (or null). */
    public record Attached(String name, String subtype, PDEmbeddedFile file) {

        /** The file's bytes, or null when it has more than {@code maxBytes} (then it is not read past them). */
        public byte[] bytes(long maxBytes) throws IOException {
            try (InputStream in = file.createInputStream()) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                return bytes.length > maxBytes ? null : bytes;
            }
        }

        public boolean isPdf() {
            return "application/pdf".equalsIgnoreCase(subtype) || name.toLowerCase(Locale.ROOT).endsWith(".pdf");
        }

        public boolean isDigestFormat() {
            String lowerName = name.toLowerCase(Locale.ROOT);
            return subtype != null && DIGEST_SUBTYPES.contains(subtype.toLowerCase(Locale.ROOT))
                    || DIGEST_NAME_ENDS.stream().anyMatch(lowerName::endsWith);
        }
    }

    private AttachedFiles() {
    }

    /** The attached files in a digest format when the pages are only a short cover; none otherwise. */
    public static List<Attached> digestsBehindCover(PDDocument document) throws IOException {
        List<Attached> digests = list(document).stream().filter(Attached::isDigestFormat).toList();
        return digests.isEmpty() || !isShortCover(document) ? List.of() : digests;
    }

    /**
     * The attached PDFs of a portfolio ({@code /Collection}) whose pages are only a short cover, the first
     * {@value #PORTFOLIO_FILES} in tree order (the order of their names); none for any other PDF.
     */
    public static List<Attached> portfolioParts(PDDocument document) throws IOException {
        if (!document.getDocumentCatalog().getCOSObject().containsKey(COLLECTION)) {
            return List.of();
        }
        List<Attached> parts = list(document, PORTFOLIO_FILES).stream().filter(Attached::isPdf).toList();
        return parts.isEmpty() || !isShortCover(document) ? List.of() : parts;
    }

    /** Whether the pages hold only a cover: few pages, little text. */
    static boolean isShortCover(PDDocument document) throws IOException {
        if (document.getNumberOfPages() > COVER_PAGES) {
            return false;
        }
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setEndPage(COVER_PAGES);
        return stripper.getText(document).strip().length() < COVER_CHARS;
    }

    /** The first {@value #MAX_FILES} files of the embedded-files name tree, in tree order. */
    public static List<Attached> list(PDDocument document) throws IOException {
        return list(document, MAX_FILES);
    }

    /** The first {@code maxFiles} files of the embedded-files name tree, in tree order. */
    public static List<Attached> list(PDDocument document, int maxFiles) throws IOException {
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
        List<Attached> found = new ArrayList<>();
        if (names != null && names.getEmbeddedFiles() != null) {
            collect(names.getEmbeddedFiles(), 0, maxFiles, found);
        }
        return found;
    }

    private static void collect(PDNameTreeNode<PDComplexFileSpecification> node, int depth, int maxFiles,
                                List<Attached> found) throws IOException {
        if (depth > MAX_TREE_DEPTH || found.size() >= maxFiles) {
            return;
        }
        Map<String, PDComplexFileSpecification> leaves = node.getNames();
        if (leaves != null) {
            for (Map.Entry<String, PDComplexFileSpecification> leaf : leaves.entrySet()) {
                PDComplexFileSpecification spec = leaf.getValue();
                PDEmbeddedFile file = spec == null ? null
                        : spec.getEmbeddedFile() != null ? spec.getEmbeddedFile() : spec.getEmbeddedFileUnicode();
                if (file != null && found.size() < maxFiles) {
                    String name = spec.getFilename() != null ? spec.getFilename() : leaf.getKey();
                    found.add(new Attached(name, file.getSubtype(), file));
                }
            }
        }
        List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
        if (kids != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : kids) {
                collect(kid, depth + 1, maxFiles, found);
            }
        }
    }
}
