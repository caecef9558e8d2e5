package org.casereview.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.casereview.etl.guard.DocumentLimits;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineParserTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);

    @TempDir
    Path dir;

    private RunSettings parse(String... args) {
        return new CommandLineParser(NOW).parse(args);
    }

    @Nested
    class Defaults {
        @Test
        void runWithoutOptionsUsesInputOutputAndThisMonth() throws IOException {
            Files.createDirectories(Path.of("input"));
            RunSettings s = parse("run");
            assertThat(s.command()).isEqualTo(Command.RUN);
            assertThat(s.input()).isEqualTo(Path.of("input"));
            assertThat(s.output()).isEqualTo(Path.of("output"));
            assertThat(s.month()).isEqualTo(NOW);
            assertThat(s.skipLimit()).isEqualTo(20);
            assertThat(s.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
            assertThat(s.strict()).isFalse();
            assertThat(s.limits()).isEqualTo(DocumentLimits.DEFAULTS);
        }

        @Test
        void databaseIsAnH2FileInTheOutputFolder() {
            RunSettings s = parse("status", "--output", dir.toString());
            assertThat(s.dbUrl()).isEqualTo("jdbc:h2:file:" + dir.toAbsolutePath().resolve("casereviews") + ";WRITE_DELAY=0")
                    .doesNotContain("AUTO_SERVER");
        }
    }

    @Nested
    class Options {
        @Test
        void valuesFlagsAndEqualsForm() {
            RunSettings s = parse("run", "--input", dir.toString(), "--output=" + dir.resolve("out"), "--month", "2021-11",
                    "--force", "--strict", "--skip-limit", "3", "--threads=1", "--db", "jdbc:h2:mem:x");
            assertThat(s.month()).isEqualTo(YearMonth.of(2021, 11));
            assertThat(s.output()).isEqualTo(dir.resolve("out"));
            assertThat(s.force()).isTrue();
            assertThat(s.strict()).isTrue();
            assertThat(s.skipLimit()).isEqualTo(3);
            assertThat(s.threads()).isEqualTo(1);
            assertThat(s.dbUrl()).isEqualTo("jdbc:h2:mem:x");
        }

        @Test
        void limitsPerDocumentOnTheCommandLine() {
            RunSettings s = parse("status", "--max-pages", "40", "--max-file-mb=2", "--document-timeout-seconds", "5");
            assertThat(s.limits().maxPages()).isEqualTo(40);
            assertThat(s.limits().maxFileBytes()).isEqualTo(2L * 1024 * 1024);
            assertThat(s.limits().timePerDocument()).isEqualTo(Duration.ofSeconds(5));
            assertThat(s.limits().maxPageChars()).isEqualTo(DocumentLimits.DEFAULTS.maxPageChars());
        }

        @Test
        void vocabularyFileIsCarriedWhenReadable() throws IOException {
            Path vocabulary = Files.writeString(dir.resolve("operator.yml"), "heading-synonyms: {}\n");
            RunSettings s = parse("run", "--input", dir.toString(), "--vocabulary", vocabulary.toString());
            assertThat(s.vocabulary()).isEqualTo(vocabulary);
            assertThat(parse("run", "--input", dir.toString()).vocabulary()).isNull();
        }

        @Test
        void missingVocabularyFileIsAUsageErrorForRunAndRestart() {
            String absent = dir.resolve("absent.yml").toString();
            assertThatThrownBy(() -> parse("run", "--input", dir.toString(), "--vocabulary", absent))
                    .isInstanceOf(UsageException.class).hasMessageContaining("vocabulary file " + absent + " does not exist");
            assertThatThrownBy(() -> parse("restart", "--vocabulary", dir.toString()))
                    .isInstanceOf(UsageException.class).hasMessageContaining("not a readable file");
        }

        @Test
        void allowedHostsAreSplitOnCommas() {
            RunSettings s = parse("status", "--fetch-allowed-hosts", "a.example, B.example");
            assertThat(s.fetchAllowedHosts()).containsExactly("a.example", "b.example");
        }
    }

    @Nested
    class ConfigFile {
        @Test
        void configSetsOptionsAndTheCommandLineWins() throws IOException {
            Path config = dir.resolve("monthly.yml");
            Files.writeString(config, "input: " + dir + "\nmonth: 2022-03\nskip-limit: 5\nstrict: true\n"
                    + "fetch-allowed-hosts: [one.example, two.example]\n");
            RunSettings s = parse("run", "--config", config.toString(), "--skip-limit", "9");
            assertThat(s.month()).isEqualTo(YearMonth.of(2022, 3));
            assertThat(s.skipLimit()).isEqualTo(9);
            assertThat(s.strict()).isTrue();
            assertThat(s.fetchAllowedHosts()).containsExactly("one.example", "two.example");
            assertThat(s.configFile()).isEqualTo(config);
        }

        @Test
        void everyShippedJobConfigIsValid() throws IOException {
            try (var files = Files.list(Path.of("job-configs"))) {
                List<Path> configs = files.filter(f -> f.toString().endsWith(".yml")).toList();
                assertThat(configs).extracting(f -> f.getFileName().toString())
                        .contains("monthly.yml", "backfill.yml", "fetch.yml");
                for (Path config : configs) {
                    RunSettings s = parse("run", "--config", config.toString(), "--input", "input");
                    assertThat(s.skipLimit()).as(config.toString()).isPositive();
                    assertThat(s.fetchAllowedHosts()).as(config.toString()).contains("learning.nspcc.org.uk");
                }
            }
        }

        @Test
        void unknownKeyInConfigIsRefusedByName() throws IOException {
            Path config = dir.resolve("bad.yml");
            Files.writeString(config, "skiplimit: 5\n");
            assertThatThrownBy(() -> parse("run", "--config", config.toString()))
                    .isInstanceOf(UsageException.class).hasMessageContaining("unknown option 'skiplimit'");
        }

        @Test
        void badValueInConfigNamesTheFileAndTheOption() throws IOException {
            Path config = dir.resolve("bad-value.yml");
            Files.writeString(config, "threads: many\n");
            assertThatThrownBy(() -> parse("status", "--config", config.toString()))
                    .isInstanceOf(UsageException.class).hasMessageContaining("config file " + config)
                    .hasMessageContaining("'--threads'").hasMessageContaining("got 'many'");
        }

        @Test
        void flagsTakeYesAndNoInConfigAndTheCommandLineCanTurnThemOff() throws IOException {
            Path config = dir.resolve("flags.yml");
            Files.writeString(config, "strict: yes\nforce: on\nfetch: false\n");
            RunSettings s = parse("status", "--config", config.toString(), "--force=false");
            assertThat(s.strict()).isTrue();
            assertThat(s.force()).isFalse();
            assertThat(s.fetch()).isFalse();
        }

        @Test
        void vocabularyFromConfigThatDoesNotExistNamesBothFiles() throws IOException {
            Path config = dir.resolve("vocab.yml");
            Files.writeString(config, "input: " + dir + "\nvocabulary: " + dir.resolve("absent.yml") + "\n");
            assertThatThrownBy(() -> parse("run", "--config", config.toString()))
                    .isInstanceOf(UsageException.class).hasMessageContaining("config file " + config)
                    .hasMessageContaining("vocabulary file " + dir.resolve("absent.yml") + " does not exist");
        }

        @Test
        void limitsComeFromTheConfigFileAndTheCommandLineWins() throws IOException {
            Path config = dir.resolve("limits.yml");
            Files.writeString(config, "max-file-mb: 7\nmax-pages: 300\nmax-expanded-mb: 20\nmax-zip-entries: 50\n"
                    + "max-page-chars: 9000\nmax-digest-chars: 80000\ndocument-timeout-seconds: 15\n");
            RunSettings s = parse("status", "--config", config.toString(), "--max-pages", "12");
            assertThat(s.limits()).isEqualTo(new DocumentLimits(7L * 1024 * 1024, 12, 20L * 1024 * 1024, 50, 9000,
                    80000, Duration.ofSeconds(15)));
        }

        @Test
        void badLimitInConfigNamesTheFileAndTheOption() throws IOException {
            Path config = dir.resolve("bad-limit.yml");
            Files.writeString(config, "max-zip-entries: 0\n");
            assertThatThrownBy(() -> parse("status", "--config", config.toString()))
                    .isInstanceOf(UsageException.class).hasMessageContaining("config file " + config)
                    .hasMessageContaining("'--max-zip-entries'")
                    .hasMessageContaining("must be a whole number from 1 to 2147483647, got '0'");
        }

        @Test
        void missingConfigFileIsNamed() {
            assertThatThrownBy(() -> parse("run", "--config", "nope.yml"))
                    .isInstanceOf(UsageException.class).hasMessageContaining("nope.yml does not exist");
        }
    }

    @Nested
    class UsageErrors {
        @Test
        void unknownCommand() {
            assertThatThrownBy(() -> parse("go")).hasMessageContaining("unknown command 'go'");
        }

        @Test
        void unknownOption() {
            assertThatThrownBy(() -> parse("status", "--fast")).hasMessageContaining("Unknown option: '--fast'");
        }

        @Test
        void badMonth() {
            assertThatThrownBy(() -> parse("status", "--month", "11/2021")).hasMessageContaining("'--month'").hasMessageContaining("must be YYYY-MM, got '11/2021'");
        }

        @Test
        void optionWithoutValue() {
            assertThatThrownBy(() -> parse("status", "--output")).hasMessageContaining("Missing required parameter for option '--output'");
        }

        @Test
        void missingInputFolderForRun() {
            assertThatThrownBy(() -> parse("run", "--input", dir.resolve("absent").toString()))
                    .hasMessageContaining("does not exist");
        }

        @Test
        void limitThatIsNoPositiveNumberNamesTheOption() {
            assertThatThrownBy(() -> parse("status", "--document-timeout-seconds", "soon"))
                    .isInstanceOf(UsageException.class).hasMessageContaining("'--document-timeout-seconds'")
                    .hasMessageContaining("must be a whole number from 1 to 2147483647, got 'soon'");
            assertThatThrownBy(() -> parse("status", "--max-pages=-5")).hasMessageContaining("'--max-pages'");
        }

        @Test
        void negativeNumber() {
            assertThatThrownBy(() -> parse("status", "--skip-limit", "-1"))
                    .hasMessageContaining("'--skip-limit'").hasMessageContaining("must be a whole number >= 0, got '-1'");
        }
    }

    @Nested
    class Export {
        @Test
        void rangeAndByteOrderMark() {
            RunSettings s = parse("export", "--from", "2021-01", "--to", "2021-12", "--no-bom");
            assertThat(s.command()).isEqualTo(Command.EXPORT);
            assertThat(s.from()).isEqualTo(YearMonth.of(2021, 1));
            assertThat(s.to()).isEqualTo(YearMonth.of(2021, 12));
            assertThat(s.csvBom()).isFalse();
            RunSettings open = parse("export");
            assertThat(open.from()).isNull();
            assertThat(open.to()).isNull();
            assertThat(open.csvBom()).isTrue();
        }

        @Test
        void csvBomFalseInAJobConfigAndTheCommandLineCanTurnItBackOn() throws IOException {
            Path config = Files.writeString(dir.resolve("loader.yml"), "csv-bom: false\n");
            assertThat(parse("export", "--config", config.toString()).csvBom()).isFalse();
            assertThat(parse("export", "--config", config.toString(), "--csv-bom").csvBom()).isTrue();
        }

        @Test
        void fromAfterToOrABadMonthIsAUsageErrorNamingTheOption() {
            assertThatThrownBy(() -> parse("export", "--from", "2021-12", "--to", "2021-01"))
                    .isInstanceOf(UsageException.class).hasMessageContaining("--from 2021-12 is after --to 2021-01");
            assertThatThrownBy(() -> parse("export", "--to", "12/2021"))
                    .isInstanceOf(UsageException.class).hasMessageContaining("--to");
        }
    }
    /** The usual lines are read without picocli, to the same settings (or the same usage error) as picocli reads them. */
    @Nested
    class PlainReading {
        private Object picocli(String... args) {
            try {
                return new CommandLineParser(NOW).parseWithPicocli(args);
            } catch (UsageException e) {
                return "usage error: " + e.getMessage();
            }
        }

        private Object either(String... args) {
            try {
                return parse(args);
            } catch (UsageException e) {
                return "usage error: " + e.getMessage();
            }
        }

        private List<String[]> plainLines() throws IOException {
            String in = dir.toString();
            String out = dir.resolve("out").toString();
            String vocabulary = Files.writeString(dir.resolve("operator.yml"), "heading-synonyms: {}\n").toString();
            return List.of(new String[] {},
                    new String[] {"status"},
                    new String[] {"run", "--input", in},
                    new String[] {"run", "--input", in, "--output", out, "--month", "2026-11", "--threads", "2"},
                    new String[] {"--month", "2021-11", "status", "--output", out},
                    new String[] {"status", "--db", "jdbc:h2:mem:x", "--skip-limit", "0", "--progress-seconds", "5"},
                    new String[] {"status", "--db=jdbc:h2:file:/tmp/x;WRITE_DELAY=0", "--threads=1"},
                    new String[] {"run", "--input", in, "--vocabulary", vocabulary},
                    new String[] {"export", "--from", "2021-01", "--to", "2021-12", "--no-bom"},
                    new String[] {"export", "--csv-bom=false", "--from=2021-03"},
                    new String[] {"status", "--force", "--strict", "--fetch", "--json"},
                    new String[] {"status", "--force=false", "--strict=yes", "--fetch=off", "--json=on", "--no-bom=no"},
                    new String[] {"status", "--csv-bom", "--output", out},
                    new String[] {"status", "--threads", "2", "--threads", "1"},
                    new String[] {"status", "--max-file-mb", "2", "--max-pages=40", "--max-expanded-mb", "10",
                            "--max-zip-entries", "5", "--max-page-chars", "1000", "--max-digest-chars", "3",
                            "--document-timeout-seconds", "5"},
                    new String[] {"restart", "--vocabulary", in},
                    new String[] {"go"},
                    new String[] {"export", "--from", "2021-12", "--to", "2021-01"},
                    new String[] {"run", "--input", dir.resolve("absent").toString()});
        }

        @Test
        void usualLinesAreReadWithoutPicocliToTheSameSettings() throws IOException {
            for (String[] args : plainLines()) {
                assertThat(PlainCommandLine.read(args)).as(String.join(" ", args)).isPresent();
                assertThat(either(args)).as(String.join(" ", args)).isEqualTo(picocli(args));
            }
        }

        @Test
        void everyOtherLineIsLeftToPicocli() {
            List<String[]> lines = List.of(new String[] {"status", "--force", "run"},
                    new String[] {"status", "--output"},
                    new String[] {"status", "--output="},
                    new String[] {"status", "--output", "--force"},
                    new String[] {"status", "--fast"},
                    new String[] {"status", "--month", "11/2021"},
                    new String[] {"status", "--skip-limit", "-1"},
                    new String[] {"status", "--max-pages=-5"},
                    new String[] {"status", "--document-timeout-seconds", "soon"},
                    new String[] {"status", "--force=maybe"},
                    new String[] {"status", "--fetch-allowed-hosts", "a.example, B.example"},
                    new String[] {"run", "--config", "job-configs/monthly.yml", "--input", "input"},
                    new String[] {"status", "extra"},
                    new String[] {"status", "--", "--output"},
                    new String[] {"status", "-x"});
            for (String[] args : lines) {
                assertThat(PlainCommandLine.read(args)).as(String.join(" ", args)).isEmpty();
                assertThat(either(args)).as(String.join(" ", args)).isEqualTo(picocli(args));
            }
        }

        @Test
        void everyOptionIsOnAPlainLineOrLeftToPicocli() throws IOException {
            List<String> onLines = plainLines().stream().flatMap(java.util.Arrays::stream)
                    .filter(a -> a.startsWith("--")).map(a -> a.split("=", 2)[0]).toList();
            List<String> names = new picocli.CommandLine(new org.casereview.etl.cli.Options()).getCommandSpec().options()
                    .stream().map(o -> o.longestName()).toList();
            assertThat(names).allMatch(n -> onLines.contains(n) || n.equals("--config") || n.equals("--fetch-allowed-hosts"));
        }
    }
}
