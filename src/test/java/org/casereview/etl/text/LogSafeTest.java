package org.casereview.etl.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSafeTest {

    @Test
    void newlinesAndOtherControlCharactersAreEscaped() {
        assertThat(LogSafe.text("a\nb\r\tc\u0000d\u001be")).isEqualTo("a\\nb\\r\\tc\\u0000d\\u001be");
    }

    @Test
    void lineSeparatorsAndBidiOverridesAreEscaped() {
        assertThat(LogSafe.text("x\u2028y\u2029z\u202eevil\u2066")).isEqualTo("x\\u2028y\\u2029z\\u202eevil\\u2066");
    }

    @Test
    void ordinaryTextIsKeptAsItIs() {
        String text = "Ashdown_CSPR_Child_Q (1).pdf – Señor’s report";
        assertThat(LogSafe.text(text)).isSameAs(text);
        assertThat(LogSafe.text(null)).isNull();
    }
}
