package org.casereview.etl.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/** Finds the charset of a plain-text file: byte order mark, then strict UTF-8, then Tika's statistical detector. */
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
        if (isStrictUtf8(bytes)) {
            return new Detected(StandardCharsets.UTF_8, 0);
        }
        return new Detected(statistical(bytes), 0);
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
