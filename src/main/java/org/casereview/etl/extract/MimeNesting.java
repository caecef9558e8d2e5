package org.casereview.etl.extract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.document.RejectReason;
import org.casereview.etl.guard.LimitExceededException;

/**
 * How deep a MIME message's multiparts nest, read from its boundaries before a parser recurses into them: mime4j reads
 * a part through one stream per enclosing multipart, a call deeper each, and a message of 10,000 multiparts inside each
 * other ran the stack out (session 39: {@code internal_error}, a StackOverflowError). A boundary declared while others
 * are open nests inside them; its closing line ({@code --boundary--}) closes it and any opened inside it.
 */
final class MimeNesting {

    /** Multiparts a message may nest: a mail client's own nest a handful deep, a forwarded chain a few more. */
    static final int MAX_DEPTH = 64;
    private static final Pattern BOUNDARY = Pattern.compile("(?i)\\bboundary\\s*=\\s*(?:\"([^\"]{1,200})\"|([^\\s;\"]{1,200}))");

    private MimeNesting() {
    }

    /** Throws {@code too_large} when the message's multiparts nest more than {@link #MAX_DEPTH} deep. */
    static void check(byte[] message) {
        Deque<String> open = new ArrayDeque<>();
        // ISO-8859-1: one char a byte, and the boundaries are ASCII
        String text = new String(message, StandardCharsets.ISO_8859_1);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end).stripTrailing();
            start = end + 1;
            if (line.startsWith("--") && line.endsWith("--") && line.length() > 4) {
                close(open, line.substring(2, line.length() - 2));
            } else if (line.toLowerCase(Locale.ROOT).contains("boundary")) {
                Matcher m = BOUNDARY.matcher(line);
                if (m.find()) {
                    String boundary = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!open.contains(boundary) && open.size() < MAX_DEPTH + 1) {
                        open.push(boundary);
                    }
                    if (open.size() > MAX_DEPTH) {
                        throw new LimitExceededException(RejectReason.TOO_LARGE, "refused before parsing it: its MIME"
                                + " multiparts nest more than " + MAX_DEPTH + " deep");
                    }
                }
            }
        }
    }

    private static void close(Deque<String> open, String boundary) {
        if (open.contains(boundary)) {
            while (!boundary.equals(open.pop())) {
                // the multiparts opened inside it end with it
            }
        }
    }
}
