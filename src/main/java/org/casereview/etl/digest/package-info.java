/**
 * The digest entry grammar. {@link org.casereview.etl.digest.DigestParser} splits a digest's text
 * into entries (title, pseudonym, area, summary, labelled sections with items, report link) after
 * {@link org.casereview.etl.digest.TextRepair} has repaired it; {@link org.casereview.etl.digest.ListSplitter}
 * splits a section into items. All words the grammar knows (labels, link words, name prefixes,
 * repairs) are in {@code src/main/resources/vocabulary/digest-labels.yml} and {@code digest-grammar.yml}.
 *
 * <p>How it reads a digest: lines become units (wrapped lines and page breaks joined); a short
 * title-like unit followed by a paragraph and a label or link heads an entry; numbered,
 * date/area/name and pseudonym headings head one by their form alone. Everything before the first
 * entry is the preamble, where the digest's heading and month are found.
 *
 * <p>Helpers: {@code UnitReader} (lines to units, running headers), {@code UnitShapes} (labels,
 * headings, list points), {@code LinkShapes} (report link lines), {@code DetailLines} (area and
 * date lines under a heading), {@code HeadingReader} (title, pseudonym, area, year),
 * {@code TextDecoding} (HTML entities, UTF-8 read as Windows-1252). The invented digests under
 * {@code src/test/resources/digests-unseen} and {@code DigestLayoutVariantsTest} check that the rules
 * hold for layouts the sample corpus does not have.
 *
 * <p>PDF digests: a tagged PDF whose structure tree covers every page is read through the layout model
 * ({@link org.casereview.etl.digest.LayoutDigestText}: headings with their level, list items, paragraphs; a table
 * whose header row names labelled sections as one entry per row, {@code DigestTable}; running heads and feet and
 * printed link URLs as furniture, {@code DigestFurniture}) into the same light markdown; an untagged one laid out as
 * a table whose header line names labelled sections is read from its layout
 * ({@link org.casereview.etl.layout.UntaggedTableReader}) into the same {@code DigestTable} entries; another untagged
 * one is read from its text layer, with the outline's titles marked as headings.
 */
package org.casereview.etl.digest;
