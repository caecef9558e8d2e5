package org.casereview.etl.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.field.ContentTypeField;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * The text of a saved e-mail (RFC 822 / MIME, as a {@code .eml} or a {@code .txt}): its first {@code text/plain}
 * part that is not an attachment, else its first {@code text/html} part, at any depth of multiparts and forwarded
 * messages. Apache James mime4j undoes the part's Content-Transfer-Encoding (quoted-printable, base64); its bytes are
 * read in the charset its Content-Type declares, or the one sniffed from them. The header block is not text of the
 * digest, nor is a plain-text signature (after a "-- " line); a quoted or flowed body is read as {@link QuotedMailText}
 * says.
 */
final class MailBody {

    /** The text of the part read, and whether it is HTML. */
    record Part(String text, boolean html, Charset charset) {
    }

    /** The signature separator, "-- " (its space lost when a quoted-printable encoder left it unescaped). */
    private static final Pattern SIGNATURE_SEPARATOR = Pattern.compile("(?m)^-- ?$");
    /** A signature is a few lines; a longer tail after "--" is not one. */
    private static final int SIGNATURE_MAX_LINES = 10;
    /** Header lines of a few hundred characters and bodies of any line length: the file's size bounds them. */
    static final MimeConfig CONFIG = new MimeConfig.Builder().setMaxLineLen(-1).setMaxHeaderLen(-1)
            .setMaxHeaderCount(1000).build();

    private MailBody() {
    }

    /** The MIME message, within the size limits of {@link #CONFIG}, its parts' content decoded; the caller disposes it. */
    static Message parse(byte[] bytes) throws IOException {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(CONFIG);
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        builder.setContentDecoding(true);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return builder.parseMessage(in);
        }
    }

    static Optional<Part> read(byte[] bytes) throws IOException {
        Message message = parse(bytes);
        try {
            Optional<Entity> part = first(message, "text/plain");
            boolean html = part.isEmpty();
            if (html) {
                part = first(message, "text/html");
            }
            if (part.isEmpty()) {
                return Optional.empty();
            }
            byte[] decoded;
            try (InputStream in = ((SingleBody) part.get().getBody()).getInputStream()) {
                decoded = in.readAllBytes();
            }
            Charset charset = declaredCharset(part.get()).orElseGet(() -> CharsetSniffer.detect(decoded).charset());
            String text = new String(decoded, charset);
            return Optional.of(html ? new Part(text, true, charset)
                    : new Part(withoutSignature(QuotedMailText.read(text.replace("\r\n", "\n"), format(part.get()))), false, charset));
        } finally {
            message.dispose();
        }
    }

    static String withoutSignature(String text) {
        Matcher separator = SIGNATURE_SEPARATOR.matcher(text);
        int last = -1;
        while (separator.find()) {
            last = separator.start();
        }
        return last >= 0 && text.substring(last).strip().lines().count() <= SIGNATURE_MAX_LINES + 1 ? text.substring(0, last) : text;
    }

    /** The first part of the type, depth first, that is not an attachment. */
    private static Optional<Entity> first(Entity entity, String mimeType) {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                Optional<Entity> found = first(part, mimeType);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (body instanceof Message forwarded) {
            return first(forwarded, mimeType);
        }
        boolean attached = "attachment".equalsIgnoreCase(entity.getDispositionType());
        return body instanceof SingleBody && !attached && mimeType.equalsIgnoreCase(entity.getMimeType())
                ? Optional.of(entity) : Optional.empty();
    }

    /** Whether the part's Content-Type says {@code format=flowed} (RFC 3676), and {@code delsp=yes} with it. */
    private static QuotedMailText.Format format(Entity part) {
        if (!(part.getHeader().getField("Content-Type") instanceof ContentTypeField type)) {
            return QuotedMailText.Format.FIXED;
        }
        return new QuotedMailText.Format("flowed".equalsIgnoreCase(strip(type.getParameter("format"))),
                "yes".equalsIgnoreCase(strip(type.getParameter("delsp"))));
    }

    private static String strip(String parameter) {
        return parameter == null ? "" : parameter.strip();
    }

    private static Optional<Charset> declaredCharset(Entity part) {
        if (!(part.getHeader().getField("Content-Type") instanceof ContentTypeField type)
                || type.getParameter("charset") == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(type.getParameter("charset").strip()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** The part's HTML as UTF-8 bytes, saying so before any charset its own markup may declare. */
    static byte[] htmlBytes(Part part) {
        return ("<meta charset=\"utf-8\">" + part.text()).getBytes(StandardCharsets.UTF_8);
    }
}
