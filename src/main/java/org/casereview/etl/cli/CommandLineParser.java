package org.casereview.etl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casereview.etl.ingest.FetchSettings;
import org.casereview.etl.guard.DocumentLimits;
import org.casereview.etl.guard.LimitSettings;

/**
 * Reads {@code <command> [--option value | --flag]...}, merges it over the job-config file
 * named by {@code --config} and over the defaults, and checks the result.
 */
public final class CommandLineParser {

    static final Set<String> VALUE_OPTIONS = withLimits("input", "output", "month", "config", "db",
            "skip-limit", "threads", "progress-seconds", "fetch-allowed-hosts");
    static final Set<String> FLAG_OPTIONS = Set.of("fetch", "force", "strict", "json");

    private final YearMonth currentMonth;

    public CommandLineParser(YearMonth currentMonth) {
        this.currentMonth = currentMonth;
    }

    private static Set<String> withLimits(String... options) {
        Set<String> all = new HashSet<>(List.of(options));
        all.addAll(LimitSettings.KEYS);
        return Set.copyOf(all);
    }

    public RunSettings parse(String... args) {
        if (args.length == 0) {
            return parse("run");
        }
        Command command = Command.parse(args[0]);
        Map<String, String> given = readOptions(args);
        Map<String, String> merged = new LinkedHashMap<>();
        Path configFile = given.containsKey("config") ? Path.of(given.get("config")) : null;
        if (configFile != null) {
            merged.putAll(JobConfigFile.read(configFile));
        }
        merged.putAll(given);
        return toSettings(command, merged, configFile);
    }

    private static Map<String, String> readOptions(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "' (options start with --)");
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (FLAG_OPTIONS.contains(name)) {
                options.put(name, value == null ? "true" : value);
            } else if (VALUE_OPTIONS.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = args[++i];
                }
                options.put(name, value);
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return options;
    }

    private RunSettings toSettings(Command command, Map<String, String> o, Path configFile) {
        Path input = Path.of(o.getOrDefault("input", "input"));
        Path output = Path.of(o.getOrDefault("output", "output"));
        YearMonth month = parseMonth(o.get("month"));
        String db = blankToNull(o.get("db"));
        if (command == Command.RUN && !Files.isDirectory(input)) {
            throw new UsageException("input folder " + input + " does not exist or is not a folder");
        }
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = parseInt(o, "threads", 0);
        return new RunSettings(command, input, output, month, configFile,
                db != null ? db : RunSettings.defaultDbUrl(output),
                parseBoolean(o, "fetch"), parseBoolean(o, "force"), parseBoolean(o, "strict"),
                parseInt(o, "skip-limit", 20), threads > 0 ? threads : cores, parseBoolean(o, "json"),
                Math.max(1, parseInt(o, "progress-seconds", 10)), parseHosts(o.get("fetch-allowed-hosts")),
                parseLimits(o));
    }

    private static DocumentLimits parseLimits(Map<String, String> o) {
        try {
            return LimitSettings.from(o::get);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private YearMonth parseMonth(String value) {
        if (blankToNull(value) == null) {
            return currentMonth;
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new UsageException("--month must be YYYY-MM, got '" + value + "'");
        }
    }

    private static int parseInt(Map<String, String> o, String name, int fallback) {
        String value = blankToNull(o.get(name));
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number >= 0, got '" + value + "'");
        }
    }

    private static boolean parseBoolean(Map<String, String> o, String name) {
        String value = blankToNull(o.get(name));
        if (value == null) {
            return false;
        }
        return switch (value.trim().toLowerCase()) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new UsageException("--" + name + " must be true or false, got '" + value + "'");
        };
    }

    private static List<String> parseHosts(String value) {
        if (blankToNull(value) == null) {
            return FetchSettings.DEFAULT_ALLOWED_HOSTS;
        }
        List<String> hosts = new ArrayList<>();
        for (String host : value.split("[,;\\s]+")) {
            if (!host.isBlank()) {
                hosts.add(host.trim().toLowerCase());
            }
        }
        return hosts;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
