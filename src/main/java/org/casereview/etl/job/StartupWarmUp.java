package org.casereview.etl.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.tika.Tika;
import org.apache.tika.config.TikaConfig;
import org.casereview.etl.cli.Command;
import org.casereview.etl.cli.RunSettings;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.extract.CommentLedHtml;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.ingest.EarlySniffs;
import org.casereview.etl.ingest.FileHashes;
import org.casereview.etl.ingest.InputDiscovery;
import org.casereview.etl.link.ReportLinker;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.casereview.etl.report.ReportExtractor;
import org.casereview.etl.review.DigestLoader;
import org.casereview.etl.vocabulary.Vocabulary;

/**
 * Builds, on a thread of its own while the main thread starts Spring and opens the database (Flyway, the job
 * repository), what the job's beans need and the database does not: Tika's configuration (every parser
 * service-loaded) and, when no operator vocabulary is given, the parsers built from the bundled vocabulary (its
 * YAML read, its patterns compiled). Together they were a quarter of the start-up's CPU samples on the main thread.
 * The beans take what was built; without a warm-up (a context started by a test), with the operator's vocabulary,
 * or when building failed there, they build it themselves, so any failure is raised where it always was.
 */
public final class StartupWarmUp {

    private static final AtomicReference<StartupWarmUp> CURRENT = new AtomicReference<>();
    private static final AtomicInteger TAKEN = new AtomicInteger();

    /**
     * System property: {@code false} leaves the input's PDFs to discovery, none sniffed during the start-up (so that a
     * benchmark can weigh the start-up sniff; the results are the same either way).
     */
    public static final String SNIFF_PROPERTY = "casereview.startup-sniff";

    /** What the bundled vocabulary gives the job's beans. */
    private record Bundled(DigestParser parser, ReviewNormaliser normaliser, ReportExtractor extractor,
                           ReportLinker linker) {
    }

    private final CompletableFuture<TikaConfig> tika;
    private final CompletableFuture<Bundled> bundled;
    private final CompletableFuture<DocumentTextExtractor> textExtractor;
    private final CompletableFuture<DigestLoader> digestLoader;
    private final EarlySniffs sniffs;
    private final DigestLinkedReports links;

    private StartupWarmUp(boolean bundledVocabulary, RunSettings run) {
        this.tika = CompletableFuture.supplyAsync(TikaConfig::getDefaultConfig, StartupWarmUp::onOwnThread);
        // after Tika, on a thread of its own too (handle would run it on the main thread were Tika already built)
        this.bundled = bundledVocabulary ? tika.handleAsync((t, e) -> bundled(), StartupWarmUp::onOwnThread) : null;
        this.textExtractor = tika.thenApply(t -> new DocumentTextExtractor(DocumentTextExtractor.DEFAULT_MAX_BYTES, t));
        this.digestLoader = bundled == null ? null : bundled.thenApply(b -> new DigestLoader(textExtractor.join(),
                b.parser(), b.normaliser()));
        this.sniffs = bundled == null || run == null ? EarlySniffs.NONE : new EarlySniffs(run.limits());
        this.links = sniffs == EarlySniffs.NONE ? null : new DigestLinkedReports(digestLoader::join,
                new DocumentGuard(run.limits()), run.month());
        if (sniffs != EarlySniffs.NONE) {
            // the bundled parser is built: its thread reads the input's other digests for the PDFs their entries link
            // to, then sniffs the other PDFs, while the main thread opens the database; then it makes the digests'
            // rows for the digest step
            bundled.thenAcceptAsync(b -> {
                sniffs.sniff(run.input(), b.parser(), readBefore(run.output()), links,
                        digestByType(new Tika(tika.join())));
                links.readRows();
            }, work -> onOwnThread(work, "start-up-sniff"));
        }
    }

    /** Whether a file is a digest by its type, as discovery types it; false when it cannot be typed. */
    private static Predicate<Path> digestByType(Tika tika) {
        return file -> {
            try {
                String detected = tika.detect(file).toLowerCase(Locale.ROOT).split(";")[0].trim();
                return InputDiscovery.digestType(CommentLedHtml.retype(file, file.getFileName().toString(), detected));
            } catch (IOException | RuntimeException e) {
                return false;
            }
        };
    }

    /** Starts building for the context about to start; {@code bundledVocabulary} when no operator file is given. */
    public static void begin(boolean bundledVocabulary) {
        CURRENT.set(new StartupWarmUp(bundledVocabulary, null));
    }

    /**
     * Starts building for a job about to run ({@code run}, {@code restart}); not for the other commands, which use none
     * of it, nor for a run that is {@link #likelyUnchanged}: such a run most likely ends at discovery, finding nothing
     * changed, and would leave all of it unused. A guess only: a run that does need the parsers builds them when it
     * first uses them.
     */
    public static void beginFor(RunSettings settings, boolean likelyUnchanged) {
        boolean job = settings.command() == Command.RUN || settings.command() == Command.RESTART;
        if (job && !likelyUnchanged) {
            // a restart's discovery is most often done: only a run sniffs its input early
            RunSettings run = settings.command() == Command.RUN && settings.input() != null && sniffsAtStartUp()
                    ? settings : null;
            CURRENT.set(new StartupWarmUp(settings.vocabulary() == null, run));
        }
    }

