package org.casereview.etl.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * Finds the charset of a plain-text file: byte order mark, UTF-16 by its NUL bytes, strict UTF-8, then Tika's statistical
 * detector, a DOS code page's letters overruling its single-byte guess ({@link OemCodePage}), and MacRoman's typographic marks
 * overruling both ({@link MacRomanText}).
 */
final class CharsetSniffer {

    private CharsetSniffer() {
    }

    /** The charset and the number of leading BOM bytes to skip. */
    record Detected(Charset charset, int bomLength) {
    }

    static Detected detect(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        // before UTF-8: ASCII text in UTF-16 is valid UTF-8 too, with a NUL after or before every letter
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new Detected(utf16, 0);
        }
        if (isStrictUtf8(bytes)) {
            return new Detected(StandardCharsets.UTF_8, 0);
        }
        return new Detected(MacRomanText.orMacRoman(bytes, OemCodePage.orOem(bytes, statistical(bytes))), 0);
    }

    private static Charset statistical(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        String name = match == null ? "windows-1252" : match.getName();
        // ISO-8859-1 and windows-1252 share all printable Latin-1 letters; 1252 also gives
        // curly quotes and dashes in 0x80-0x9F, where ISO-8859-1 has only control codes.
        if (name.toUpperCase(Locale.ROOT).startsWith("ISO-8859-1") || name.equalsIgnoreCase("US-ASCII")) {
            name = "windows-1252";
        }
        return Charset.isSupported(name) ? Charset.forName(name) : Charset.forName("windows-1252");
    }

    /**
     * UTF-16 saved without a byte order mark: in Latin-script text most characters have a zero high
     * byte, so most bytes on one side (odd positions for little-endian) are NUL and almost none on the other.
     */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int pairs = Math.min(bytes.length, 4096) / 2;
        if (pairs < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros >= 0.6 * pairs && evenZeros <= 0.05 * pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros >= 0.6 * pairs && oddZeros <= 0.05 * pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean isStrictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
