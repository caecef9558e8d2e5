package org.casereview.etl.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML file that opens with a comment and has none of the markers Tika's magic looks for near its top
 * ({@code <!DOCTYPE html>}, {@code <html>}, {@code <head>}, {@code <title>}, {@code <body>}) is typed
 * {@code application/xml} by that comment alone: a content system's block markup copied from its editor (WordPress
 * writes every block between {@code <!-- wp:... -->} comments), a page fragment or template saved with a generator or
 * licence comment first. A file named as HTML, typed XML, with no XML declaration, whose first element after its
 * leading comments is an HTML element, is HTML; an XML file with a comment first keeps its type (its root is no HTML
 * element, or its name says XML).
 */
public final class CommentLedHtml {

    public static final String HTML = "text/html";
    static final String XML = "application/xml";
    /** How much of a file's start is read for its leading comments and first element. */
    static final int MAX_HEAD = 64 * 1024;
    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml");
    private static final Set<String> ELEMENTS = Set.of("html", "head", "body", "title", "meta", "link", "style", "script",
            "base", "div", "p", "span", "a", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "table", "section",
            "article", "main", "header", "footer", "nav", "aside", "figure", "img", "hr", "br", "blockquote", "pre", "form",
            "details", "strong", "em", "b", "i", "center", "font");
    private static final Pattern FIRST_TAG = Pattern.compile("<(!doctype\\s+html|[a-z][a-z0-9]*)(?=[\\s/>])",
            Pattern.CASE_INSENSITIVE);

    private CommentLedHtml() {
    }

    /** The type of a file on disk: {@value #HTML} when {@link #isHtml} says so of its start, else {@code detected}. */
    public static String retype(Path file, String fileName, String detected) throws IOException {
        if (!claimsHtmlButTypedXml(fileName, detected)) {
            return detected;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return isHtml(fileName, detected, in.readNBytes(MAX_HEAD)) ? HTML : detected;
        }
    }

    /** Whether a file named {@code fileName}, typed {@code detected}, whose bytes start with {@code head}, is HTML. */
    public static boolean isHtml(String fileName, String detected, byte[] head) {
        if (!claimsHtmlButTypedXml(fileName, detected)) {
            return false;
        }
        String start = new String(head, 0, Math.min(head.length, MAX_HEAD), StandardCharsets.ISO_8859_1);
        int at = afterLeadingComments(start);
        if (at < 0) {
            return false;
        }
        Matcher tag = FIRST_TAG.matcher(start).region(at, start.length());
        if (!tag.lookingAt()) {
            return false;
        }
        String name = tag.group(1).toLowerCase(Locale.ROOT);
        return name.startsWith("!doctype") || ELEMENTS.contains(name);
    }

    /** Whether a page's bytes open (after a UTF-8 byte order mark and white space) with a comment. */
    static boolean opensWithComment(byte[] page) {
        String start = new String(page, 0, Math.min(page.length, 256), StandardCharsets.ISO_8859_1);
        int at = start.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
        return start.startsWith("<!--", skipSpace(start, at));
    }

    private static boolean claimsHtmlButTypedXml(String fileName, String detected) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return XML.equals(detected) && HTML_EXTENSIONS.contains(extension);
    }

    /** Where the first markup after a UTF-8 byte order mark, white space and comments starts; -1 if a comment runs on. */
    private static int afterLeadingComments(String start) {
        int at = start.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
        while (true) {
            at = skipSpace(start, at);
            if (!start.startsWith("<!--", at)) {
                return at;
            }
            int end = start.indexOf("-->", at + 4);
            if (end < 0) {
                return -1;
            }
            at = end + 3;
        }
    }

    private static int skipSpace(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }
}
