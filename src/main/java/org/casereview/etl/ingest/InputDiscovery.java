package org.casereview.etl.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

import org.apache.tika.Tika;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.DocumentLimits;
import org.casereview.etl.guard.DocumentOutcome;
import org.casereview.etl.output.DocumentRow;
import org.casereview.etl.output.RejectRow;

/**
 * Lists the files of an input folder, hashes them, detects their type and sorts them into digests
 * and reports. Files that cannot be loaded get a reject instead of stopping the run.
 */
public final class InputDiscovery {

    /** The operator's file linking entries to reports; not a source document. */
    public static final String LINKS_FILE = "links.csv";

    private static final Set<String> DIGEST_TYPES = Set.of("text/plain", "text/markdown", "text/x-web-markdown",
            "text/html", "application/xhtml+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final String PDF = "application/pdf";

    private final Tika tika = new Tika();
    private final BiPredicate<Path, String> pdfIsDigest;
    private final DocumentGuard guard;

    /** @param pdfIsDigest tells a digest saved as PDF (path, SHA-256) from a report PDF */
    public InputDiscovery(BiPredicate<Path, String> pdfIsDigest) {
        this(pdfIsDigest, new DocumentGuard(DocumentLimits.DEFAULTS));
    }

    /** @param guard each file is inspected inside it: whatever fails there rejects that file only */
    public InputDiscovery(BiPredicate<Path, String> pdfIsDigest, DocumentGuard guard) {
        this.pdfIsDigest = pdfIsDigest;
        this.guard = guard;
    }

    public record Discovered(Path path, DocumentRow document, RejectRow reject) {
        public boolean loadable() {
            return reject == null;
        }
    }

    public List<Discovered> discover(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase(LINKS_FILE))
                    .sorted()
                    .toList();
        }
        List<Discovered> result = new ArrayList<>();
        Map<String, String> firstWithHash = new HashMap<>();
        for (Path file : files) {
            Discovered d = guardedInspect(file);
            String sha = d.document().sha256();
            String earlier = sha == null ? null : firstWithHash.putIfAbsent(sha, d.document().sourceFile());
            if (earlier != null && d.loadable()) {
                d = new Discovered(file, d.document().withStatus("duplicate", RejectReason.DUPLICATE.code()),
                        new RejectRow(d.document().sourceFile(), "file", RejectReason.DUPLICATE,
                                "same content (SHA-256) as " + earlier + "; loaded once, from " + earlier));
            }
            result.add(d);
        }
        return result;
    }

    private Discovered guardedInspect(Path file) {
        String name = file.getFileName().toString();
        DocumentOutcome<Discovered> outcome = guard.run(name, () -> inspect(file));
        if (outcome instanceof DocumentOutcome.Rejected<Discovered> r) {
            return rejected(file, new DocumentRow(name, kindByName(name), null, null, null, 0, null, "rejected",
                    r.reason().code()), r.reason(), r.message());
        }
        return ((DocumentOutcome.Done<Discovered>) outcome).value();
    }

    Discovered inspect(Path file) throws IOException {
        String name = file.getFileName().toString();
        long bytes = Files.size(file);
        String sha = Sha256.ofFile(file);
        if (bytes == 0) {
            return rejected(file, new DocumentRow(name, kindByName(name), null, null, sha, 0, null, "rejected",
                    RejectReason.EMPTY.code()), RejectReason.EMPTY, "the file is empty (0 bytes)");
        }
        String mediaType = tika.detect(file).toLowerCase(Locale.ROOT);
        String baseType = mediaType.split(";")[0].trim();
        if (baseType.equals(PDF)) {
            String kind = pdfIsDigest.test(file, sha) ? "digest" : "report";
            return new Discovered(file, new DocumentRow(name, kind, baseType, null, sha, bytes, null, "pending", null), null);
        }
        if (DIGEST_TYPES.contains(baseType) || baseType.startsWith("text/")) {
            return new Discovered(file, new DocumentRow(name, "digest", baseType, null, sha, bytes, null, "pending", null), null);
        }
        return rejected(file, new DocumentRow(name, kindByName(name), baseType, null, sha, bytes, null, "rejected",
                        RejectReason.UNSUPPORTED_TYPE.code()), RejectReason.UNSUPPORTED_TYPE,
                "unsupported file type " + baseType + " (expected a digest as .txt, .md, .html, .pdf or .docx, or a report PDF)");
    }

    private static Discovered rejected(Path file, DocumentRow row, RejectReason reason, String message) {
        return new Discovered(file, row, new RejectRow(row.sourceFile(), "file", reason, message));
    }

    private static String kindByName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? "report" : "digest";
    }
}
