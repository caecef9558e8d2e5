package org.casereview.etl.job;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.DocumentLimits;
import org.casereview.etl.guard.DocumentOutcome;
import org.casereview.etl.ingest.LinkedReports;
import org.casereview.etl.link.ReportLinker;
import org.casereview.etl.review.DigestLoader;
import org.casereview.etl.text.LibraryMessages;

/**
 * The PDFs the input's digests link to from their entries: each digest read and parsed as the digest step reads it
 * ({@link DigestLoader#parse}), inside a document guard with the run's limits, and each entry's link resolved to one
 * of the input's PDFs as the assembly step resolves a link by its file name ({@link ReportLinker#fileNamedBy}). A PDF
 * so named is the report of a review; one named by no entry (a digest saved as PDF among them) is sniffed. A digest is
 * read once per content (SHA-256), whichever of the start-up's sniff and discovery asks first; one that cannot be read
 * links nothing (the digest step rejects it with the reason).
 * <p>
 * The digest step takes what was read here instead of reading the file again ({@link #rows}): the parse, and, when
 * the run's month is known here (the start-up's reading), the rows too, made on the start-up's thread ({@link
 * #readRows}) while the main thread is busy elsewhere. Only a reading that ended within the limits and without a
 * library message is kept (the step's own reading logs those); a restart, or a file not read here, is read by the
 * step as before.
 */
public final class DigestLinkedReports implements LinkedReports {

    /**
     * At most this many characters of digest text are kept for the digest step, all digests together (with their
     * entries and rows, some tens of MB at most): a month of many large digests is not held in memory at once.
     */
    static final long MAX_KEPT_CHARS = 4_000_000;

    private final Supplier<DigestLoader> loader;
    private final DocumentGuard guard;
    private final YearMonth month;
    private final Map<String, CompletableFuture<Early>> byContent = new ConcurrentHashMap<>();
    private final AtomicLong keptChars = new AtomicLong();

    /**
     * A digest as read here: its name, its entries' links, and its parse when kept ({@code null} otherwise); {@code
     * rows}: its rows for the run's month, once someone has set out to make them (a future that ends empty when they
     * could not be made here).
     */
    private record Early(String name, List<String> links, DigestLoader.ParsedFile parsed,
                         AtomicReference<CompletableFuture<Optional<DigestLoader.Reading>>> rows,
                         DocumentOutcome.Rejected<?> rejected) {
        Early(String name, List<String> links, DigestLoader.ParsedFile parsed,
              AtomicReference<CompletableFuture<Optional<DigestLoader.Reading>>> rows) {
            this(name, links, parsed, rows, null);
        }
    }

    /**
     * @param loader asked for when a digest is first read (a rerun reads none)
     * @param month  the run's month, for which {@link #readRows} makes the digests' rows; {@code null}: none made here
     */
    public DigestLinkedReports(Supplier<DigestLoader> loader, DocumentGuard guard, YearMonth month) {
        this.loader = loader;
        this.guard = guard;
        this.month = month;
    }

    @Override
    public Set<String> linked(List<Digest> digests, List<String> pdfs) {
        Set<String> linked = new HashSet<>();
        Function<String, Optional<String>> fileNamedBy = ReportLinker.fileNamer(pdfs);
        for (Digest digest : digests) {
            for (String link : early(digest).links()) {
                fileNamedBy.apply(link).ifPresent(linked::add);
            }
        }
        return linked;
    }

    /** Whether this reads digests as a discovery and a digest step with this loader and these limits would. */
    boolean readsAs(DigestLoader digestLoader, DocumentLimits limits) {
        try {
            return loader.get() == digestLoader && guard.limits().equals(limits);
        } catch (RuntimeException e) {
            return false; // its loader could not be built
        }
    }

    /**
     * Makes the rows of each digest read so far for the run's month (none without a month), each inside a guard with
     * the run's limits; a digest whose rows the digest step has begun to make is left to it. Never throws.
     */
    void readRows() {
        if (month == null) {
            return;
        }
        for (CompletableFuture<Early> read : byContent.values()) {
            Early early = read.getNow(null);
            if (early == null || early.parsed() == null) {
                continue;
            }
            CompletableFuture<Optional<DigestLoader.Reading>> mine = new CompletableFuture<>();
            if (early.rows().compareAndSet(null, mine)) {
                try {
                    mine.complete(readRows(early));
                } finally {
                    mine.complete(Optional.empty());
                }
            }
        }
    }

