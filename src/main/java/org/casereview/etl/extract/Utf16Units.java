package org.casereview.etl.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * UTF-16 text decoded one code unit at a time: a surrogate without its pair becomes one U+FFFD and the character after
 * it stays. The JDK's decoder takes a high surrogate and the unit after it as one malformed sequence, so a lone
 * surrogate before a letter lost the letter ('Child S\uD800;' read as 'Child S\uFFFD').
 */
final class Utf16Units {

    private static final char REPLACEMENT = '\uFFFD';

    private Utf16Units() {
    }

    static boolean decodes(Charset charset) {
        return charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
    }

    /** The bytes from {@code from} to the end as UTF-16 in the byte order of {@code charset}; an odd last byte is one U+FFFD. */
    static String decode(byte[] bytes, int from, Charset charset) {
        boolean little = charset.equals(StandardCharsets.UTF_16LE);
        int units = (bytes.length - from) / 2;
        boolean odd = (bytes.length - from) % 2 != 0;
        char[] chars = new char[units + (odd ? 1 : 0)];
        for (int i = 0; i < units; i++) {
            int first = bytes[from + 2 * i] & 0xff;
            int second = bytes[from + 2 * i + 1] & 0xff;
            chars[i] = (char) (little ? second << 8 | first : first << 8 | second);
        }
        if (odd) {
            chars[units] = REPLACEMENT;
        }
        replaceUnpaired(chars, units);
        return new String(chars);
    }

    private static void replaceUnpaired(char[] chars, int units) {
        for (int i = 0; i < units; i++) {
            if (Character.isHighSurrogate(chars[i]) && i + 1 < units && Character.isLowSurrogate(chars[i + 1])) {
                i++;
            } else if (Character.isSurrogate(chars[i])) {
                chars[i] = REPLACEMENT;
            }
        }
    }
}
