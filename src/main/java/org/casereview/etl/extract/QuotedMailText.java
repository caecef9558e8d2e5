package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain-text body of an e-mail as its sender wrote it: a body that is mostly a quoted message (lines opened by
 * '>' marks, as a forwarded or replied-to message is sent) loses its quote marks, a {@code format=flowed} body
 * (RFC 3676) has its soft line breaks joined, and a forwarded message's header block (a separator line such as
 * "-------- Forwarded Message --------" over "Field: value" lines) is dropped as the message's own headers are.
 */
final class QuotedMailText {

    /** A quote mark run: '>' marks, each with the space that may follow it. */
    private static final Pattern QUOTE_MARKS = Pattern.compile("^(?:>[ \\t]?)+");
    /** A line of dashes or underscores round a short phrase, or a mail client's "Begin forwarded message:". */
    private static final Pattern FORWARD_SEPARATOR = Pattern.compile(
            "^\\s*(?:[-_=]{3,}\\s*(?:\\p{L}[\\p{L} ]{0,40}\\p{L}\\s*[-_=]{3,})?|begin forwarded message:)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** A header field as mail clients print it in a forwarded block (RFC 5322 names, Outlook's "Sent"). */
    private static final Pattern HEADER_FIELD = Pattern.compile(
            "^\\s*(?:from|to|cc|bcc|subject|date|sent|reply-to):(?:[ \\t].*)?$", Pattern.CASE_INSENSITIVE);
    /** The line a mail client writes over the quoted message: "On <date>, <name> wrote:", "<name> wrote:". */
    private static final Pattern ATTRIBUTION = Pattern.compile("^.{0,300}\\bwrote\\s*:\\s*$");
    /** The signature separator, never a soft break (RFC 3676, 4.3). */
    private static final String SIGNATURE_SEPARATOR = "-- ";

    private QuotedMailText() {
    }

    /** How the part's Content-Type says its lines are laid out. */
    record Format(boolean flowed, boolean deleteSpace) {
        static final Format FIXED = new Format(false, false);
    }

    static String read(String body, Format format) {
        List<Line> lines = lines(body, format);
        if (!format.flowed()) {
            return text(withoutForwardedHeaders(lines));
        }
        return text(withoutForwardedHeaders(joined(lines, format)));
    }

    /**
     * Whether a text of any format is a quoted e-mail message (a mail client's print, a pasted message): header fields
     * ('From:', 'Date:' ...) before its first quoted line, and most of its written lines quoted. One quoted line in a
     * document is a quotation, not a message.
     */
    static boolean isQuotedMessage(String text) {
        List<String> lines = text.lines().toList();
        for (String line : lines) {
            if (line.startsWith(">")) {
                return false;
            }
            if (HEADER_FIELD.matcher(line).matches()) {
                return mostlyQuoted(lines);
            }
        }
        return false;
    }

    /**
     * A reply's own text: a run of quoted lines ('>' marks) under the line a mail client writes to introduce it ("On …,
     * X wrote:") is the earlier message's text, not new text, and is left out with that line. Quoted lines under no
     * such line (a message forwarded quoted) stay, read as {@link #read} reads them.
     */
    static String withoutReplyQuotes(String body) {
        List<String> lines = body.lines().toList();
        List<String> kept = new ArrayList<>(lines.size());
        boolean inReplyQuote = false;
        for (String line : lines) {
            boolean quoted = line.startsWith(">");
            if (quoted && !inReplyQuote) {
                inReplyQuote = droppedAttribution(kept);
            }
            if (!quoted) {
                inReplyQuote = false;
            }
            if (!(quoted && inReplyQuote)) {
                kept.add(line);
            }
        }
        return kept.size() == lines.size() ? body : String.join("\n", kept) + "\n";
    }

    /** Whether the last written line kept is the one introducing a reply's quote; if so it is dropped, with the blanks after it. */
    private static boolean droppedAttribution(List<String> kept) {
        int last = kept.size() - 1;
        while (last >= 0 && kept.get(last).isBlank()) {
            last--;
        }
        if (last >= 0 && ATTRIBUTION.matcher(kept.get(last)).matches()) {
            kept.subList(last, kept.size()).clear();
            return true;
        }
        return false;
    }

    /** A line's text after its quote marks and its quote depth. */
    private record Line(String text, int depth) {
        boolean soft() {
            return text.endsWith(" ") && !text.equals(SIGNATURE_SEPARATOR);
        }
    }

    private static List<Line> lines(String body, Format format) {
        List<String> raw = body.lines().toList();
        boolean quotedMessage = mostlyQuoted(raw);
        List<Line> lines = new ArrayList<>(raw.size());
        for (String line : raw) {
            Matcher marks = QUOTE_MARKS.matcher(line);
            int depth = quotedMessage && marks.find() ? (int) marks.group().chars().filter(c -> c == '>').count() : 0;
            String text = depth > 0 ? line.substring(marks.end()) : line;
            if (format.flowed() && depth == 0 && text.startsWith(" ")) {
                text = text.substring(1); // space-stuffing (RFC 3676, 4.4); a quoted line's one space went with its marks
            }
            lines.add(new Line(text, depth));
        }
        return lines;
    }

    /** Whether most of the body's written lines are quoted, so that the quoted message is the text to read. */
    private static boolean mostlyQuoted(List<String> lines) {
        long written = lines.stream().filter(line -> !line.isBlank()).count();
        long quoted = lines.stream().filter(line -> line.startsWith(">")).count();
        return written > 0 && quoted * 2 > written;
    }

    /**
     * Soft breaks joined: a line ending in a space runs on into the next line of the same quote depth. The next line's
     * indent is layout (a wrapped list item's hanging indent), and a blank line still ends the paragraph.
     */
    private static List<Line> joined(List<Line> lines, Format format) {
        List<Line> joined = new ArrayList<>(lines.size());
        StringBuilder paragraph = null;
        int depth = 0;
        for (Line line : lines) {
            String piece = line.text();
            if (paragraph != null && line.depth() == depth && !piece.isBlank()) {
                piece = piece.stripLeading();
            } else {
                if (paragraph != null) {
                    joined.add(new Line(paragraph.toString().stripTrailing(), depth));
                }
                paragraph = new StringBuilder();
                depth = line.depth();
            }
            boolean soft = new Line(piece, depth).soft();
            paragraph.append(soft && format.deleteSpace() ? piece.substring(0, piece.length() - 1) : piece);
            if (!soft) {
                joined.add(new Line(paragraph.toString(), depth));
                paragraph = null;
            }
        }
        if (paragraph != null) {
            joined.add(new Line(paragraph.toString().stripTrailing(), depth));
        }
        return joined;
    }

    /** A forwarded message's separator line and the header fields under it, up to the first blank line. */
    private static List<Line> withoutForwardedHeaders(List<Line> lines) {
        List<Line> kept = new ArrayList<>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            int end = forwardedHeaderEnd(lines, i);
            if (end > i) {
                i = end;
            } else {
                kept.add(lines.get(i++));
            }
        }
        return kept;
    }

    /** Where the forwarded header block opening at {@code start} ends, or {@code start} when none opens there. */
    private static int forwardedHeaderEnd(List<Line> lines, int start) {
        if (!FORWARD_SEPARATOR.matcher(lines.get(start).text()).matches()) {
            return start;
        }
        int end = start + 1;
        while (end < lines.size() && HEADER_FIELD.matcher(lines.get(end).text()).matches()) {
            end++;
        }
        boolean fields = end - start - 1 >= 2;
        return fields ? end : start;
    }

    private static String text(List<Line> lines) {
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            text.append(line.text()).append('\n');
        }
        return text.toString();
    }
}
