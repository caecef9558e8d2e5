package org.casereview.etl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.casereview.etl.guard.LimitSettings;
import org.casereview.etl.ingest.FetchSettings;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Reads {@code <command> [--option value | --flag]...} ({@link PlainCommandLine}, or picocli for anything else),
 * takes the job-config file named by {@code --config} as the options' defaults (so the command line wins), and checks the result.
 * Every problem is a {@link UsageException} naming the option, and for a job-config file the file.
 */
public final class CommandLineParser {

    private final YearMonth currentMonth;

    public CommandLineParser(YearMonth currentMonth) {
        this.currentMonth = currentMonth;
    }

    public RunSettings parse(String... args) {
        Optional<Options> plain = PlainCommandLine.read(args);
        if (plain.isPresent()) {
            return toSettings(plain.get(), plain.get());
        }
        return parseWithPicocli(args);
    }

    /** As {@link #parse}, every line read by picocli; the plain reading of a line must give the same settings. */
    RunSettings parseWithPicocli(String... args) {
        Options given = new Options();
        CommandLine line = commandLine(given);
        try {
            line.parseArgs(args);
        } catch (ParameterException e) {
            throw new UsageException(e.getMessage());
        }
        if (given.config == null) {
            return toSettings(given, given);
        }
        Map<String, String> fromFile = JobConfigFile.read(given.config, line.getCommandSpec());
        Options merged = new Options();
        CommandLine withFile = commandLine(merged);
        withFile.setDefaultValueProvider(arg -> arg instanceof OptionSpec option
                ? fromFile.get(option.longestName().substring(2)) : null);
        try {
            withFile.parseArgs(args);
        } catch (ParameterException e) {
            // The same arguments parsed above: the value at fault came from the file.
            throw new UsageException("config file " + given.config + ": " + e.getMessage());
        }
        return toSettings(merged, given);
    }

    private static CommandLine commandLine(Options options) {
        return new CommandLine(options)
                .setExpandAtFiles(false)
                .setOverwrittenOptionsAllowed(true);
    }

    private RunSettings toSettings(Options o, Options given) {
        Command command = Command.parse(o.command);
        if (command == Command.RUN && !Files.isDirectory(o.input)) {
            throw new UsageException("input folder " + o.input + " does not exist or is not a folder");
        }
        if (o.vocabulary != null && (command == Command.RUN || command == Command.RESTART)) {
            checkReadable(o.vocabulary, given.vocabulary == null ? o.config : null);
        }
        if (o.from != null && o.to != null && o.from.isAfter(o.to)) {
            throw new UsageException("--from " + o.from + " is after --to " + o.to);
        }
        String db = o.db == null || o.db.isBlank() ? RunSettings.defaultDbUrl(o.output) : o.db;
        int threads = o.threads > 0 ? o.threads : Runtime.getRuntime().availableProcessors();
        return new RunSettings(command, o.input, o.output, o.month != null ? o.month : currentMonth, o.config, db,
                o.fetch, o.force, o.strict, o.skipLimit, threads, o.json, Math.max(1, o.progressSeconds),
                hosts(o.fetchAllowedHosts), o.vocabulary, LimitSettings.from(o.limits()::get), o.csvBom && !o.noBom,
                o.from, o.to);
    }

    private static void checkReadable(Path vocabulary, Path fromConfig) {
        if (!Files.isRegularFile(vocabulary) || !Files.isReadable(vocabulary)) {
            throw new UsageException((fromConfig != null ? "config file " + fromConfig + ": " : "")
                    + "vocabulary file " + vocabulary + " does not exist or is not a readable file");
        }
    }

    private static List<String> hosts(List<String> given) {
        if (given == null || given.isEmpty()) {
            return FetchSettings.DEFAULT_ALLOWED_HOSTS;
        }
        return given.stream().map(String::trim).filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT)).toList();
    }
}