    static boolean sniffsAtStartUp() {
        return !"false".equalsIgnoreCase(System.getProperty(SNIFF_PROPERTY, "true").strip());
    }

    /** A {@code run}, not forced nor fetching, whose input files all show unchanged since the last run read them ({@link FileHashes}). */
    public static boolean likelyUnchanged(RunSettings settings) {
        return settings.command() == Command.RUN && !settings.force() && !settings.fetch()
                && inputsAsLastRead(settings.input(), settings.output());
    }

    static boolean inputsAsLastRead(Path input, Path output) {
        try (Stream<Path> listing = Files.list(input)) {
            FileHashes hashes = FileHashes.load(output, UnchangedRun.build());
            List<Path> files = listing.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase(InputDiscovery.LINKS_FILE))
                    .toList();
            return !files.isEmpty() && files.stream().allMatch(f -> hashes.known(hashes.start(f)).isPresent());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The files an earlier run into {@code output} read (none known when that cannot be told). */
    private static FileHashes readBefore(Path output) {
        try {
            return FileHashes.load(output, UnchangedRun.build());
        } catch (IOException | RuntimeException e) {
            return FileHashes.none();
        }
    }

    /**
     * The command is over (or its context failed to start). Not before: the parsers' beans are built on first use,
     * during the job (discovery's first PDF, the first report), and take the warm-up's parts then.
     */
    public static void end() {
        CURRENT.set(null);
    }

    /** The input PDFs sniffed during the start-up, for discovery ({@link EarlySniffs#NONE} without a warm-up). */
    static EarlySniffs earlySniffs() {
        StartupWarmUp warmUp = CURRENT.get();
        return warmUp == null ? EarlySniffs.NONE : warmUp.sniffs;
    }

    /**
     * The digests' links as read during the start-up ({@code null} without a warm-up): discovery takes them when it
     * reads with the same parser and limits ({@link DigestLinkedReports#readsAs}).
     */
    static DigestLinkedReports startupLinks() {
        StartupWarmUp warmUp = CURRENT.get();
        return warmUp == null ? null : warmUp.links;
    }

    static TikaConfig tikaConfig() {
        return take(w -> w.tika).orElseGet(TikaConfig::getDefaultConfig);
    }

    /** The warm-up's extractor when {@code tika} is the warm-up's configuration, else a new one. */
    static DocumentTextExtractor textExtractor(TikaConfig tikaConfig) {
        return take(w -> w.textExtractor).filter(e -> take(w -> w.tika).orElse(null) == tikaConfig)
                .orElseGet(() -> new DocumentTextExtractor(DocumentTextExtractor.DEFAULT_MAX_BYTES, tikaConfig));
    }

    /**
     * The warm-up's digest loader when it is made of these parts (the bundled vocabulary's, the warm-up's extractor),
     * else a new one: the digests' rows made during the start-up are the digest step's only for its own loader.
     */
    static DigestLoader digestLoader(DocumentTextExtractor extractor, DigestParser parser, ReviewNormaliser normaliser) {
        return take(w -> w.digestLoader).filter(l -> l.madeOf(extractor, parser, normaliser))
                .orElseGet(() -> new DigestLoader(extractor, parser, normaliser));
    }

    static DigestParser digestParser(Vocabulary vocabulary) {
        return fromBundled(vocabulary, Bundled::parser, () -> new DigestParser(vocabulary));
    }

    static ReviewNormaliser reviewNormaliser(Vocabulary vocabulary) {
        return fromBundled(vocabulary, Bundled::normaliser, () -> ReviewNormaliser.withVocabulary(vocabulary));
    }

    static ReportExtractor reportExtractor(Vocabulary vocabulary) {
        return fromBundled(vocabulary, Bundled::extractor, () -> ReportExtractor.withVocabulary(vocabulary));
    }

    static ReportLinker reportLinker(Vocabulary vocabulary) {
        return fromBundled(vocabulary, Bundled::linker, () -> new ReportLinker(vocabulary));
    }

    private static Bundled bundled() {
        Vocabulary vocabulary = Vocabulary.bundled();
        return new Bundled(new DigestParser(vocabulary), ReviewNormaliser.withVocabulary(vocabulary),
                ReportExtractor.withVocabulary(vocabulary), new ReportLinker(vocabulary));
    }

    private static <T> T fromBundled(Vocabulary vocabulary, Function<Bundled, T> part, Supplier<T> build) {
        if (vocabulary != Vocabulary.bundled()) {
            return build.get();
        }
        Optional<T> built = take(w -> w.bundled).map(part);
        built.ifPresent(b -> TAKEN.incrementAndGet());
        return built.orElseGet(build);
    }

    /** How many parts the beans have taken from a warm-up since this class was loaded (a test asks). */
    static int partsTaken() {
        return TAKEN.get();
    }

    private static <T> Optional<T> take(Function<StartupWarmUp, CompletableFuture<T>> future) {
        StartupWarmUp warmUp = CURRENT.get();
        CompletableFuture<T> started = warmUp == null ? null : future.apply(warmUp);
        if (started == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(started.join());
        } catch (CompletionException e) {
            return Optional.empty(); // built again on the caller's thread, which raises the failure as before
        }
    }

    private static void onOwnThread(Runnable work) {
        onOwnThread(work, "start-up-warm-up");
    }

    private static void onOwnThread(Runnable work, String name) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
