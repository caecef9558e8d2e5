package org.casereview.etl.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.DocumentLimits;
import org.casereview.etl.guard.DocumentOutcome;
import org.casereview.etl.text.ControlCharacters;
import org.casereview.etl.text.LibraryMessages;

/**
 * The sniff's digest-or-report decisions on an input folder's PDFs, made before discovery asks for them: on the core
 * that idles while the main thread starts Spring and opens the database. Each decision is {@link PdfDigestSniffer}'s
 * own, made inside a document guard with the run's limits. Discovery takes one only for a file whose SHA-256 is the
 * one sniffed, for the same parser and limits, and sniffs any other file itself: the decisions are those it would
 * make. Sniffing stops at the first file discovery asks about (its own threads then use both cores) or when {@link
 * #stop() stopped}; a file a run read before ({@link FileHashes}) is left alone, as most such files were extracted as
 * reports and are not sniffed again, and so is anything discovery would not open (links, FIFOs, devices).
 */
public final class EarlySniffs {

    /** Sniffs nothing: discovery sniffs every file itself. */
    public static final EarlySniffs NONE = new EarlySniffs(DocumentLimits.DEFAULTS);

    private record Sniffed(String sha256, boolean digest) {
    }

    private final DocumentGuard guard;
    private final Map<Path, CompletableFuture<Optional<Sniffed>>> sniffed = new ConcurrentHashMap<>();
    private volatile DigestParser parser;
    private volatile boolean stopped;

    /** @param limits the run's limits, each file sniffed inside them */
    public EarlySniffs(DocumentLimits limits) {
        this.guard = new DocumentGuard(limits);
    }

    /**
     * Sniffs the folder's PDFs in name order until stopped; never throws. {@code hashes}: the files read before, left
     * alone.
     */
    public void sniff(Path folder, DigestParser digestParser, FileHashes hashes) {
        sniff(folder, digestParser, hashes, LinkedReports.NONE, file -> false);
    }

    /**
     * As {@link #sniff(Path, DigestParser, FileHashes)}, but a PDF that an entry of one of the folder's other digests
     * links to ({@code links}, asked first when a PDF is to be sniffed) is left alone: discovery takes it as a report.
     * {@code digestByType}: whether a file other than a PDF is a digest by its type, as discovery types it.
     */
    public void sniff(Path folder, DigestParser digestParser, FileHashes hashes, LinkedReports links,
                      Predicate<Path> digestByType) {
        if (stopped || this == NONE) {
            return;
        }
        parser = digestParser;
        PdfDigestSniffer sniffer = new PdfDigestSniffer(digestParser);
        List<Path> pdfs;
        Set<String> linked;
        try {
            Path realFolder = folder.toRealPath();
            pdfs = pdfs(folder).stream().filter(pdf -> readable(pdf, realFolder)
                    && hashes.known(hashes.start(pdf)).isEmpty()).toList();
            linked = pdfs.isEmpty() ? Set.of() : links.linked(otherDigests(folder, realFolder, digestByType),
                    names(pdfs));
        } catch (IOException | RuntimeException e) {
            return; // discovery reports what cannot be listed
        }
        for (Path pdf : pdfs) {
            if (stopped) {
                return;
            }
            if (!linked.contains(pdf.getFileName().toString())) {
                CompletableFuture<Optional<Sniffed>> result = new CompletableFuture<>();
                if (sniffed.putIfAbsent(key(pdf), result) == null) {
                    try {
                        result.complete(sniffOne(pdf, sniffer));
                    } finally {
                        result.complete(Optional.empty()); // whatever escaped, discovery sniffs the file itself
                    }
                }
            }
        }
    }

    /** A regular file, or a link to one inside the folder: what discovery opens. */
    private static boolean readable(Path entry, Path realFolder) {
        try {
            return FolderEntry.of(entry, realFolder) == FolderEntry.FILE;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Empty when the sniff could not decide (unreadable, past a limit): discovery then sniffs the file itself. */
    private Optional<Sniffed> sniffOne(Path pdf, PdfDigestSniffer sniffer) {
        String name = pdf.getFileName().toString();
        try (LibraryMessages glance = LibraryMessages.glancing(name)) {
            DocumentOutcome<Optional<Sniffed>> outcome = guard.run(name, () -> {
                String sha = Sha256.ofFile(pdf);
                return sniffer.decide(pdf).map(digest -> new Sniffed(sha, digest));
            });
            return outcome instanceof DocumentOutcome.Done<Optional<Sniffed>> done ? done.value() : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(f -> f.getFileName().toString()).toList();
    }

    /** The folder's digests of another type than PDF, by name and type (discovery asks the same of their content). */
    private static List<LinkedReports.Digest> otherDigests(Path folder, Path realFolder, Predicate<Path> digestByType)
            throws IOException {
        List<LinkedReports.Digest> digests = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : listing.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.startsWith(".") && !ControlCharacters.containsAny(name) && !name.equalsIgnoreCase(
                        InputDiscovery.LINKS_FILE) && !name.toLowerCase(Locale.ROOT).endsWith(".pdf")
                        && readable(file, realFolder) && digestByType.test(file)) {
                    digests.add(new LinkedReports.Digest(file, Sha256.ofFile(file)));
                }
            }
        }
        return digests;
    }

    private static List<Path> pdfs(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> {
                String name = p.getFileName().toString();
                return !name.startsWith(".") && !ControlCharacters.containsAny(name)
                        && name.toLowerCase(Locale.ROOT).endsWith(".pdf");
            }).sorted().toList();
        }
    }

    /**
     * The decision made early on this file, if it was sniffed with the same content ({@code sha256}), parser and
     * limits; waits for a sniff under way. The first call stops the sniffing of further files.
     */
    public Optional<Boolean> digest(Path pdf, String sha256, DigestParser digestParser, DocumentLimits limits) {
        stop();
        CompletableFuture<Optional<Sniffed>> result = sniffed.get(key(pdf));
        if (result == null || digestParser != parser || !limits.equals(guard.limits())) {
            return Optional.empty();
        }
        return result.join().filter(s -> s.sha256().equals(sha256)).map(Sniffed::digest);
    }

    /** No file is sniffed after the one under way. */
    public void stop() {
        stopped = true;
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
