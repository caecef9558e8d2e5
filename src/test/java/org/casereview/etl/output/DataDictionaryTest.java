package org.casereview.etl.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;

import org.h2.tools.RunScript;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/DATA-DICTIONARY.md is what DataDictionary writes from the schema (run into a fresh H2
 * database), db/columns.yml and the vocabulary. Regenerate with
 * {@code mvn -q test -Dtest=DataDictionaryTest -Dcasereview.writeDictionary=true}.
 */
class DataDictionaryTest {

    static final Path COMMITTED = Path.of("docs/DATA-DICTIONARY.md");
    static Map<String, List<DataDictionary.Column>> database;
    static final DataDictionary dictionary = DataDictionary.standard();

    @BeforeAll
    static void schemaInAFreshDatabase() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:dictionary;DB_CLOSE_DELAY=-1", "sa", "");
             Reader schema = new InputStreamReader(DataDictionaryTest.class.getResourceAsStream("/db/casereview-schema.sql"),
                     StandardCharsets.UTF_8)) {
            RunScript.execute(db, schema);
            database = DataDictionary.columns(db);
        }
    }

    @Test
    void everyTableAndColumnOfTheDatabaseHasAMeaning() {
        assertThat(database).containsKeys("review", "review_item", "item_theme", "source_document", "reject");
        assertThat(dictionary.undescribed(database)).isEmpty();
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
