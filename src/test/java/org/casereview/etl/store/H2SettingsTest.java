package org.casereview.etl.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2SettingsTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseOpenedAfterTheDefaultsKeepsSixtyFourParsedStatementsPerConnection() {
        H2Settings.applyDefaults();
        String kept = TestDatabase.in(dir).getJdbcTemplate().queryForObject(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_CACHE_SIZE'",
                String.class);
        assertThat(kept).isEqualTo(System.getProperty(H2Settings.QUERY_CACHE_SIZE)).isEqualTo("64");
    }

    @Test
    void aValueGivenOnTheCommandLineWins() {
        String before = System.getProperty(H2Settings.QUERY_CACHE_SIZE);
        try {
            System.setProperty(H2Settings.QUERY_CACHE_SIZE, "32");
            H2Settings.applyDefaults();
            assertThat(System.getProperty(H2Settings.QUERY_CACHE_SIZE)).isEqualTo("32");
        } finally {
            if (before == null) {
                System.clearProperty(H2Settings.QUERY_CACHE_SIZE);
            } else {
                System.setProperty(H2Settings.QUERY_CACHE_SIZE, before);
            }
        }
    }
}
