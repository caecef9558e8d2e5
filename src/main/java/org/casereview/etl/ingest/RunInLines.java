package org.casereview.etl.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.pdfbox.text.TextPosition;
import org.casereview.etl.extract.RunInHeadings;
import org.casereview.etl.layout.BoldLead;

/**
 * The lines a text stripper writes, with the bold words that open each and where its paragraphs start, so that the
 * text can be read with its run-in titles set apart as the digest step reads them ({@link RunInHeadings}): numbered
 * entries whose bold title runs into the summary show no title line in the plain text.
 */
final class RunInLines {

    private static final int MIN_LEADS = 2;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<String> lines = new ArrayList<>();
    private final Map<String, String> leads = new HashMap<>();
    private final Set<String> bold = new HashSet<>();
    private final StringBuilder line = new StringBuilder();
    private final BoldLead lead = new BoldLead();

    void word(String text, List<TextPosition> glyphs) {
        lead.word(line, text, glyphs);
        line.append(text);
    }

    void wordSeparator() {
        line.append(' ');
    }

    void endLine() {
        String text = SPACES.matcher(line).replaceAll(" ").strip();
        if (!text.isEmpty()) {
            lines.add(text);
            if (!lead.lead().isEmpty() && text.startsWith(lead.lead() + " ")) {
                leads.put(text, lead.lead());
            } else if (lead.bold()) {
                bold.add(text);
            }
        }
        line.setLength(0);
        lead.reset();
    }

    /** A paragraph starts: a blank line before it, as the digest step's text has. */
    void paragraph() {
        endLine();
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
            lines.add("");
        }
    }

    /** The lines another reading recorded, after these. */
    void add(RunInLines later) {
        paragraph();
        lines.addAll(later.lines);
        leads.putAll(later.leads);
        bold.addAll(later.bold);
    }

    /** The text with its run-in titles on lines of their own; empty when it has none. */
    Optional<String> text() {
        endLine();
        if (leads.size() < MIN_LEADS) {
            return Optional.empty();
        }
        List<String> split = RunInHeadings.split(lines, leads, bold);
        return split.equals(lines) ? Optional.empty() : Optional.of(String.join("\n", split));
    }
}
