package org.casereview.etl.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.casereview.etl.guard.LimitSettings;

/**
 * Reads the usual command line, a command and {@code --option value} pairs, into {@link Options} as picocli would,
 * without picocli: picocli's 166 classes are compiled for Java 5, which the class archive cannot hold, so loading,
 * verifying and running them took ~0.2 s of CPU on the start-up's critical path, every run. Anything else (a job-config
 * file, the allowed hosts, a value that starts with a dash or is empty, an option or value this class does not know, a
 * second command word, a flag followed by a word) is left to picocli ({@link #read} is empty), so usage errors and their
 * messages stay picocli's. {@code CommandLineParserTest} checks that both readings of a line give the same settings.
 */
final class PlainCommandLine {

    private static final Options.MonthConverter MONTH = new Options.MonthConverter();
    private static final Options.WholeNumber WHOLE_NUMBER = new Options.WholeNumber();
    private static final Options.LimitValue LIMIT = new Options.LimitValue();
    private static final Options.Flag FLAG = new Options.Flag();

    /** The options that take a value, each with how it sets its field, as Options' annotations say. */
    private static final Map<String, BiConsumer<Options, String>> VALUED = Map.ofEntries(
            Map.entry("--input", (o, v) -> o.input = Path.of(v)),
            Map.entry("--output", (o, v) -> o.output = Path.of(v)),
            Map.entry("--month", (o, v) -> o.month = MONTH.convert(v)),
            Map.entry("--db", (o, v) -> o.db = v),
            Map.entry("--vocabulary", (o, v) -> o.vocabulary = Path.of(v)),
            Map.entry("--skip-limit", (o, v) -> o.skipLimit = WHOLE_NUMBER.convert(v)),
            Map.entry("--threads", (o, v) -> o.threads = WHOLE_NUMBER.convert(v)),
            Map.entry("--progress-seconds", (o, v) -> o.progressSeconds = WHOLE_NUMBER.convert(v)),
            Map.entry("--from", (o, v) -> o.from = MONTH.convert(v)),
            Map.entry("--to", (o, v) -> o.to = MONTH.convert(v)),
            Map.entry("--" + LimitSettings.MAX_FILE_MB, (o, v) -> o.maxFileMb = LIMIT.convert(v)),
            Map.entry("--" + LimitSettings.MAX_PAGES, (o, v) -> o.maxPages = LIMIT.convert(v)),
            Map.entry("--" + LimitSettings.MAX_EXPANDED_MB, (o, v) -> o.maxExpandedMb = LIMIT.convert(v)),
            Map.entry("--" + LimitSettings.MAX_ZIP_ENTRIES, (o, v) -> o.maxZipEntries = LIMIT.convert(v)),
            Map.entry("--" + LimitSettings.MAX_PAGE_CHARS, (o, v) -> o.maxPageChars = LIMIT.convert(v)),
            Map.entry("--" + LimitSettings.MAX_DIGEST_CHARS, (o, v) -> o.maxDigestChars = LIMIT.convert(v)),
            Map.entry("--" + LimitSettings.DOCUMENT_TIMEOUT_SECONDS,
                    (o, v) -> o.documentTimeoutSeconds = LIMIT.convert(v)));

    /** The flags (arity 0..1, "true" when given alone). */
    private static final Map<String, BiConsumer<Options, Boolean>> FLAGS = Map.of(
            "--fetch", (o, v) -> o.fetch = v,
            "--force", (o, v) -> o.force = v,
            "--strict", (o, v) -> o.strict = v,
            "--csv-bom", (o, v) -> o.csvBom = v,
            "--no-bom", (o, v) -> o.noBom = v,
            "--json", (o, v) -> o.json = v);

    private PlainCommandLine() {
    }

    /** The options of {@code args}, or empty when picocli must read them. */
    static Optional<Options> read(String... args) {
        Options options = defaults();
        boolean commandGiven = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (!arg.startsWith("-") && !arg.isEmpty()) {
                    if (commandGiven) {
                        return Optional.empty();
                    }
                    options.command = arg;
                    commandGiven = true;
                    continue;
                }
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg : arg.substring(0, equals);
                String attached = equals < 0 ? null : arg.substring(equals + 1);
                if (VALUED.containsKey(name)) {
                    String value = attached != null ? attached : i + 1 < args.length ? args[++i] : null;
                    if (value == null || value.isEmpty() || value.startsWith("-")) {
                        return Optional.empty();
                    }
                    VALUED.get(name).accept(options, value);
                } else if (FLAGS.containsKey(name) && (attached == null || !attached.isEmpty())
                        && (attached != null || i + 1 == args.length || isOption(args[i + 1]))) {
                    FLAGS.get(name).accept(options, attached == null || FLAG.convert(attached));
                } else {
                    return Optional.empty();
                }
            }
        } catch (RuntimeException e) {
            return Optional.empty(); // a value its converter refuses: picocli reports it, naming the option
        }
        return Optional.of(options);
    }

    private static boolean isOption(String arg) {
        int equals = arg.indexOf('=');
        String name = equals < 0 ? arg : arg.substring(0, equals);
        return VALUED.containsKey(name) || FLAGS.containsKey(name);
    }

    /** Options' {@code defaultValue}s; the other fields keep Java's. */
    private static Options defaults() {
        Options options = new Options();
        options.command = "run";
        options.input = Path.of("input");
        options.output = Path.of("output");
        options.skipLimit = WHOLE_NUMBER.convert("20");
        options.threads = WHOLE_NUMBER.convert("0");
        options.progressSeconds = WHOLE_NUMBER.convert("10");
        options.csvBom = FLAG.convert("true");
        return options;
    }
}
