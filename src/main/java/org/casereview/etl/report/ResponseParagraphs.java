package org.casereview.etl.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A paragraph after a recommendation that gives the partnership's or an agency's answer to it ('Response: Accepted;
 * lead: Head of Health Visiting; by September 2025.', 'Partnership response: agreed ...', 'The Trust's response -
 * ...'): the recommendation ends before it, and the answer is no item (what was agreed, not what is asked).
 */
final class ResponseParagraphs {

    /** Up to three words naming who answers, then 'response' and a colon or dash, at the paragraph's start. */
    private static final Pattern RESPONSE_LABEL = Pattern.compile(
            "(?i)^(?:[\\p{L}'\u2019-]+\\s+){0,3}?response\\s*[:\u2013\u2014-]\\s*\\S");

    private ResponseParagraphs() {
    }

    /**
     * The entry's text before a later line of its block that opens with a response label (the answer set on the
     * entry's next line, with no paragraph space between them); the whole text when no line does.
     */
    static String beforeResponse(Block entry, String text) {
        List<TextLine> lines = entry.lines();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).text().strip();
            int at = opens(line) ? text.indexOf(line) : -1;
            if (at > 0) {
                return text.substring(0, at).strip();
            }
        }
        return text;
    }

    /** True when the paragraph opens with a response label followed by the response's words. */
    static boolean opens(String paragraph) {
        return RESPONSE_LABEL.matcher(paragraph.strip()).find();
    }
}
