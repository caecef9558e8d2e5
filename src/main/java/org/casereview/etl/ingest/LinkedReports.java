package org.casereview.etl.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The input's PDFs that an entry of one of its other digests (text, markdown, HTML, DOCX, a saved e-mail or page) links
 * to as its review's report: discovery takes them as reports without sniffing them (issue 11: nearly every PDF of a
 * month is a report its digest links to, and the sniff opened each one). Only digests known by their type are asked:
 * a PDF digest is known only by sniffing it.
 */
@FunctionalInterface
public interface LinkedReports {

    /** Links nothing: every PDF is sniffed. */
    LinkedReports NONE = (digests, pdfs) -> Set.of();

    /** A digest of the input that is not a PDF, with the SHA-256 discovery found. */
    record Digest(Path path, String sha256) {
    }

    /** The names in {@code pdfs} (the input's PDF file names) that an entry of one of {@code digests} links to. */
    Set<String> linked(List<Digest> digests, List<String> pdfs);
}
