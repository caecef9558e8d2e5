package org.casereview.etl.store;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** A real H2 file database in a test folder, with the job's Flyway migrations run on it. */
final class TestDatabase {

    private TestDatabase() {
    }

    static NamedParameterJdbcTemplate in(Path dir) {
        DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:file:" + dir.resolve("casereviews").toAbsolutePath(), "sa", "");
        migrate(dataSource, "h2");
        return new NamedParameterJdbcTemplate(dataSource);
    }

    /** The job's migrations as the application runs them ({@code vendor}: h2 or postgresql). */
    static void migrate(DataSource dataSource, String vendor) {
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .baselineOnMigrate(true).baselineVersion("0")
                .load().migrate();
    }

    static int count(NamedParameterJdbcTemplate jdbc, String sql) {
        return jdbc.getJdbcTemplate().queryForObject(sql, Integer.class);
    }
}
