package org.casereview.etl.extract;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The messages of an mbox file: a message saved with its mailbox's 'From sender date' envelope line (as mail clients
 * and mbox tools keep it, Thunderbird's 'From - date' too), or a small mailbox of a few. Each message opens with an
 * envelope line at the start of the file or after a blank line; the line itself is no part of the message, and a body
 * line the mailbox escaped ('>From ', mboxrd) gets its text back. A mailbox of more messages than a digest's month
 * would be mailed in is an archive, not a digest: {@link TooManyMessages}.
 */
final class MailboxMessages {

    /** More messages than a month's digest and its follow-ups: an archive of a list or an inbox. */
    static final int MAX_MESSAGES = 20;

    private static final Pattern ESCAPED_FROM = Pattern.compile("^>+From ");
    /** An envelope line: 'From', the sender (or '-'), and the date as ctime writes it ('Wed Jun 11 12:00:03 2031'). */
    private static final Pattern ENVELOPE = Pattern.compile(
            "^From \\S+\\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\b.{0,40}\\d{1,2}:\\d{2}.{0,40}$");

    /** A mailbox holding more than {@link #MAX_MESSAGES} messages. */
    static final class TooManyMessages extends Exception {
        private final int count;

        TooManyMessages(int count) {
            super(count + " messages");
            this.count = count;
        }

        int count() {
            return count;
        }
    }

    private MailboxMessages() {
    }

    /**
     * The month most of a mailbox's messages were sent in, the latest of those tied; null when none says. A list's posts
     * of one month are that month's digest, where one late follow-up is not.
     */
    static YearMonth mostSentIn(List<YearMonth> sent) {
        Map<YearMonth, Long> counts = sent.stream().collect(Collectors.groupingBy(m -> m, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.<YearMonth, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The file's messages in order, each as its bytes without the envelope line; read as Latin-1 so bytes stay bytes. */
    static List<byte[]> split(byte[] mbox) throws TooManyMessages {
        String text = new String(mbox, StandardCharsets.ISO_8859_1);
        List<byte[]> messages = new ArrayList<>();
        ByteArrayOutputStream message = null;
        boolean afterBlank = true;
        int count = 0;
        for (String line : text.split("(?<=\n)")) {
            String bare = line.stripTrailing();
            if (afterBlank && ENVELOPE.matcher(bare).matches()) {
                if (++count > MAX_MESSAGES) {
                    continue; // counted, not kept
                }
                add(messages, message);
                message = new ByteArrayOutputStream();
            } else if (message != null) {
                String kept = ESCAPED_FROM.matcher(line).find() ? line.substring(1) : line;
                message.writeBytes(kept.getBytes(StandardCharsets.ISO_8859_1));
            }
            afterBlank = bare.isEmpty();
        }
        if (count > MAX_MESSAGES) {
            throw new TooManyMessages(count);
        }
        add(messages, message);
        return count == 0 ? List.of(mbox) : messages; // typed a mailbox, yet no envelope line: one message
    }

    private static void add(List<byte[]> messages, ByteArrayOutputStream message) {
        if (message != null && message.size() > 0) {
            messages.add(message.toByteArray());
        }
    }
}
