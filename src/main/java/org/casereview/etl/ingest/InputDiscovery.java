package org.casereview.etl.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.tika.Tika;
import org.apache.tika.config.TikaConfig;
import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.RejectRow;
import org.casereview.etl.extract.CommentLedHtml;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.DocumentLimits;
import org.casereview.etl.guard.DocumentOutcome;
import org.casereview.etl.text.ControlCharacters;
import org.casereview.etl.text.LibraryMessages;
import org.casereview.etl.text.LogSafe;

/**
 * Lists the files of an input folder, hashes them, detects their type by content and sorts them
 * into digests and reports. Files that cannot be loaded, and entries that must not be read
 * (links out of the folder, FIFOs, devices), get a reject instead of stopping the run.
 */
public final class InputDiscovery {

    /** The operator's file linking entries to reports; not a source document. */
    public static final String LINKS_FILE = "links.csv";

    private static final Set<String> DIGEST_TYPES = Set.of("text/plain", "text/markdown", "text/x-web-markdown",
            "text/html", "application/xhtml+xml", "message/rfc822", "multipart/related", "application/mbox",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
            "application/rtf", "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.flat.text");
    private static final String PDF = "application/pdf";
    /** What the JDK gives for bytes of a file name that its encoding (UTF-8) cannot decode. */
    private static final char NOT_DECODED = '\uFFFD';

    private final Supplier<Tika> tika;
    private final PdfKind pdfKind;
    private final LinkedReports links;
    private final DocumentGuard guard;

    /** Tells a digest saved as PDF from a report PDF. */
    @FunctionalInterface
    public interface PdfKind {
        /**
         * @param linked whether an entry of one of the input's other digests links to the PDF as its report (found
         *               when first asked: only a PDF that would otherwise be sniffed needs to ask)
         */
        boolean digest(Path pdf, String sha256, BooleanSupplier linked);
    }

    /** @param pdfIsDigest tells a digest saved as PDF (path, SHA-256) from a report PDF */
    public InputDiscovery(BiPredicate<Path, String> pdfIsDigest) {
        this(pdfIsDigest, new DocumentGuard(DocumentLimits.DEFAULTS), TikaConfig.getDefaultConfig());
    }

    /** @param sniff asked only about the PDFs no entry of {@code links} names as its report */
    public InputDiscovery(BiPredicate<Path, String> sniff, LinkedReports links) {
        this(unlessLinked(sniff), links, new DocumentGuard(DocumentLimits.DEFAULTS),
                () -> TikaConfig.getDefaultConfig());
    }

    /**
     * @param guard each file is inspected inside it: whatever fails there rejects that file only
     * @param tika  the configuration shared with the text extractor (building one loads every parser)
     */
    public InputDiscovery(BiPredicate<Path, String> pdfIsDigest, DocumentGuard guard, TikaConfig tika) {
        this(pdfIsDigest, guard, () -> tika);
    }

    /** @param tika asked for only when a file is typed (a rerun of unchanged files types none) */
    public InputDiscovery(BiPredicate<Path, String> pdfIsDigest, DocumentGuard guard, Supplier<TikaConfig> tika) {
        this(unlessLinked(pdfIsDigest), LinkedReports.NONE, guard, tika);
    }

    /**
     * @param pdfKind each loadable PDF's kind, asked once every file is typed (the digests known by their type are
     *                then known, and {@code links} can be asked which PDFs their entries link to)
     */
    public InputDiscovery(PdfKind pdfKind, LinkedReports links, DocumentGuard guard, Supplier<TikaConfig> tika) {
        this.pdfKind = pdfKind;
        this.links = links;
        this.guard = guard;
        this.tika = new Memo<>(() -> new Tika(tika.get()));
    }

    private static PdfKind unlessLinked(BiPredicate<Path, String> sniff) {
        return (pdf, sha, linked) -> !linked.getAsBoolean() && sniff.test(pdf, sha);
    }

    /** Built once, on first use, by whichever thread asks first. */
    private static final class Memo<T> implements Supplier<T> {
        private final Supplier<T> build;
        private volatile T value;

