package org.casereview.etl.store;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** A real H2 file database in a test folder, with the job's schema script run on it. */
final class TestDatabase {

    private TestDatabase() {
    }

    static NamedParameterJdbcTemplate in(Path dir) {
        DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:file:" + dir.resolve("casereviews").toAbsolutePath(), "sa", "");
        new ResourceDatabasePopulator(new ClassPathResource("db/casereview-schema.sql")).execute(dataSource);
        return new NamedParameterJdbcTemplate(dataSource);
    }

    static int count(NamedParameterJdbcTemplate jdbc, String sql) {
        return jdbc.getJdbcTemplate().queryForObject(sql, Integer.class);
    }
}
