package org.casereview.etl.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/DATA-DICTIONARY.md is what DataDictionary writes from the schema (the Flyway migrations run into a fresh H2
 * database), db/columns.yml and the vocabulary. Regenerate with
 * {@code mvn -q test -Dtest=DataDictionaryTest -Dcasereview.writeDictionary=true}.
 */
class DataDictionaryTest {

    static final Path COMMITTED = Path.of("docs/DATA-DICTIONARY.md");
    static Map<String, List<DataDictionary.Column>> database;
    static final DataDictionary dictionary = DataDictionary.standard();

    @BeforeAll
    static void schemaInAFreshDatabase() throws Exception {
        String url = "jdbc:h2:mem:dictionary;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load().migrate();
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            // Flyway's own bookkeeping is not a table of the data model
            db.createStatement().execute("DROP TABLE \"flyway_schema_history\"");
            database = DataDictionary.columns(db);
        }
    }

    @Test
    void everyTableAndColumnOfTheDatabaseHasAMeaning() {
        assertThat(database).containsKeys("review", "review_item", "item_theme", "source_document", "reject");
        assertThat(dictionary.undescribed(database)).isEmpty();
    }

    @Test
    void everyColumnOfTheExportOnlyFilesHasAMeaning() {
        assertThat(dictionary.undescribedExports()).isEmpty();
        assertThat(dictionary.markdown(database)).contains("## themes_by_year.csv (export only)",
                "| `reviews_with_items` | BIGINT |", "| `theme` | VARCHAR(60) |");
    }

    @Test
    void theCommittedDictionaryIsTheGeneratedOne() throws Exception {
        String generated = dictionary.markdown(database);
        if (Boolean.getBoolean("casereview.writeDictionary")) {
            Files.writeString(COMMITTED, generated);
        }
        assertThat(Files.readString(COMMITTED)).as("docs/DATA-DICTIONARY.md is stale: regenerate it (see README)")
                .isEqualTo(generated);
    }

    @Test
    void codeListsComeFromTheVocabularyAndTheRowModel() {
        String md = dictionary.markdown(database);
        assertThat(md).contains("| `themes` | VARCHAR(1000) |", "child_lived_experience, hard_to_engage_families",
                "| `status` | VARCHAR(20) not null |", "loaded, partial, rejected",
                "child_safeguarding_practice_review, serious_case_review");
    }
}