        Memo(Supplier<T> build) {
            this.build = build;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    if (value == null) {
                        value = build.get();
                    }
                    v = value;
                }
            }
            return v;
        }
    }

    public record Discovered(Path path, DocumentRow document, RejectRow reject) {
        public boolean loadable() {
            return reject == null;
        }
    }

    public List<Discovered> discover(Path folder) throws IOException {
        return discover(folder, 1);
    }

    /**
     * The folder's files in name order; {@code threads} files are hashed, typed and sniffed at a time
     * (a PDF is opened to tell a digest from a report), the result the same for any number.
     */
    public List<Discovered> discover(Path folder, int threads) throws IOException {
        return discover(folder, threads, FileHashes.none());
    }

    /**
     * As {@link #discover(Path, int)}; a file that {@code hashes} shows unchanged since it was last read is not read
     * again: its SHA-256 and type are taken from there (the result is the same), and what is read is remembered there.
     */
    public List<Discovered> discover(Path folder, int threads, FileHashes hashes) throws IOException {
        Path realFolder = folder.toRealPath();
        List<Path> names;
        try (Stream<Path> listing = Files.list(folder)) {
            names = listing.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase(LINKS_FILE))
                    .sorted()
                    .toList();
        }
        List<Optional<Discovered>> inspected = withPdfKinds(
                InOrder.map(names, threads, entry -> inspectEntry(entry, realFolder, hashes)), threads);
        List<Discovered> result = new ArrayList<>();
        Map<String, String> firstWithHash = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Path entry = names.get(i);
            Optional<Discovered> found = inspected.get(i);
            if (found.isEmpty()) {
                continue;
            }
            Discovered d = found.get();
            String sha = d.document().sha256();
            String earlier = sha == null ? null : firstWithHash.putIfAbsent(sha, d.document().sourceFile());
            if (earlier != null && d.loadable()) {
                d = new Discovered(entry, d.document().withStatus(DocumentStatus.DUPLICATE, RejectReason.DUPLICATE.code()),
                        new RejectRow(d.document().sourceFile(), "file", RejectReason.DUPLICATE,
                                "same content (SHA-256) as " + earlier + "; loaded once, from " + earlier));
            }
            result.add(d);
        }
        return result;
    }

    /**
     * The typed files with each loadable PDF's kind told ({@link PdfKind}), on {@code threads} threads; the PDFs that
     * an entry of the other digests links to are found when a PDF first asks.
     */
    private List<Optional<Discovered>> withPdfKinds(List<Optional<Discovered>> typed, int threads) throws IOException {
        List<LinkedReports.Digest> digests = new ArrayList<>();
        List<String> pdfs = new ArrayList<>();
        List<Integer> toTell = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            Discovered d = typed.get(i).orElse(null);
            if (d != null && d.loadable()) {
                if (PDF.equals(d.document().mediaType())) {
                    pdfs.add(d.document().sourceFile());
                    toTell.add(i);
                } else {
                    digests.add(new LinkedReports.Digest(d.path(), d.document().sha256()));
                }
            }
        }
        Supplier<Set<String>> linked = new Memo<>(() -> linkedOrNone(digests, pdfs));
        List<Discovered> told = InOrder.map(toTell, threads, i -> withKind(typed.get(i).orElseThrow(), linked));
        List<Optional<Discovered>> result = new ArrayList<>(typed);
        for (int k = 0; k < toTell.size(); k++) {
            result.set(toTell.get(k), Optional.of(told.get(k)));
        }
        return result;
    }

    /** No PDF is taken as linked when the links cannot be found: each is sniffed, as without them. */
    private Set<String> linkedOrNone(List<LinkedReports.Digest> digests, List<String> pdfs) {
        if (digests.isEmpty() || pdfs.isEmpty()) {
            return Set.of();
        }
        try {
            return links.linked(digests, pdfs);
        } catch (RuntimeException e) {
            return Set.of();
        }
    }

    /** The PDF as a digest or a report (a reject if telling fails inside the guard, as its inspection would). */
    private Discovered withKind(Discovered pdf, Supplier<Set<String>> linked) {
        String name = pdf.document().sourceFile();
        DocumentOutcome<Boolean> outcome = guard.run(name, () -> {
            try (LibraryMessages glance = LibraryMessages.glancing(name)) {
                return pdfKind.digest(pdf.path(), pdf.document().sha256(), () -> linked.get().contains(name));
            }
        });
        if (outcome instanceof DocumentOutcome.Rejected<Boolean> r) {
            return refused(pdf.path(), name, r.reason(), r.message());
        }
        boolean digest = ((DocumentOutcome.Done<Boolean>) outcome).value();
        return digest ? new Discovered(pdf.path(), pdfRow(name, "digest", pdf.document().sha256(), pdf.document().bytes()),
                null) : pdf;
    }

    /** A file to inspect, a reject for an entry that must not be read, or empty for a sub-folder. */
    private Optional<Discovered> inspectEntry(Path entry, Path realFolder, FileHashes hashes) throws IOException {
        String name = entry.getFileName().toString();
        if (LogSafe.holdsUnsafe(name)) {
            String shown = ControlCharacters.escape(name);
            String what = ControlCharacters.containsAny(name) ? "control characters"
                    : "a line or paragraph separator or a text-direction control";
            return Optional.of(refused(entry.resolveSibling(shown), shown, RejectReason.OTHER,
                    "the file name holds " + what + "; rename the file to load it"));
        }
        if (name.indexOf(NOT_DECODED) >= 0) {
            // bytes that are no UTF-8 come back as U+FFFD, and the name as given back no longer opens the file
            String shown = name.replace(String.valueOf(NOT_DECODED), "\\ufffd");
            return Optional.of(refused(entry.resolveSibling(shown), shown, RejectReason.OTHER,
                    "the file name is not valid UTF-8 (each \\ufffd stands for bytes that are not); rename the file"
                            + " to load it"));
        }
        return switch (FolderEntry.of(entry, realFolder)) {
            case FILE -> Optional.of(guardedInspect(entry, hashes));
            case FOLDER -> Optional.empty();
            case LINK_OUTSIDE -> Optional.of(refused(entry, name, RejectReason.UNSAFE_LINK,
                    "a symbolic link to a place outside the input folder; not followed"));
            case LINK_BROKEN -> Optional.of(refused(entry, name, RejectReason.OTHER,
                    "a symbolic link to nothing (its target is missing, or links go round in a loop)"));
            case SPECIAL -> Optional.of(refused(entry, name, RejectReason.UNSUPPORTED_TYPE,
                    "a " + FolderEntry.specialKind(entry) + ", not a regular file; not read"));
        };
    }

    private Discovered guardedInspect(Path file, FileHashes hashes) {
        String name = file.getFileName().toString();
        DocumentOutcome<Discovered> outcome = guard.run(name, () -> inspect(file, hashes));
        if (outcome instanceof DocumentOutcome.Rejected<Discovered> r) {
            return refused(file, name, r.reason(), r.message());
        }
        return ((DocumentOutcome.Done<Discovered>) outcome).value();
    }

    Discovered inspect(Path file, FileHashes hashes) throws IOException {
        String name = file.getFileName().toString();
        FileHashes.Reading reading = hashes.start(file);
        long bytes = Files.size(file);
        Optional<FileHashes.Known> known = hashes.known(reading);
        String sha = known.isPresent() ? known.get().sha256() : Sha256.ofFile(file);
        if (bytes == 0) {
            return rejected(file, new DocumentRow(name, kindByName(name), null, null, sha, 0, null, DocumentStatus.REJECTED,
                    RejectReason.EMPTY.code()), RejectReason.EMPTY, "the file is empty (0 bytes)");
        }
        String mediaType;
        if (known.isPresent() && known.get().mediaType() != null) {
            mediaType = known.get().mediaType();
        } else {
            mediaType = PdfMagic.namedAndOpensAsPdf(file, name) ? PdfMagic.PDF
                    : tika.get().detect(file).toLowerCase(Locale.ROOT);
            hashes.remember(reading, sha, mediaType);
        }
        String baseType = CommentLedHtml.retype(file, name, mediaType.split(";")[0].trim());
        Optional<String> contradicted = NamedType.contradictedExtension(name, baseType);
        if (contradicted.isPresent()) {
            return unsupported(file, name, sha, bytes, baseType, "named ." + contradicted.get()
                    + " but its content is " + baseType + "; the type is taken from the content, and a file"
                    + " whose name claims another type is not loaded");
        }
        if (baseType.equals(PDF)) {
            return new Discovered(file, pdfRow(name, "report", sha, bytes), null); // its kind is told once all are typed
        }
        if (digestType(baseType)) {
            return new Discovered(file, new DocumentRow(name, "digest", baseType, null, sha, bytes, null, DocumentStatus.PENDING, null), null);
        }
        return unsupported(file, name, sha, bytes, baseType, "unsupported file type " + baseType
                + " (expected a digest as .txt, .md, .html, .pdf, .docx, .doc, .rtf, .odt, a saved e-mail or web page, or a report PDF)");
    }

    /** Whether a file of this type (detected by content, without parameters) is read as a digest. */
    public static boolean digestType(String baseType) {
        return DIGEST_TYPES.contains(baseType) || baseType.startsWith("text/");
    }

    private static DocumentRow pdfRow(String name, String kind, String sha, long bytes) {
        return new DocumentRow(name, kind, PDF, null, sha, bytes, null, DocumentStatus.PENDING, null);
    }

    private static Discovered unsupported(Path file, String name, String sha, long bytes, String baseType, String message) {
        return rejected(file, new DocumentRow(name, kindByName(name), baseType, null, sha, bytes, null, DocumentStatus.REJECTED,
                RejectReason.UNSUPPORTED_TYPE.code()), RejectReason.UNSUPPORTED_TYPE, message);
    }

    /** An entry rejected without being opened: no type, size or checksum. */
    private static Discovered refused(Path entry, String name, RejectReason reason, String message) {
        return rejected(entry, new DocumentRow(name, kindByName(name), null, null, null, 0, null, DocumentStatus.REJECTED,
                reason.code()), reason, message);
    }

    private static Discovered rejected(Path file, DocumentRow row, RejectReason reason, String message) {
        return new Discovered(file, row, new RejectRow(row.sourceFile(), "file", reason, message));
    }

    private static String kindByName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? "report" : "digest";
    }
}
