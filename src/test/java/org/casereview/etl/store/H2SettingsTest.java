package org.casereview.etl.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.casereview.etl.CaseReviewEtl;

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

    /**
     * H2 reads its object cache setting once, as its first class loads: a JVM whose first act is the command line's
     * (as {@code main} does) reads texts without it. In a JVM of its own, as the one a test shares may have loaded H2.
     */
    @Test
    void aJvmStartedByTheCommandLineReadsTextsWithoutTheObjectCache() throws IOException, InterruptedException {
        Process probe = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ObjectCacheProbe.class.getName()))
                .redirectErrorStream(true).start();
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip())
                .isEqualTo("objectCache=false");
    }

    /** Runs the command line (a usage error: nothing opened), then says what H2 read. */
    static final class ObjectCacheProbe {
        public static void main(String[] args) {
            System.err.close();
            CaseReviewEtl.execute("no-such-command");
            System.out.println("objectCache=" + org.h2.engine.SysProperties.OBJECT_CACHE);
        }
    }

    @Test
    void theObjectCacheIsOffUnlessGivenOnTheCommandLine() {
        String before = System.getProperty(H2Settings.OBJECT_CACHE);
        try {
            System.clearProperty(H2Settings.OBJECT_CACHE);
            H2Settings.applyDefaults();
            assertThat(System.getProperty(H2Settings.OBJECT_CACHE)).isEqualTo("false");
            System.setProperty(H2Settings.OBJECT_CACHE, "true");
            H2Settings.applyDefaults();
            assertThat(System.getProperty(H2Settings.OBJECT_CACHE)).isEqualTo("true");
        } finally {
            if (before == null) {
                System.clearProperty(H2Settings.OBJECT_CACHE);
            } else {
                System.setProperty(H2Settings.OBJECT_CACHE, before);
            }
        }
    }
}
