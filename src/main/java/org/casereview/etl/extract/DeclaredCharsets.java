package org.casereview.etl.extract;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A charset a document declares (a MIME part's 'charset=' parameter), read as browsers and mail programs read it (the
 * WHATWG Encoding Standard): the labels of ISO-8859-1 and US-ASCII mean windows-1252. Its printable range is theirs
 * and more: the bytes 0x80-0x9F, control codes in ISO-8859-1 that no text holds, are its curly quotes and dashes,
 * which mail systems send under an 'iso-8859-1' label (a Windows client's text labelled by its gateway). Any other
 * label is Java's reading of it; an unknown one is none.
 */
final class DeclaredCharsets {

    private static final Set<String> WINDOWS_1252_LABELS = Set.of("iso-8859-1", "iso8859-1", "iso_8859-1", "iso88591",
            "iso_8859-1:1987", "latin1", "l1", "cp819", "ibm819", "iso-ir-100", "csisolatin1", "us-ascii", "ascii",
            "ansi_x3.4-1968", "cp1252", "x-cp1252", "windows-1252");

    private DeclaredCharsets() {
    }

    static Optional<Charset> forLabel(String label) {
        String name = label == null ? "" : label.strip();
        if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1).strip();
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (WINDOWS_1252_LABELS.contains(name.toLowerCase(Locale.ROOT))) {
            return Optional.of(Charset.forName("windows-1252"));
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
