package org.casereview.etl.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SqlDialectTest {

    private static final List<String> COLUMNS = List.of("review_id", "field", "code", "evidence");
    private static final List<String> KEY = List.of("review_id", "field", "code");

    @Test
    void h2MergesOnTheKey() {
        assertThat(new H2Dialect().upsert("review_code", COLUMNS, KEY)).isEqualTo(
                "MERGE INTO review_code (review_id, field, code, evidence) KEY (review_id, field, code)"
                        + " VALUES (:review_id, :field, :code, :evidence)");
    }

    @Test
    void postgreSqlUpdatesTheNonKeyColumnsOnConflict() {
        assertThat(new PostgreSqlDialect().upsert("review_code", COLUMNS, KEY)).isEqualTo(
                "INSERT INTO review_code (review_id, field, code, evidence) VALUES (:review_id, :field, :code, :evidence)"
                        + " ON CONFLICT (review_id, field, code) DO UPDATE SET evidence = EXCLUDED.evidence");
    }

    @Test
    void postgreSqlWithOnlyKeyColumnsDoesNothingOnConflict() {
        assertThat(new PostgreSqlDialect().upsert("t", List.of("a"), List.of("a")))
                .endsWith("ON CONFLICT (a) DO NOTHING");
    }

    @Test
    void theDialectFollowsTheDatabaseProduct() {
        assertThat(SqlDialect.forProduct("H2")).isInstanceOf(H2Dialect.class);
        assertThat(SqlDialect.forProduct("PostgreSQL")).isInstanceOf(PostgreSqlDialect.class);
        assertThatThrownBy(() -> SqlDialect.forProduct("Oracle")).hasMessageContaining("unsupported database Oracle");
    }
}
