package org.casereview.etl.job;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.extract.ExtractedText;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.DocumentLimits;
import org.casereview.etl.guard.DocumentOutcome;
import org.casereview.etl.ingest.LinkedReports;
import org.casereview.etl.link.ReportLinker;
import org.casereview.etl.text.LibraryMessages;

/**
 * The PDFs the input's digests link to from their entries: each digest read and parsed as the digest step reads it
 * (its text, then {@link DigestParser#parse}), inside a document guard with the run's limits, and each entry's link
 * resolved to one of the input's PDFs as the assembly step resolves a link by its file name ({@link
 * ReportLinker#fileNamedBy}). A PDF so named is the report of a review; one named by no entry (a digest saved as PDF
 * among them) is sniffed. A digest is read once per content (SHA-256), whichever of the start-up's sniff and discovery
 * asks first; one that cannot be read links nothing (the digest step rejects it with the reason).
 */
public final class DigestLinkedReports implements LinkedReports {

    private final Supplier<DocumentTextExtractor> extractor;
    private final Supplier<DigestParser> parser;
    private final DocumentGuard guard;
    private final Map<String, CompletableFuture<List<String>>> linksByContent = new ConcurrentHashMap<>();

    /** @param extractor and {@code parser}: asked for when a digest is first read (a rerun reads none) */
    public DigestLinkedReports(Supplier<DocumentTextExtractor> extractor, Supplier<DigestParser> parser,
                               DocumentGuard guard) {
        this.extractor = extractor;
        this.parser = parser;
        this.guard = guard;
    }

    @Override
    public Set<String> linked(List<Digest> digests, List<String> pdfs) {
        Set<String> linked = new HashSet<>();
        for (Digest digest : digests) {
            for (String link : links(digest)) {
                ReportLinker.fileNamedBy(link, pdfs).ifPresent(linked::add);
            }
        }
        return linked;
    }

    /** Whether this reads digests as a discovery with this parser and these limits would. */
    boolean readsAs(DigestParser digestParser, DocumentLimits limits) {
        try {
            return parser.get() == digestParser && guard.limits().equals(limits);
        } catch (RuntimeException e) {
            return false; // its parser could not be built
        }
    }

    /** The links of the digest's entries, in entry order; waits for a reading of the same content under way. */
    private List<String> links(Digest digest) {
        CompletableFuture<List<String>> mine = new CompletableFuture<>();
        CompletableFuture<List<String>> earlier = linksByContent.putIfAbsent(digest.sha256(), mine);
        if (earlier != null) {
            return earlier.join();
        }
        try {
            mine.complete(read(digest));
        } finally {
            mine.complete(List.of()); // whatever escaped: no PDF is taken as linked by this digest
        }
        return mine.join();
    }

    private List<String> read(Digest digest) {
        String name = digest.path().getFileName().toString();
        try (LibraryMessages glance = LibraryMessages.glancing(name)) {
            DocumentOutcome<List<String>> outcome = guard.run(name, () -> {
                ExtractedText text = extractor.get().extract(digest.path());
                return parser.get().parse(text.text(), text.pageBreaks()).entries().stream()
                        .map(DigestEntry::linkTarget).filter(Objects::nonNull).toList();
            });
            return outcome instanceof DocumentOutcome.Done<List<String>> done ? done.value() : List.of();
        }
    }
}
