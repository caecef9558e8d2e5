package org.casereview.etl.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LimitSettingsTest {

    @Test
    void missingOptionsKeepTheDefaults() {
        assertThat(LimitSettings.from(key -> null)).isEqualTo(DocumentLimits.DEFAULTS);
    }

    @Test
    void givenOptionsReplaceTheirDefault() {
        Map<String, String> given = Map.of("max-pages", "40", "max-file-mb", "2", "document-timeout-seconds", "5");
        DocumentLimits limits = LimitSettings.from(given::get);
        assertThat(limits.maxPages()).isEqualTo(40);
        assertThat(limits.maxFileBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(limits.timePerDocument()).isEqualTo(Duration.ofSeconds(5));
        assertThat(limits.maxZipEntries()).isEqualTo(DocumentLimits.DEFAULTS.maxZipEntries());
    }

    @Test
    void theSpringArgumentsReadBackAsTheSameLimits() {
        DocumentLimits limits = LimitSettings.from(Map.of("max-page-chars", "1234", "max-expanded-mb", "9")::get);
        Map<String, String> properties = new java.util.HashMap<>();
        for (String argument : LimitSettings.springArguments(limits)) {
            String[] pair = argument.substring(2 + LimitSettings.PROPERTY_PREFIX.length()).split("=");
            properties.put(pair[0], pair[1]);
        }
        assertThat(LimitSettings.from(properties::get)).isEqualTo(limits);
    }

    @Test
    void aValueThatIsNoPositiveNumberNamesTheOption() {
        assertThatThrownBy(() -> LimitSettings.from(Map.of("max-pages", "0")::get))
                .hasMessage("--max-pages must be a whole number from 1 to 2147483647, got '0'");
        assertThatThrownBy(() -> LimitSettings.from(Map.of("max-zip-entries", "many")::get))
                .hasMessageStartingWith("--max-zip-entries must be a whole number");
    }
}
