package org.casereview.etl.quality;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.casereview.etl.document.Section;

/**
 * A 'report' holding two or more lines that link a review's document ('Read the practice review (PDF)', 'Read the
 * overview report (PDF)') and two or more lists of one kind ('Learning includes:' again and again): a digest's entries,
 * each a summary, its labelled lists and the link to its review, read as one report because their titles were not
 * read (drawn as pictures, outlined). A report is one review: it links its own document once, if at all, and says what
 * it learnt in its own sections.
 */
final class DigestLinesInReport {

    /** Link lines, and lists of one kind, at least. */
    private static final int MIN_LINK_LINES = 2;
    static final Pattern LINK_LINE = Pattern.compile("(?im)^\\s*(?:read|download|view|open) (?:the |this )?"
            + "(?:full |whole )?(?:[\\w-]+ ){0,3}?(?:review|report|summary|briefing)\\b[^\\n.]{0,40}?"
            + "\\((?:PDF|Word|DOCX?)[^)\\n]{0,20}\\)\\s*(?:[\u203a>\u2192]\\s*)?$");

    private DigestLinesInReport() {
    }

    static Optional<String> note(ReportEvidence report) {
        long mostListsOfAKind = report.sections().stream().filter(s -> s.type().hasItems())
                .collect(Collectors.groupingBy(Section::type, Collectors.counting())).values().stream()
                .mapToLong(Long::longValue).max().orElse(0);
        if (mostListsOfAKind < MIN_LINK_LINES) {
            return Optional.empty(); // most reports: their texts need not be searched for link lines
        }
        int lines = 0;
        Set<String> differing = new TreeSet<>();
        for (Section section : report.sections()) {
            for (String text : new String[] {section.heading(), section.text()}) {
                Matcher m = LINK_LINE.matcher(text == null || !namesAFormat(text) ? "" : text);
                while (m.find()) {
                    lines++;
                    differing.add(m.group().strip());
                }
            }
        }
        return lines >= MIN_LINK_LINES
                ? Optional.of(lines + " lines linking a review's document ('" + differing.iterator().next()
                        + "'): a digest's entries read as one report?")
                : Optional.empty();
    }

    /**
     * Whether the text holds a '(' before "PDF", "Word" or "DOC" in any case, as every match of {@link #LINK_LINE}
     * does (its case-insensitivity is ASCII's; {@code regionMatches} ignoring case takes at least those): a text
     * without one is not searched.
     */
    static boolean namesAFormat(String text) {
        for (int i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) {
            if (text.regionMatches(true, i + 1, "pdf", 0, 3) || text.regionMatches(true, i + 1, "word", 0, 4)
                    || text.regionMatches(true, i + 1, "doc", 0, 3)) {
                return true;
            }
        }
        return false;
    }
}
