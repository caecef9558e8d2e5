package org.casereview.etl.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
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
import org.casereview.etl.layout.BulletGlyphs;

/**
 * The text of a saved e-mail (RFC 822 / MIME, as a {@code .eml} or a {@code .txt}): its first {@code text/plain}
 * part that is not an attachment, else its first {@code text/html} part, at any depth of multiparts and forwarded
 * messages; the HTML alternative instead of a plain-text one that is only a stub or leaves the lists out
 * ({@link #richerAlternative}).
 * Apache James mime4j undoes the part's Content-Transfer-Encoding (quoted-printable, base64); its bytes are
 * read in the charset its Content-Type declares, or the one sniffed from them. The header block is not text of the
 * digest, nor is a plain-text signature (after a "-- " line); a quoted or flowed body is read as {@link QuotedMailText}
 * says.
 */
final class MailBody {

    /** The text of the part read, and whether it is HTML. */
    record Part(String text, boolean html, Charset charset) {
    }

    /** A saved e-mail's text parts, in order, and the month its Date header names (null when none can be read). */
    record Mail(List<Part> parts, YearMonth sent) {
    }

    /** The signature separator, "-- " (its space lost when a quoted-printable encoder left it unescaped). */
    private static final Pattern SIGNATURE_SEPARATOR = Pattern.compile("(?m)^-- ?$");
    /** The rule a list manager draws over its footer (Mailman's 47 underscores); a footer is a few lines under it. */
    private static final Pattern LIST_FOOTER_RULE = Pattern.compile("(?m)^[ \\t]*_{20,}[ \\t]*$");
    private static final int LIST_FOOTER_MAX_LINES = 6;
    /** A signature is a few lines; a longer tail after "--" is not one. */
    private static final int SIGNATURE_MAX_LINES = 10;
    /** A plain-text alternative with fewer than a third of the HTML one's words is a stub, not the same content. */
    private static final int FAR_SHORTER = 3;
    /** A plain-text alternative this short that sends the reader to a browser or web page is only that pointer. */
    private static final int POINTER_MAX_WORDS = 60;
    private static final Pattern WEB_VERSION_POINTER = Pattern.compile(
            "(?i)\\b(?:web[ -]?browser|browser|web version|online version|view (?:it |this )?online|read (?:it |this )?online)\\b");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    /** A list item of the HTML alternative. */
    private static final Pattern HTML_LIST_ITEM = Pattern.compile("(?i)<li\\b");
    /** A list line of the plain-text alternative: a bullet or a number before its text ("* the GP ...", "2. share ..."). */
    private static final Pattern PLAIN_LIST_LINE = Pattern.compile(
            "(?m)^[ \\t>]*(?:[-*+\u2013o" + BulletGlyphs.GLYPHS + "]|\\(?\\d{1,3}[.)]|[a-z][.)])[ \\t]+\\S");
    /** Fewest list items that make the HTML alternative a digest with lists (one could be a footer's menu item). */
    private static final int MIN_LIST_ITEMS = 2;
    private static final Pattern HIDDEN_BLOCK = Pattern.compile(
            "(?is)<head\\b.*?</head\\s*>|<style\\b.*?</style\\s*>|<script\\b.*?</script\\s*>|<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("<[^>]*>|&[#\\w]{1,10};");
    /** Header lines of a few hundred characters and bodies of any line length: the file's size bounds them. */
    static final MimeConfig CONFIG = new MimeConfig.Builder().setMaxLineLen(-1).setMaxHeaderLen(-1)
            .setMaxHeaderCount(1000).build();

    private MailBody() {
    }

    /**
     * The MIME message, within the size limits of {@link #CONFIG} and the nesting of {@link MimeNesting}, its parts'
     * content decoded; the caller disposes it.
     */
    static Message parse(byte[] bytes) throws IOException {
        MimeNesting.check(bytes);
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
            return read(message, false);
        } finally {
            message.dispose();
        }
    }

    /**
     * The text parts of a saved e-mail: a mailing list's MIME digest (RFC 2046 5.1.5: a {@code multipart/digest} whose
     * parts are the posts, {@code message/rfc822}) gives each post's text in turn, its masthead ('Today's Topics') and
     * footer parts left out, and a reply post's quoted lines are not read again ({@link QuotedMailText#withoutReplyQuotes});
     * a {@code multipart/mixed} message that shows several parts inline each of them in turn ({@link MixedParts#shown});
     * any other message its one text part ({@link #read(byte[])}).
     */
    static Mail readAll(byte[] bytes) throws IOException {
        Message message = parse(bytes);
        try {
            List<Part> posts = new ArrayList<>();
            for (Entity post : digestPosts(message)) {
                read(post, true).ifPresent(posts::add);
            }
            if (posts.isEmpty()) {
                for (Entity shown : MixedParts.shown(message)) {
                    read(shown, false).ifPresent(posts::add);
                }
            }
            return new Mail(posts.isEmpty() ? read(message, false).stream().toList() : posts, sentMonth(message));
        } finally {
            message.dispose();
        }
    }

    /** The month of the message's Date header, in UTC; null when it has none or one mime4j cannot read. */
    private static YearMonth sentMonth(Message message) {
        java.util.Date sent = message.getDate();
        return sent == null ? null : YearMonth.from(sent.toInstant().atZone(java.time.ZoneOffset.UTC));
    }

    /** The posts of the message's first {@code multipart/digest}, at any depth; none when it has no digest part. */
    private static List<Entity> digestPosts(Entity entity) {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            if ("digest".equalsIgnoreCase(multipart.getSubType())) {
                return multipart.getBodyParts().stream().filter(post -> post.getBody() instanceof Message).toList();
            }
            for (Entity part : multipart.getBodyParts()) {
                List<Entity> posts = digestPosts(part);
                if (!posts.isEmpty()) {
                    return posts;
                }
            }
        }
        return List.of();
    }

