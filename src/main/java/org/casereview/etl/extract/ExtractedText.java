package org.casereview.etl.extract;

import java.util.Set;

/**
 * Text of one digest file, ready for the entry grammar.
 *
 * @param mediaType detected media type ("text/plain", "text/html", "application/pdf", ...)
 * @param charset   charset the bytes were decoded with, null for binary formats (PDF, DOCX)
 * @param text      the text with LF line ends; HTML and DOCX as light markdown
 *                  ({@code # } headings, {@code - } list items, {@code **bold**}, {@code [text](href)})
 */
public record ExtractedText(String mediaType, String charset, String text) {

    private static final Set<String> WHOLE_BLOCKS = Set.of("text/html", "application/xhtml+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-word.document.macroenabled.12", "application/msword");

    /**
     * Whether a blank line may be a page break inside a paragraph: in PDF and plain text; HTML and Word text is made
     * of whole blocks (paragraphs, list items, cells), so a blank line there always ends one.
     */
    public boolean pageBreaks() {
        return !WHOLE_BLOCKS.contains(mediaType);
    }
}
