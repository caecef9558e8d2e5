package org.casereview.etl.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of the command line, as picocli reads them. A job-config file sets the same
 * names without the dashes (it supplies the default values, so the command line wins).
 * A new option is one field here, one in {@link RunSettings} and a line in {@link Usage}.
 */
@Command(name = "casereview-etl")
final class Options {

    @Parameters(index = "0", arity = "0..1", defaultValue = "run", paramLabel = "<command>")
    String command;

    @Option(names = "--input", defaultValue = "input", paramLabel = "DIR")
    Path input;

    @Option(names = "--output", defaultValue = "output", paramLabel = "DIR")
    Path output;

    @Option(names = "--month", converter = MonthConverter.class, paramLabel = "YYYY-MM")
    YearMonth month;

    @Option(names = "--config", paramLabel = "FILE")
    Path config;

    @Option(names = "--db", paramLabel = "JDBC_URL")
    String db;

    @Option(names = "--vocabulary", paramLabel = "FILE")
    Path vocabulary;

    @Option(names = "--fetch", arity = "0..1", fallbackValue = "true", converter = Flag.class)
    boolean fetch;

    /** Empty = FetchSettings.DEFAULT_ALLOWED_HOSTS. */
    @Option(names = "--fetch-allowed-hosts", split = "[,;\\s]+", paramLabel = "H")
    List<String> fetchAllowedHosts;

    @Option(names = "--force", arity = "0..1", fallbackValue = "true", converter = Flag.class)
    boolean force;

    @Option(names = "--strict", arity = "0..1", fallbackValue = "true", converter = Flag.class)
    boolean strict;

    @Option(names = "--skip-limit", defaultValue = "20", converter = WholeNumber.class, paramLabel = "N")
    int skipLimit;

    /** 0 = one per core. */
    @Option(names = "--threads", defaultValue = "0", converter = WholeNumber.class, paramLabel = "N")
    int threads;

    @Option(names = "--progress-seconds", defaultValue = "10", converter = WholeNumber.class, paramLabel = "N")
    int progressSeconds;

    @Option(names = "--json", arity = "0..1", fallbackValue = "true", converter = Flag.class)
    boolean json;

    static final class WholeNumber implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value.trim());
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("must be a whole number >= 0, got '" + value + "'");
        }
    }

    /** A flag given a value ({@code --fetch=false}, {@code fetch: no} in a job-config file). */
    static final class Flag implements ITypeConverter<Boolean> {
        @Override
        public Boolean convert(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> true;
                case "false", "no", "off" -> false;
                default -> throw new TypeConversionException("must be true or false, got '" + value + "'");
            };
        }
    }

    static final class MonthConverter implements ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            try {
                return YearMonth.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("must be YYYY-MM, got '" + value + "'");
            }
        }
    }
}
