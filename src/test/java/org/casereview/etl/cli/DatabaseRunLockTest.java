package org.casereview.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Optional;

import org.casereview.etl.TestPostgres;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DatabaseRunLockTest {

    @Test
    void onlyPostgreSqlUrlsTakeTheDatabaseLock() {
        assertThat(DatabaseRunLock.appliesTo("jdbc:postgresql://db.example:5432/warehouse?currentSchema=cr")).isTrue();
        assertThat(DatabaseRunLock.appliesTo("jdbc:h2:file:output/casereviews")).isFalse();
        assertThat(DatabaseRunLock.appliesTo("jdbc:h2:tcp://db/casereviews")).isFalse();
    }

    @Test
    void theKeyIsTheSameOnEveryMachineAndDiffersBySchema() {
        assertThat(DatabaseRunLock.keyFor("public")).isEqualTo(DatabaseRunLock.keyFor("public"))
                .isNotEqualTo(DatabaseRunLock.keyFor("casereview"));
    }

    /** Two holders in one JVM are two sessions on the server, as two machines would be. */
    @Nested
    class OnAServer {
        private final TestPostgres server = TestPostgres.server();

        private Optional<DatabaseRunLock> take(TestPostgres.Schema schema) throws SQLException {
            return DatabaseRunLock.tryAcquire(schema.url(), server.user(), server.password());
        }

        @Test
        void secondHolderOfASchemaIsRefusedUntilTheFirstLetsGo() throws SQLException {
            try (TestPostgres.Schema schema = server.newSchema("lock")) {
                Optional<DatabaseRunLock> first = take(schema);
                assertThat(first).isPresent();
                assertThat(first.get().schema()).isEqualTo(schema.name());
                assertThat(take(schema)).isEmpty();
                first.get().close();
                Optional<DatabaseRunLock> again = take(schema);
                assertThat(again).isPresent();
                again.get().close();
            }
        }

        @Test
        void runsInOtherSchemasOfTheDatabaseGoOn() throws SQLException {
            try (TestPostgres.Schema a = server.newSchema("lock_a"); TestPostgres.Schema b = server.newSchema("lock_b")) {
                Optional<DatabaseRunLock> first = take(a);
                assertThat(first).isPresent();
                Optional<DatabaseRunLock> other = take(b);
                assertThat(other).isPresent();
                other.get().close();
                first.get().close();
            }
        }
    }
}
