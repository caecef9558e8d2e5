package org.casereview.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

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
        void negativeNumber() {
            assertThatThrownBy(() -> parse("status", "--skip-limit", "-1"))
                    .hasMessageContaining("'--skip-limit'").hasMessageContaining("must be a whole number >= 0, got '-1'");
        }
    }
}
