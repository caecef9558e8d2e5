package org.casereview.etl.extract;

import java.time.YearMonth;
import java.util.Set;

/**
 * Text of one digest file, ready for the entry grammar.
 *
 * @param mediaType detected media type ("text/plain", "text/html", "application/pdf", ...)
 * @param charset   charset the bytes were decoded with, null for binary formats (PDF, DOCX)
 * @param text      the text with LF line ends; HTML and DOCX as light markdown
 *                  ({@code # } headings, {@code - } list items, {@code **bold**}, {@code [text](href)})
 * @param edgeMonth the month a PDF's running head or foot, else its browser print header, names (read apart, as the
 *                  text leaves them out), or an e-mail's Date header (a mailbox's: the month most messages were sent
 *                  in); null when none or another format
 * @param wholeBlocks text made of whole blocks (HTML, Word, a saved web page's HTML): no page breaks inside paragraphs
 */
public record ExtractedText(String mediaType, String charset, String text, YearMonth edgeMonth, boolean wholeBlocks) {

    public ExtractedText(String mediaType, String charset, String text) {
        this(mediaType, charset, text, null);
    }

    public ExtractedText(String mediaType, String charset, String text, YearMonth edgeMonth) {
        this(mediaType, charset, text, edgeMonth, WHOLE_BLOCKS.contains(mediaType));
    }

    public ExtractedText withText(String newText) {
        return new ExtractedText(mediaType, charset, newText, edgeMonth, wholeBlocks);
    }

    private static final Set<String> WHOLE_BLOCKS = Set.of("text/html", "application/xhtml+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-word.document.macroenabled.12", "application/msword", "application/rtf",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.flat.text");

    /**
     * Whether a blank line may be a page break inside a paragraph: in PDF and plain text; HTML and word-processor text (Word, RTF, ODT; and a
     * saved web page's HTML, {@code wholeBlocks}) is made of whole blocks (paragraphs, list items, cells), so a blank
     * line there always ends one.
     */
    public boolean pageBreaks() {
        return !wholeBlocks;
    }
}
