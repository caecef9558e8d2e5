package org.casereview.etl.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * The PDF libraries' warnings about one document, summarised in one line naming the file. While a
 * document is read ({@code try (var m = LibraryMessages.reading(file))}), warnings and errors of
 * PDFBox, FontBox and Tika's PDF parser on this thread are counted instead of printed (PDFBox logs a
 * font substitution once per page, a damaged content stream once per operator); at the end one line
 * says what they mean for the data: INFO for font substitutions (the text is unaffected), WARN for
 * anything else (text on some pages may be missing or garbled), INFO when the document was rejected
 * anyway (its reject line says so). Outside a document the libraries' lines pass as they are.
 */
public final class LibraryMessages implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LibraryMessages.class);
    private static final List<String> LIBRARY_LOGGERS = List.of("org.apache.pdfbox", "org.apache.fontbox",
            "org.apache.tika.parser.pdf");
    private static final Pattern HARMLESS = Pattern.compile("^Using fallback font ");
    private static final Pattern NUMBERS = Pattern.compile("\\d+");
    private static final int EXAMPLES = 3;
    private static final ThreadLocal<LibraryMessages> CURRENT = new ThreadLocal<>();
    private static final Filter FILTER = new Filter();

    private final String file;
    private final LibraryMessages outer;
    private final boolean glance;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private boolean warnedElsewhere;

    private LibraryMessages(String file, LibraryMessages outer, boolean glance) {
        this.file = file;
        this.outer = outer;
        this.glance = glance;
    }

    /** Starts counting the libraries' messages of this thread for the named file. */
    public static LibraryMessages reading(String file) {
        return open(file, false);
    }

    /**
     * For a first look at a file that a later step reads in full (is this PDF a digest?): its
     * messages are counted and summarised at DEBUG only, the full read says what they mean.
     */
    public static LibraryMessages glancing(String file) {
        return open(file, true);
    }

    private static LibraryMessages open(String file, boolean glance) {
        install();
        LibraryMessages messages = new LibraryMessages(file, CURRENT.get(), glance);
        CURRENT.set(messages);
        return messages;
    }

    /** The caller logs its own warning for the file (rejected, pages unreadable): the summary only informs. */
    public void warnedElsewhere() {
        warnedElsewhere = true;
    }

    /** The messages counted so far, by kind (numbers in a message replaced by {@code #}). */
    public Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
        if (counts.isEmpty()) {
            return;
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        String examples = counts.entrySet().stream().limit(EXAMPLES)
                .map(e -> LogSafe.text(e.getKey()) + (e.getValue() > 1 ? " x" + e.getValue() : ""))
                .collect(Collectors.joining("; "));
        boolean harmless = counts.keySet().stream().allMatch(k -> HARMLESS.matcher(k).find());
        if (glance) {
            log.debug("{}: {} message(s) of the PDF library at a first look ({})", LogSafe.text(file), total, examples);
        } else if (harmless) {
            log.info("{}: {} font substitution(s) by the PDF library ({}); the text is not affected",
                    LogSafe.text(file), total, examples);
        } else if (warnedElsewhere) {
            log.info("{}: the PDF library reported {} problem(s) while it was read ({}), see the warning above",
                    LogSafe.text(file), total, examples);
        } else {
            log.warn("{}: the PDF library reported {} problem(s) reading it ({}); text on the pages concerned may be"
                    + " missing or garbled, check its rows", LogSafe.text(file), total, examples);
        }
    }

    private void count(String message) {
        String first = message.strip().lines().findFirst().orElse("(no message)");
        String kind = NUMBERS.matcher(first).replaceAll("#");
        counts.merge(kind.length() > 120 ? kind.substring(0, 120) : kind, 1, Integer::sum);
    }

    private static synchronized void install() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context && !context.getTurboFilterList().contains(FILTER)) {
            context.addTurboFilter(FILTER);
        }
    }

    /** Counts a library's WARN and ERROR events on a thread that is reading a document, instead of printing them. */
    private static final class Filter extends TurboFilter {
        Filter() {
            setName("casereview-library-messages");
            start();
        }

        @Override
        public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level, String format,
                                  Object[] params, Throwable t) {
            // The level first: the libraries ask isDebugEnabled() for every glyph, and the answer needs no thread-local.
            // Format and throwable both null: an isWarnEnabled() question, not a message.
            if (level == null || !level.isGreaterOrEqual(Level.WARN) || format == null && t == null) {
                return FilterReply.NEUTRAL;
            }
            LibraryMessages current = CURRENT.get();
            if (current == null || LIBRARY_LOGGERS.stream().noneMatch(logger.getName()::startsWith)) {
                return FilterReply.NEUTRAL;
            }
            String message = format == null ? "" : MessageFormatter.arrayFormat(format, params).getMessage();
            current.count(message.isBlank() && t != null ? t.toString() : message);
            return FilterReply.DENY;
        }
    }
}
