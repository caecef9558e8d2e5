package org.casereview.etl.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The type a file name claims by its extension. The type of a file is always its content's; a
 * file whose name claims another kind of document than its content is (a web page or an image
 * saved as {@code .pdf}) is not loaded, since neither reading is safe to trust.
 */
final class NamedType {

    private static final Set<String> WORD = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-word.document.macroenabled.12", "application/msword");
    /** Word saves a 'Rich Text Format' document under .doc as readily as under .rtf. */
    private static final Predicate<String> RTF = "application/rtf"::equals;
    private static final Predicate<String> TEXT = type -> type.startsWith("text/") || type.equals("application/xhtml+xml");
    /** A saved e-mail is text too: its headers, then its body (often saved as .txt). */
    /** A web page saved as one file (MHTML) is a MIME message too. */
    private static final String RELATED = "multipart/related";
    /**
     * A message saved with its mailbox's 'From sender date' envelope line (mail clients and mbox tools keep it) is
     * typed as a mailbox by its content, and is a saved e-mail all the same.
     */
    private static final String MBOX = "application/mbox";
    private static final Predicate<String> MAIL = type -> type.equals("message/rfc822") || type.equals(RELATED)
            || type.equals(MBOX);
    private static final Map<String, Predicate<String>> CLAIMS = Map.ofEntries(
            Map.entry("pdf", "application/pdf"::equals),
            Map.entry("docx", WORD::contains),
            Map.entry("docm", WORD::contains),
            Map.entry("doc", RTF.or(WORD::contains)),
            Map.entry("rtf", RTF),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"::equals),
            Map.entry("fodt", "application/vnd.oasis.opendocument.flat.text"::equals),
            Map.entry("html", TEXT),
            Map.entry("htm", TEXT),
            Map.entry("xhtml", TEXT),
            Map.entry("txt", TEXT.or(MAIL)),
            Map.entry("eml", MAIL),
            Map.entry("mht", MAIL),
            Map.entry("mhtml", MAIL),
            Map.entry("md", TEXT),
            Map.entry("markdown", TEXT));

    private NamedType() {
    }

    /** The extension of a name that claims a type the detected content type is not, else empty. */
    static Optional<String> contradictedExtension(String fileName, String contentType) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        Predicate<String> claim = CLAIMS.get(extension);
        return claim == null || claim.test(contentType) ? Optional.empty() : Optional.of(extension);
    }
}
