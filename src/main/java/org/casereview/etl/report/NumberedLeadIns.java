package org.casereview.etl.report;

import java.util.regex.Pattern;

/**
 * A numbered paragraph that opens a section of lessons or recommendations told as numbered paragraphs by announcing
 * them in one of its sentences, not only its last ('9.1 The review has identified the following lessons. They are
 * drawn from the analysis in section 8.'): the section's lead-in, no item.
 */
final class NumberedLeadIns {

    /** A sentence naming the kind of the paragraphs to come: 'the following lessons', 'the following key learning'. */
    private static final Pattern ANNOUNCES_KIND = Pattern.compile(
            "(?i)\\bthe following (?:\\w+ ){0,2}(?:lessons?|learning|learning points|recommendations?|points|themes)\\b");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.:])\\s+(?=\\p{Lu})");
    private static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,3})+\\.?\\s+");
    /** A lead-in is short: an announcement and a sentence or two about where the points come from. */
    private static final int MAX_SENTENCES = 3;

    private NumberedLeadIns() {
    }

    /** True when the numbered paragraph's text announces the points after it in a sentence ending with a stop. */
    static boolean leadsIn(String paragraph) {
        String text = PARAGRAPH_NUMBER.matcher(paragraph.strip()).replaceFirst("");
        String[] sentences = SENTENCE_BREAK.split(text);
        if (sentences.length > MAX_SENTENCES) {
            return false;
        }
        for (String sentence : sentences) {
            if (ANNOUNCES_KIND.matcher(sentence).find() && (sentence.endsWith(".") || sentence.endsWith(":"))) {
                return true;
            }
        }
        return false;
    }
}
