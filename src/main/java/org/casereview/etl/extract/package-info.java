/**
 * Text out of a digest file of any format. {@link org.casereview.etl.extract.DocumentTextExtractor}
 * detects the media type (content and name) and the charset with Tika and returns LF-ended text;
 * HTML, DOCX and PDF come out as "light markdown" (headings, list items, bold, links) without page
 * furniture, so that one entry grammar reads every format. Unreadable files raise
 * {@link org.casereview.etl.document.UnreadableDocumentException} with a reject reason.
 */
package org.casereview.etl.extract;