    /** The message's one text part (see the class comment); a digest's post without its reply quotes. */
    private static Optional<Part> read(Entity message, boolean post) throws IOException {
        Optional<Entity> plain = first(message, "text/plain");
        if (plain.isPresent()) {
            Decoded text = decode(plain.get());
            Optional<Decoded> richer = richerAlternative(message, plain.get(), text.text());
            if (richer.isPresent()) {
                return Optional.of(new Part(richer.get().text(), true, richer.get().charset()));
            }
            String body = text.text().replace("\r\n", "\n");
            return Optional.of(new Part(withoutSignature(QuotedMailText.read(
                    post ? QuotedMailText.withoutReplyQuotes(body) : body, format(plain.get()))), false, text.charset()));
        }
        Optional<Entity> html = first(message, "text/html");
        if (html.isEmpty()) {
            return Optional.empty();
        }
        Decoded text = decode(html.get());
        return Optional.of(new Part(text.text(), true, text.charset()));
    }

    private record Decoded(String text, Charset charset) {
    }

    private static Decoded decode(Entity part) throws IOException {
        byte[] decoded;
        try (InputStream in = ((SingleBody) part.getBody()).getInputStream()) {
            decoded = in.readAllBytes();
        }
        Charset charset = declaredCharset(part).orElseGet(() -> CharsetSniffer.detect(decoded).charset());
        return new Decoded(new String(decoded, charset), charset);
    }

    /**
     * The HTML alternative of the same {@code multipart/alternative} as the plain-text part, when the plain text is no
     * digest text: far shorter than the HTML's visible words, a few lines that only point to a web version, or without
     * the lists the HTML has ({@link #listsLeftOut}). The
     * alternatives of one message are the same content (RFC 2046), so the richer one is read; a plain-text part that
     * is the whole content keeps being read, and parts of other multiparts (attachments, forwarded messages) are not
     * weighed against each other.
     */
    private static Optional<Decoded> richerAlternative(Entity message, Entity plain, String plainText) throws IOException {
        Optional<Entity> alternative = alternativeHolding(message, plain);
        Optional<Entity> html = alternative.flatMap(entity -> first(entity, "text/html"));
        if (html.isEmpty()) {
            return Optional.empty();
        }
        Decoded decoded = decode(html.get());
        int plainWords = words(plainText);
        int htmlWords = words(visibleText(decoded.text()));
        boolean farShorter = plainWords * FAR_SHORTER < htmlWords;
        boolean onlyPointsToWeb = plainWords <= POINTER_MAX_WORDS && plainWords < htmlWords
                && WEB_VERSION_POINTER.matcher(plainText).find();
        return farShorter || onlyPointsToWeb || listsLeftOut(plainText, decoded.text()) ? Optional.of(decoded) : Optional.empty();
    }

    /**
     * The HTML alternative holds lists the plain text left out: at least {@link #MIN_LIST_ITEMS} list items, and the
     * plain text under half as many list lines (a sender's text version that keeps titles and summaries but puts
     * 'Learning and recommendations: URL' where the lists were). A digest's lists are its items; an alternative
     * without them is not the same content, whatever its length. A text part that writes the same lists with
     * bullets or numbers keeps being read.
     */
    private static boolean listsLeftOut(String plainText, String html) {
        int htmlItems = count(HTML_LIST_ITEM, HIDDEN_BLOCK.matcher(html).replaceAll(" "));
        return htmlItems >= MIN_LIST_ITEMS && count(PLAIN_LIST_LINE, plainText) * 2 < htmlItems;
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    /** The {@code multipart/alternative} entity one of whose own parts is {@code part}, at any depth. */
    private static Optional<Entity> alternativeHolding(Entity entity, Entity part) {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            if ("alternative".equalsIgnoreCase(multipart.getSubType()) && multipart.getBodyParts().contains(part)) {
                return Optional.of(entity);
            }
            for (Entity child : multipart.getBodyParts()) {
                Optional<Entity> found = alternativeHolding(child, part);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (body instanceof Message forwarded) {
            return alternativeHolding(forwarded, part);
        }
        return Optional.empty();
    }

    private static int words(String text) {
        return count(WORD, text);
    }

    /** What a reader of the HTML sees: no head, style, script, comment (Outlook's conditional blocks) or tag. */
    private static String visibleText(String html) {
        return TAG.matcher(HIDDEN_BLOCK.matcher(html).replaceAll(" ")).replaceAll(" ");
    }

    /**
     * The text without a mailing list's footer after it: a rule of underscores and a few lines under it to the end (the
     * list's name, address and page, as Mailman appends them to a post or sends them as a part of their own).
     */
    static String withoutListFooter(String text) {
        Matcher rule = LIST_FOOTER_RULE.matcher(text);
        int last = -1;
        while (rule.find()) {
            last = rule.start();
        }
        return last >= 0 && text.substring(last).strip().lines().filter(line -> !line.isBlank()).count() <= LIST_FOOTER_MAX_LINES + 1
                ? text.substring(0, last) : text;
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
        return DeclaredCharsets.forLabel(type.getParameter("charset"));
    }

    /** The part's HTML as UTF-8 bytes, saying so before any charset its own markup may declare. */
    static byte[] htmlBytes(Part part) {
        return ("<meta charset=\"utf-8\">" + part.text()).getBytes(StandardCharsets.UTF_8);
    }
}
