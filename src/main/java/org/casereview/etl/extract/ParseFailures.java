package org.casereview.etl.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xml.sax.SAXParseException;

/**
 * What a parsing library's exception says went wrong in the user's file, without the wrappers around it. Tika wraps
 * the cause in its own message, which names its parser object ("TIKA-198: Illegal IOException from
 * org.apache.tika.parser.microsoft.ooxml.OOXMLParser@5808cf10"), and POI and XmlBeans each prefix the class name of the
 * exception they wrap: the innermost message says what is wrong ("DOCTYPE is disallowed ...", "XML document
 * structures must start and end within the same entity."), and an XML parser's exception says where (line, column).
 */
final class ParseFailures {

    /** Causes followed at most: a chain is a handful deep, and one that loops ends here. */
    private static final int MAX_DEPTH = 32;
    /** "org.apache.poi.ooxml.POIXMLException: " and "error: " before the message proper. */
    private static final Pattern PREFIX = Pattern.compile("^(?:(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*: |error: )+");
    /** An object's identity in its default toString ("OOXMLParser@5808cf10"). */
    private static final Pattern IDENTITY = Pattern.compile("@[0-9a-f]{4,16}\\b");
    private static final int MAX_LENGTH = 300;
    /**
     * Tika's guard against expanding input ({@code SecureContentHandler}) calls every limit it stops at a "suspected
     * zip bomb", a plain HTML file nested 100 deep too: the operator is told which limit, not a zip that is not there.
     */
    private static final Pattern TIKA_LIMIT = Pattern.compile(
            "Suspected zip bomb: (?:(\\d+) levels of (XML element|package entry) nesting|(\\d+) input bytes produced (\\d+) output characters)");

    /**
     * The JDK parser's stop at entities expanding entities (a "billion laughs" DOCTYPE in an ODF part): a limit it
     * enforces, not a damaged file.
     */
    private static final Pattern ENTITY_LIMIT = Pattern.compile(
            "JAXP00010001: The parser has encountered more than \"(\\d+)\" entity expansions");

    private ParseFailures() {
    }

    /**
     * The limit of Tika's reader that {@code failure} stopped at, in the operator's words ("its elements nest more
     * than 100 deep"); empty when it is no such limit.
     */
    static Optional<String> limitReached(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            Matcher entities = ENTITY_LIMIT.matcher(String.valueOf(t.getMessage()));
            if (entities.find()) {
                return Optional.of("its XML declares entities that expand into more than " + entities.group(1)
                        + " others (a DOCTYPE that multiplies its text), more than the reader allows");
            }
            Matcher m = TIKA_LIMIT.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Optional.of(m.group(1) == null
                        ? "its " + m.group(3) + " bytes gave more than " + m.group(4) + " characters of text, more than the reader allows"
                        : "XML element".equals(m.group(2)) ? "its elements nest more than " + m.group(1) + " deep, more than the reader follows"
                        : "its embedded files nest more than " + m.group(1) + " deep, more than the reader follows");
            }
        }
        return Optional.empty();
    }

    /** The innermost message of {@code failure}'s causes, with the place an XML parser gives. */
    static String cause(Throwable failure) {
        Throwable innermost = failure;
        SAXParseException place = null;
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                innermost = t;
            }
            if (t instanceof SAXParseException sax && sax.getLineNumber() > 0) {
                place = sax;
            }
        }
        String message = innermost.getMessage() == null ? innermost.getClass().getSimpleName()
                : IDENTITY.matcher(PREFIX.matcher(innermost.getMessage().strip()).replaceFirst("")).replaceAll("");
        if (message.length() > MAX_LENGTH) {
            message = message.substring(0, MAX_LENGTH) + "...";
        }
        return place == null ? message
                : message + " at line " + place.getLineNumber() + ", column " + place.getColumnNumber() + " of its XML";
    }
}
