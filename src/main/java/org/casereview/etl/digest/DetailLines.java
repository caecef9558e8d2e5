package org.casereview.etl.digest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines between an entry heading and its summary that describe the entry: the publishing area
 * ("Partnership: Eastmere Safeguarding Children Partnership"), the publication date
 * ("Published 12 March 2024") and rows of its other facts ("Age: 13 years", "Sex: Female"). Their words are in the
 * grammar file (area_label, entry_date_line, detail_field).
 */
final class DetailLines {

    private static final Pattern VOWEL = Pattern.compile("[AEIOUY]");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    /** Words a fact's value has at most: a value, not a sentence that opens with the field's word. */
    private static final int MAX_VALUE_WORDS = 8;
    private static final Pattern SENTENCE_END = Pattern.compile("[.;!?]$");

    /** A row of the entry's facts: the field as printed ("Ethnicity") and its value ("Black British"). */
    record Row(String field, String value) {
    }

    private final DigestGrammar grammar;
    /**
     * A partnership's name and the year it published the review, after a comma, a dot or a dash ("Fernleigh
     * Safeguarding Children Partnership, 2025", "... Partnership · published March 2026"): who published the
     * review and when, as an area line and a date line say. Without the year the name may head a group of entries.
     */
    private final Pattern publisherLine;

    DetailLines(DigestGrammar grammar) {
        this.grammar = grammar;
        this.publisherLine = Pattern.compile("(\\p{L}[\\p{L}'\u2019&. -]{0,50}?(?:" + grammar.areaSuffix.pattern().replaceFirst("\\$$", "")
                + "))\\s*[,\u00b7|\u2013\u2014-]\\s*(?:published\\s+(?:in\\s+)?)?(?:\\d{1,2}\\s+)?(?:\\p{L}{3,9}\\.?\\s+)?"
                + "((?:19|20)\\d{2})\\.?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * A line with the entry's area ("Partnership: Eastmere") or its publication date ("Published 12 March 2024"), or a
     * metadata band's caption and value ("TYPE Serious case review").
     */
    boolean isEntryDetail(String line) {
        return areaOf(line) != null || grammar.entryDateLine.matcher(line.strip()).matches()
                || caption(grammar.detailCaption, line) != null || row(line) != null;
    }

    /**
     * A row of the entry's facts other than its area and date ("Age: 13 years", "Review type: Serious case review"):
     * the field's name, a colon and a short value that is no sentence; null for other lines.
     */
    Row row(String line) {
        Matcher m = grammar.detailField.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        String value = m.group(2).strip();
        return value.split("\\s+").length > MAX_VALUE_WORDS || SENTENCE_END.matcher(value).find() ? null
                : new Row(m.group(1), value);
    }

    /**
     * A band's caption, in capitals, and its value after it without a colon ("AREA <area name>"): the value, or null.
     * The capitals tell the caption from a sentence or a title that starts with the same word ("Area of concern"); a
     * value in capitals too is a heading ("AREA REVIEWS"). An acronym ("LSCB", no vowel) is in capitals in any layout,
     * and a value with a colon is a title's ("LSCB Eastmere: Child A").
     */
    private static String caption(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line.strip());
        if (!m.matches() || !m.group(1).equals(m.group(1).toUpperCase(java.util.Locale.ROOT))
                || !VOWEL.matcher(m.group(1)).find() || m.group(2).contains(":")
                || m.group(2).equals(m.group(2).toUpperCase(java.util.Locale.ROOT))) {
            return null;
        }
        return m.group(2);
    }

    /** The year of a publication date line ("Published 1 August 2025 · News" -> 2025); null for other lines. */
    Integer dateLineYear(String line) {
        Matcher date = grammar.entryDateLine.matcher(line.strip());
        if (!date.matches()) {
            Matcher publisher = publisherLine.matcher(line.strip());
            return publisher.matches() && areaOf(line) != null ? Integer.valueOf(publisher.group(2)) : null;
        }
        Matcher year = YEAR.matcher(line);
        return year.find() ? Integer.valueOf(year.group(1)) : null;
    }

    /** The area named by an area line, without "Safeguarding Children Partnership" ("" for "Anonymous"); null for other lines. */
    String areaOf(String line) {
        Matcher m = grammar.areaLabel.matcher(line.strip());
        Matcher publisher = m.matches() ? null : publisherLine.matcher(line.strip());
        String value = m.matches() ? m.group(1) : publisher.matches() ? publisher.group(1) : caption(grammar.areaCaption, line);
        // a place name: capitalised, short, not a sentence ("Partnership: review the ..." is a list point)
        if (value == null || !Character.isUpperCase(value.codePointAt(0)) || value.split("\\s+").length > 8
                || value.matches(".*[.;]$")) {
            return null;
        }
        String area = grammar.areaSuffix.matcher(value.strip()).replaceFirst("").strip();
        area = area.isEmpty() ? value.strip() : area;
        return grammar.anonymousArea.matcher(area).matches() ? "" : area;
    }
}
