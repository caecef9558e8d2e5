package org.casereview.etl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.casereview.etl.cli.CommandLineParser;
import org.casereview.etl.cli.RunSettings;
import org.casereview.etl.cli.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpringArgumentsTest {

    private static final List<String> DEFAULT_LIMITS = List.of("--casereview.limits.max-file-mb=100",
            "--casereview.limits.max-pages=1000", "--casereview.limits.max-expanded-mb=200",
            "--casereview.limits.max-zip-entries=10000", "--casereview.limits.max-page-chars=50000",
            "--casereview.limits.max-digest-chars=5000000", "--casereview.limits.document-timeout-seconds=60");

    @TempDir
    Path dir;

    @Test
    void vocabularyFileIsPassedAsAnAbsolutePathProperty() throws IOException {
        Files.writeString(dir.resolve("operator.yml"), "heading-synonyms: {}\n");
        existingDatabase();
        RunSettings s = new CommandLineParser(YearMonth.of(2026, 11)).parse("run", "--input", dir.toString(),
                "--output", dir.resolve("out").toString(), "--vocabulary", dir.resolve("./operator.yml").toString());
        assertThat(CaseReviewEtl.springArguments(s, Map.of(), false)).containsExactly(Stream.concat(Stream.of(
                "--spring.datasource.url=jdbc:h2:file:" + dir.toAbsolutePath().resolve("out/casereviews") + ";WRITE_DELAY=0",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--casereview.vocabulary=" + dir.toAbsolutePath().resolve("operator.yml")), DEFAULT_LIMITS.stream())
                .toArray(String[]::new));
    }

    @Test
    void withoutVocabularyOnlyTheDatabaseAndTheLimitsArePassed() {
        RunSettings s = new CommandLineParser(YearMonth.of(2026, 11)).parse("status", "--db", "jdbc:h2:mem:x");
        assertThat(CaseReviewEtl.springArguments(s, Map.of("SPRING_DATASOURCE_USERNAME", "etl",
                "SPRING_DATASOURCE_PASSWORD", "secret"), false)).containsExactly(Stream.concat(
                Stream.of("--spring.datasource.url=jdbc:h2:mem:x"), DEFAULT_LIMITS.stream()).toArray(String[]::new));
    }

    @Test
    void limitsGivenOnTheCommandLineArePassedAsSpringProperties() {
        RunSettings s = new CommandLineParser(YearMonth.of(2026, 11)).parse("status", "--db", "jdbc:h2:mem:x",
                "--max-pages", "40", "--document-timeout-seconds", "5");
        assertThat(CaseReviewEtl.springArguments(s, Map.of(), false)).contains(
                "--casereview.limits.max-pages=40", "--casereview.limits.document-timeout-seconds=5",
                "--casereview.limits.max-file-mb=100");
    }

    @Test
    void aNetworkDatabaseNeedsCredentialsFromTheEnvironment() {
        RunSettings s = new CommandLineParser(YearMonth.of(2026, 11)).parse("status", "--db", "jdbc:h2:tcp://db.example/x");
        assertThatThrownBy(() -> CaseReviewEtl.springArguments(s, Map.of("SPRING_DATASOURCE_USERNAME", "etl"), false))
                .isInstanceOf(UsageException.class).hasMessageContaining("SPRING_DATASOURCE_PASSWORD")
                .hasMessageContaining("no default credentials");
        assertThat(CaseReviewEtl.springArguments(s, Map.of("SPRING_DATASOURCE_USERNAME", "etl",
                "SPRING_DATASOURCE_PASSWORD", "secret"), false)).containsExactly(Stream.concat(
                Stream.of("--spring.datasource.url=jdbc:h2:tcp://db.example/x"), DEFAULT_LIMITS.stream()).toArray(String[]::new));
    }

    @Test
    void aRunThatLikelyChangesNothingOpensItsDefaultDatabaseWithoutCompactionAtClose() throws IOException {
        existingDatabase();
        RunSettings s = new CommandLineParser(YearMonth.of(2026, 11)).parse("run", "--input", dir.toString(),
                "--output", dir.resolve("out").toString());
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("out/casereviews") + ";WRITE_DELAY=0";
        assertThat(CaseReviewEtl.springArguments(s, Map.of(), true)).first()
                .isEqualTo("--spring.datasource.url=" + url + ";MAX_COMPACT_TIME=0");
        assertThat(CaseReviewEtl.springArguments(s, Map.of(), false)).first()
                .isEqualTo("--spring.datasource.url=" + url);
    }

    @Test
    void aRunThatCreatesItsDefaultDatabaseOpensItWithoutCompactionAtClose() throws IOException {
        RunSettings s = new CommandLineParser(YearMonth.of(2026, 11)).parse("run", "--input", dir.toString(),
                "--output", dir.resolve("out").toString());
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("out/casereviews") + ";WRITE_DELAY=0";
        assertThat(CaseReviewEtl.springArguments(s, Map.of(), false)).first()
                .isEqualTo("--spring.datasource.url=" + url + ";MAX_COMPACT_TIME=0");
        existingDatabase();
        assertThat(CaseReviewEtl.springArguments(s, Map.of(), false)).first()
                .isEqualTo("--spring.datasource.url=" + url);
    }

    private void existingDatabase() throws IOException {
        Files.createDirectories(dir.resolve("out"));
        Files.writeString(dir.resolve("out/casereviews.mv.db"), "");
    }

    @Test
    void aDatabaseGivenByTheOperatorKeepsItsUrlAsGiven() {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db/x") + ";MAX_COMPACT_TIME=500";
        RunSettings s = new CommandLineParser(YearMonth.of(2026, 11)).parse("run", "--input", dir.toString(),
                "--output", dir.resolve("out").toString(), "--db", url);
        assertThat(CaseReviewEtl.springArguments(s, Map.of(), true)).first()
                .isEqualTo("--spring.datasource.url=" + url);
    }
}
