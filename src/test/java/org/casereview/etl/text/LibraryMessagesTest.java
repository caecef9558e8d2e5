package org.casereview.etl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** The PDF library's messages about one document become one line naming the file. */
class LibraryMessagesTest {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final org.slf4j.Logger pdfbox = LoggerFactory.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @BeforeEach
    void listen() {
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void stopListening() {
        root.detachAppender(appender);
    }

    private List<String> lines() {
        return appender.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
    }

    @Test
    void fontSubstitutionsOnEveryPageAreOneInformationLine() {
        try (LibraryMessages messages = LibraryMessages.reading("Report A.pdf")) {
            for (int page = 0; page < 12; page++) {
                pdfbox.warn("Using fallback font LiberationSans for Helvetica");
            }
            assertThat(messages.counts()).containsEntry("Using fallback font LiberationSans for Helvetica", 12);
        }
        assertThat(lines()).containsExactly("INFO Report A.pdf: 12 font substitution(s) by the PDF library (Using fallback"
                + " font LiberationSans for Helvetica x12); the text is not affected");
    }

    @Test
    void damageIsOneWarningThatSaysWhatItMeansForTheData() {
        try (LibraryMessages messages = LibraryMessages.reading("Damaged.pdf")) {
            pdfbox.warn("No current font, will use default");
            pdfbox.error("Operator Td has too few operands: [COSInt{8975}]", new IllegalStateException("operands"));
            pdfbox.error("Operator Td has too few operands: [COSInt{12}]");
        }
        assertThat(lines()).containsExactly("WARN Damaged.pdf: the PDF library reported 3 problem(s) reading it (No current"
                + " font, will use default; Operator Td has too few operands: [COSInt{#}] x2); text on the pages concerned"
                + " may be missing or garbled, check its rows");
    }

    @Test
    void aDocumentWithItsOwnWarningGetsOnlyAnInformationLine() {
        try (LibraryMessages messages = LibraryMessages.reading("Rejected.pdf")) {
            pdfbox.warn("Invalid dictionary, found: 'x'");
            messages.warnedElsewhere();
        }
        assertThat(lines()).singleElement().asString().startsWith("INFO Rejected.pdf: the PDF library reported 1 problem(s)");
    }

    @Test
    void aFirstLookLeavesNoLineAtInfoAndOurOwnLinesPassUnchanged() {
        ((Logger) LoggerFactory.getLogger(LibraryMessages.class)).setLevel(Level.INFO);
        try (LibraryMessages messages = LibraryMessages.glancing("Sniffed.pdf")) {
            pdfbox.warn("Using fallback font LiberationSans for Helvetica");
            LoggerFactory.getLogger("org.casereview.etl.job.Something").warn("our own warning");
        } finally {
            ((Logger) LoggerFactory.getLogger(LibraryMessages.class)).setLevel(null);
        }
        assertThat(lines()).containsExactly("WARN our own warning");
    }

    @Test
    void outsideADocumentTheLibrarysLinesPass() {
        try (LibraryMessages messages = LibraryMessages.reading("Closed.pdf")) {
            pdfbox.info("not counted: below WARN");
        }
        pdfbox.warn("Using fallback font LiberationSans for Helvetica");
        assertThat(lines()).contains("WARN Using fallback font LiberationSans for Helvetica")
                .noneMatch(l -> l.contains("Closed.pdf"));
    }
}
