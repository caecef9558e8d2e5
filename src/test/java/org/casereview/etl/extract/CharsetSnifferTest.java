package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CharsetSnifferTest {

    private static final String TEXT = "NSPCC Repository \u2013 May 2019\n\n1. Child A: Serious case review\n\nNeglect of a boy.\n";

    @Nested
    class Utf16WithoutByteOrderMark {

        @Test
        void littleEndian() {
            assertThat(detect(TEXT.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(StandardCharsets.UTF_16LE);
        }

        @Test
        void bigEndian() {
            assertThat(detect(TEXT.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(StandardCharsets.UTF_16BE);
        }

        @Test
        void plainUtf8IsNotTakenForUtf16() {
            assertThat(detect(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
        }
    }

    private static Charset detect(byte[] bytes) {
        CharsetSniffer.Detected detected = CharsetSniffer.detect(bytes);
        assertThat(detected.bomLength()).isZero();
        return detected.charset();
    }
}