    private Optional<DigestLoader.Reading> readRows(Early early) {
        try (LibraryMessages glance = LibraryMessages.glancing(early.name())) {
            DocumentOutcome<DigestLoader.Reading> outcome = guard.run(early.name(),
                    () -> loader.get().read(early.parsed(), early.name(), month));
            return outcome instanceof DocumentOutcome.Done<DigestLoader.Reading> done && glance.counts().isEmpty()
                    ? Optional.of(done.value()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The rows of the digest file {@code name} with this content for the run's month {@code runMonth}, from what was
     * read here: made ahead, or made now from the parse kept here (on the caller's thread and inside its guard); empty
     * when nothing fitting was read here. Waits for a reading under way. What it gives is not kept.
     */
    Optional<DigestLoader.Reading> rows(String name, String sha256, YearMonth runMonth) {
        CompletableFuture<Early> read = byContent.get(sha256);
        Early early = read == null ? null : read.join();
        if (early == null || early.parsed() == null || !early.name().equals(name)) {
            return Optional.empty();
        }
        CompletableFuture<Optional<DigestLoader.Reading>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<DigestLoader.Reading>> ahead = early.rows().compareAndExchange(null, mine);
        if (byContent.remove(sha256, read)) {
            keptChars.addAndGet(-early.parsed().text().text().length());
        }
        if (ahead != null) {
            Optional<DigestLoader.Reading> made = ahead.join().filter(r -> r.runMonth().equals(runMonth));
            if (made.isPresent()) {
                return made;
            }
        }
        try {
            return Optional.of(loader.get().read(early.parsed(), name, runMonth));
        } finally {
            mine.complete(Optional.empty());
        }
    }

    /**
     * How the reading of the digest file {@code name} with this content ended here when its guard rejected it (past a
     * limit, its time, damaged): the digest step rejects it with the same reason instead of reading it again to the
     * same end (session 38: a 30 MB text digest was read whole twice before its character limit refused it). Empty
     * when it was read, or not read here.
     */
    Optional<DocumentOutcome.Rejected<?>> rejected(String name, String sha256) {
        CompletableFuture<Early> read = byContent.get(sha256);
        Early early = read == null ? null : read.join();
        return early == null || !early.name().equals(name) ? Optional.empty() : Optional.ofNullable(early.rejected());
    }

    /** Whether the parse fits under {@link #MAX_KEPT_CHARS} with those kept before; counted if so. */
    private boolean kept(DigestLoader.ParsedFile parsed) {
        long chars = parsed.text().text().length();
        if (keptChars.addAndGet(chars) <= MAX_KEPT_CHARS) {
            return true;
        }
        keptChars.addAndGet(-chars);
        return false;
    }

    /** Forgets what was read: the digest step is over. */
    void forget() {
        byContent.clear();
        keptChars.set(0);
    }

    /** The digest as read here; waits for a reading of the same content under way. */
    private Early early(Digest digest) {
        CompletableFuture<Early> mine = new CompletableFuture<>();
        CompletableFuture<Early> earlier = byContent.putIfAbsent(digest.sha256(), mine);
        if (earlier != null) {
            return earlier.join();
        }
        String name = digest.path().getFileName().toString();
        try {
            mine.complete(read(digest, name));
        } finally {
            // whatever escaped: no PDF is taken as linked by this digest, nothing is kept
            mine.complete(new Early(name, List.of(), null, new AtomicReference<>()));
        }
        return mine.join();
    }

    private Early read(Digest digest, String name) {
        try (LibraryMessages glance = LibraryMessages.glancing(name)) {
            DocumentOutcome<DigestLoader.ParsedFile> outcome = guard.run(name, () -> loader.get().parse(digest.path()));
            if (!(outcome instanceof DocumentOutcome.Done<DigestLoader.ParsedFile> done)) {
                return new Early(name, List.of(), null, new AtomicReference<>(),
                        outcome instanceof DocumentOutcome.Rejected<?> rejected && !rejected.mayEndOtherwise() ? rejected : null);
            }
            List<String> links = done.value().parsed().entries().stream().map(DigestEntry::linkTarget)
                    .filter(Objects::nonNull).toList();
            return new Early(name, links, glance.counts().isEmpty() && kept(done.value()) ? done.value() : null,
                    new AtomicReference<>());
        }
    }
}
