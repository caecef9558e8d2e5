package org.casereview.etl.digest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines between an entry heading and its summary that describe the entry: the publishing area
 * ("Partnership: Eastmere Safeguarding Children Partnership") and the publication date
 * ("Published 12 March 2024"). Their words are in the grammar file (area.label, entry.date.line).
 */
final class DetailLines {

    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");

    private final DigestGrammar grammar;

    DetailLines(DigestGrammar grammar) {
        this.grammar = grammar;
    }

    /** A line with the entry's area ("Partnership: Eastmere") or its publication date ("Published 12 March 2024"). */
    boolean isEntryDetail(String line) {
        return areaOf(line) != null || grammar.entryDateLine.matcher(line.strip()).matches();
    }

    /** The year of a publication date line ("Published 1 August 2025 · News" -> 2025); null for other lines. */
    Integer dateLineYear(String line) {
        Matcher date = grammar.entryDateLine.matcher(line.strip());
        if (!date.matches()) {
            return null;
        }
        Matcher year = YEAR.matcher(line);
        return year.find() ? Integer.valueOf(year.group(1)) : null;
    }

    /** The area named by an area line, without "Safeguarding Children Partnership" ("" for "Anonymous"); null for other lines. */
    String areaOf(String line) {
        Matcher m = grammar.areaLabel.matcher(line.strip());
        // a place name: capitalised, short, not a sentence ("Partnership: review the ..." is a list point)
        if (!m.matches() || !Character.isUpperCase(m.group(1).codePointAt(0)) || m.group(1).split("\\s+").length > 8
                || m.group(1).matches(".*[.;]$")) {
            return null;
        }
        String area = grammar.areaSuffix.matcher(m.group(1).strip()).replaceFirst("").strip();
        area = area.isEmpty() ? m.group(1).strip() : area;
        return grammar.anonymousArea.matcher(area).matches() ? "" : area;
    }
}
