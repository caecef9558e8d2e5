package org.casereview.etl.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casereview.etl.store.TestDatabase.count;

import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.TestPostgres;
import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.DocumentStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The stores on a real PostgreSQL server, in a schema of their own, migrated as the job migrates it. */
class PostgreSqlStoresTest {

    @TempDir
    Path dir;
    TestPostgres.Schema schema;
    NamedParameterJdbcTemplate jdbc;
    SqlDialect dialect;

    @BeforeEach
    void migrateANewSchema() {
        schema = TestPostgres.server().newSchema("stores");
        TestDatabase.migrate(schema.dataSource(), "postgresql");
        jdbc = new NamedParameterJdbcTemplate(schema.dataSource());
        dialect = SqlDialect.of(schema.dataSource());
    }

    @AfterEach
    void dropTheSchema() {
        if (schema != null) {
            schema.close();
        }
    }

    @Test
    void theDatabaseIsPostgreSqlAndItsDialectUpserts() {
        assertThat(dialect).isInstanceOf(PostgreSqlDialect.class);
        DocumentStore store = new DocumentStore(jdbc, dialect);
        store.saveDocument(DocumentStoreTest.report("a.pdf", DocumentStatus.PENDING), "2026-11", dir.resolve("a.pdf"));
        store.saveDocument(DocumentStoreTest.report("a.pdf", DocumentStatus.REJECTED)
                .withStatus(DocumentStatus.REJECTED, "corrupt"), "2026-11", dir.resolve("a.pdf"));
        assertThat(count(jdbc, "SELECT COUNT(*) FROM source_document")).isEqualTo(1);
        assertThat(store.document("2026-11", "a.pdf")).get()
                .extracting(DocumentRow::status, DocumentRow::reasonCode)
                .containsExactly(DocumentStatus.REJECTED, "corrupt");
    }

    @Test
    void aNullParameterBesideAColumnIsTyped() {
        DocumentStore store = new DocumentStore(jdbc, dialect);
        store.saveDocument(DocumentStoreTest.report("c.pdf", DocumentStatus.PENDING), "2026-11", dir.resolve("c.pdf"));
        store.updateStatus("2026-11", "c.pdf", DocumentStatus.LOADED, null, 12);
        store.updateStatus("2026-11", "c.pdf", DocumentStatus.REJECTED, "timeout", null);
        assertThat(store.document("2026-11", "c.pdf").orElseThrow().pages()).isEqualTo(12);
    }

    @Test
    void storingAReviewTwiceLeavesOneRowAndOneSetOfSectionsItemsAndCodes() {
        ReviewStore store = new ReviewStore(jdbc, dialect);
        store.replaceReviews(List.of(ReviewStoreTest.digestReview("2026-11-child-v", 1)), "2026-11");
        store.replaceReviews(List.of(ReviewStoreTest.digestReview("2026-11-child-v", 1)), "2026-11");
        assertThat(count(jdbc, "SELECT COUNT(*) FROM review")).isEqualTo(1);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM review_section")).isEqualTo(2);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM review_item")).isEqualTo(3);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM review_code")).isEqualTo(2);
        assertThat(store.reviews("2026-11")).singleElement()
                .isEqualTo(ReviewStoreTest.digestReview("2026-11-child-v", 1).row());
    }

    /** The test server sorts text by ICU en-US rules; the job's columns sort by code point, as in H2. */
    @Test
    void fileNamesSortByCodePointAsInH2() {
        List<String> names = List.of("b.pdf", "B.pdf", "a_c.pdf", "a-b.pdf");
        List<String> expected = List.of("B.pdf", "a-b.pdf", "a_c.pdf", "b.pdf");
        assertThat(savedInOrder(new DocumentStore(jdbc, dialect), names)).isEqualTo(expected);
        NamedParameterJdbcTemplate h2 = TestDatabase.in(dir);
        assertThat(savedInOrder(new DocumentStore(h2, new H2Dialect()), names)).isEqualTo(expected);
    }

    @Test
    void migratingAgainChangesNothing() {
        new DocumentStore(jdbc, dialect).saveDocument(DocumentStoreTest.report("a.pdf", DocumentStatus.PENDING),
                "2026-11", dir.resolve("a.pdf"));
        int applied = count(jdbc, "SELECT COUNT(*) FROM flyway_schema_history WHERE success");
        TestDatabase.migrate(schema.dataSource(), "postgresql");
        assertThat(count(jdbc, "SELECT COUNT(*) FROM source_document")).isEqualTo(1);
        assertThat(applied).as("V1 and later migrations applied once").isGreaterThanOrEqualTo(2);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM flyway_schema_history WHERE success")).isEqualTo(applied);
    }

    private List<String> savedInOrder(DocumentStore store, List<String> names) {
        names.forEach(n -> store.saveDocument(DocumentStoreTest.report(n, DocumentStatus.PENDING), "2026-11",
                dir.resolve(n)));
        return store.documents("2026-11", "report").stream().map(DocumentRow::sourceFile).toList();
    }
}
