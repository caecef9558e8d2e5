package org.casereview.etl.extract;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.stream.Field;

/**
 * A web page saved as one file (MHTML, RFC 2557: a {@code multipart/related} MIME message, as browsers save
 * "Webpage, Single File"): its root part, the one the {@code start} parameter names or else the first (RFC 2387), when
 * that is HTML. Apache James mime4j undoes the part's Content-Transfer-Encoding. The style sheets, images and frames
 * of the other parts are not text; a link to one of them ({@code cid:}) is the address that part was saved from, and a
 * relative link is resolved against the page's own address (its Content-Location), as the saved page had them.
 */
final class WebArchive {

    /** The root page: its HTML bytes (UTF-8 when its header declared a charset), and its links resolved. */
    record Page(byte[] html, UnaryOperator<String> links) {
    }

    private WebArchive() {
    }

    /** The root HTML page of a {@code multipart/related} message, or empty when it has none (then it is a mail). */
    static Optional<Page> read(byte[] bytes) throws IOException {
        Message message = MailBody.parse(bytes);
        try {
            if (!(message.getBody() instanceof Multipart related) || !"related".equalsIgnoreCase(related.getSubType())
                    || related.getBodyParts().isEmpty()) {
                return Optional.empty();
            }
            Entity root = root(related.getBodyParts(), parameter(message, "start"));
            if (!"text/html".equalsIgnoreCase(root.getMimeType()) || !(root.getBody() instanceof SingleBody body)) {
                return Optional.empty();
            }
            byte[] decoded;
            try (InputStream in = body.getInputStream()) {
                decoded = in.readAllBytes();
            }
            byte[] html = declaredCharset(root).map(charset -> MailBody.htmlBytes(
                    new MailBody.Part(new String(decoded, charset), true, charset))).orElse(decoded);
            return Optional.of(new Page(html, new Links(address(root), partAddresses(related.getBodyParts()))::resolve));
        } finally {
            message.dispose();
        }
    }

    private static Entity root(List<Entity> parts, String start) {
        return parts.stream().filter(part -> !start.isEmpty() && start.equals(contentId(part))).findFirst()
                .orElse(parts.get(0));
    }

    /** Content-ID of each part that has one, mapped to the absolute address it was saved from. */
    private static Map<String, URI> partAddresses(List<Entity> parts) {
        Map<String, URI> addresses = new HashMap<>();
        for (Entity part : parts) {
            address(part).ifPresent(uri -> addresses.putIfAbsent(contentId(part), uri));
        }
        addresses.remove("");
        return addresses;
    }

    private static Optional<URI> address(Entity part) {
        Field location = part.getHeader().getField("Content-Location");
        if (location == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(location.getBody().strip().replace(" ", "%20"));
            return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** A Content-ID or a {@code start} parameter without its angle brackets; empty when there is none. */
    private static String contentId(Entity part) {
        Field id = part.getHeader().getField("Content-ID");
        return id == null ? "" : bare(id.getBody());
    }

    private static String bare(String id) {
        String s = id.strip();
        return s.startsWith("<") && s.endsWith(">") ? s.substring(1, s.length() - 1).strip() : s;
    }

    private static String parameter(Entity entity, String name) {
        if (entity.getHeader().getField("Content-Type") instanceof ContentTypeField type && type.getParameter(name) != null) {
            return bare(type.getParameter(name));
        }
        return "";
    }

    private static Optional<Charset> declaredCharset(Entity part) {
        return DeclaredCharsets.forLabel(parameter(part, "charset"));
    }

    /** A link of the page as the saved page had it: {@code cid:} to its part's address, a relative one to the page's. */
    private record Links(Optional<URI> page, Map<String, URI> parts) {

        String resolve(String href) {
            if (href.regionMatches(true, 0, "cid:", 0, 4)) {
                String id = bare(href.substring(4));
                URI part = parts.containsKey(id) ? parts.get(id) : parts.get(percentDecoded(id));
                return part == null ? href : part.toString();
            }
            if (page.isEmpty() || href.isEmpty() || href.startsWith("#") || hasScheme(href)) {
                return href;
            }
            try {
                return page.get().resolve(href.replace(" ", "%20")).toString();
            } catch (IllegalArgumentException e) {
                return href;
            }
        }

        /** RFC 2392: a cid URL is the Content-ID, %-escaped. */
        private static String percentDecoded(String id) {
            try {
                return URLDecoder.decode(id.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return id;
            }
        }

        private static boolean hasScheme(String href) {
            int colon = href.indexOf(':');
            int slash = href.indexOf('/');
            return colon > 0 && (slash < 0 || colon < slash)
                    && href.substring(0, colon).toLowerCase(Locale.ROOT).matches("[a-z][a-z0-9+.-]{0,30}");
        }
    }
}
