package org.casereview.etl.extract;

/**
 * Text of one digest file, ready for the entry grammar.
 *
 * @param mediaType detected media type ("text/plain", "text/html", "application/pdf", ...)
 * @param charset   charset the bytes were decoded with, null for binary formats (PDF, DOCX)
 * @param text      the text with LF line ends; HTML and DOCX as light markdown
 *                  ({@code # } headings, {@code - } list items, {@code **bold**}, {@code [text](href)})
 */
public record ExtractedText(String mediaType, String charset, String text) {
}
