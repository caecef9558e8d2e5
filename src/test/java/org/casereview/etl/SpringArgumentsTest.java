package org.casereview.etl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

import org.casereview.etl.cli.CommandLineParser;
import org.casereview.etl.cli.RunSettings;
import org.casereview.etl.cli.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpringArgumentsTest {

    @TempDir
    Path dir;

    @Test
    void vocabularyFileIsPassedAsAnAbsolutePathProperty() throws IOException {
        Files.writeString(dir.resolve("operator.yml"), "heading-synonyms: {}\n");
        RunSettings s = new CommandLineParser(YearMonth.of(2026, 11)).parse("run", "--input", dir.toString(),
                "--output", dir.resolve("out").toString(), "--vocabulary", dir.resolve("./operator.yml").toString());
        assertThat(CaseReviewEtl.springArguments(s, Map.of())).containsExactly(
                "--spring.datasource.url=jdbc:h2:file:" + dir.toAbsolutePath().resolve("out/casereviews") + ";WRITE_DELAY=0",
                "--spring.datasource.username=sa", "--spring.datasource.password=",
                "--casereview.vocabulary=" + dir.toAbsolutePath().resolve("operator.yml"));
    }

    @Test
    void withoutVocabularyOnlyTheDatabaseIsPassed() {
        RunSettings s = new CommandLineParser(YearMonth.of(2026, 11)).parse("status", "--db", "jdbc:h2:mem:x");
        assertThat(CaseReviewEtl.springArguments(s, Map.of("SPRING_DATASOURCE_USERNAME", "etl",
                "SPRING_DATASOURCE_PASSWORD", "secret"))).containsExactly("--spring.datasource.url=jdbc:h2:mem:x");
    }

    @Test
    void aNetworkDatabaseNeedsCredentialsFromTheEnvironment() {
        RunSettings s = new CommandLineParser(YearMonth.of(2026, 11)).parse("status", "--db", "jdbc:h2:tcp://db.example/x");
        assertThatThrownBy(() -> CaseReviewEtl.springArguments(s, Map.of("SPRING_DATASOURCE_USERNAME", "etl")))
                .isInstanceOf(UsageException.class).hasMessageContaining("SPRING_DATASOURCE_PASSWORD")
                .hasMessageContaining("no default credentials");
        assertThat(CaseReviewEtl.springArguments(s, Map.of("SPRING_DATASOURCE_USERNAME", "etl",
                "SPRING_DATASOURCE_PASSWORD", "secret"))).containsExactly("--spring.datasource.url=jdbc:h2:tcp://db.example/x");
    }
}
