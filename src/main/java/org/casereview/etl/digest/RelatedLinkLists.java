package org.casereview.etl.digest;

import java.util.regex.Pattern;

/**
 * A page's list of links to other pages under a heading of its own ('Related content', 'Related reviews', 'See also',
 * 'You may also be interested in'), as a CMS puts under the content inside the page's main element (Adobe Experience
 * Manager's list component, Drupal's and WordPress' related-posts blocks): furniture, not one more review, though each
 * link's words may be a review's title. Such a heading goes with the lines of nothing but one link each that follow
 * it; a heading with anything else under it (a summary, a label) stays, and so do its lines.
 */
final class RelatedLinkLists {

    private static final Pattern HEADING = Pattern.compile("^(?:#{1,6}[ \\t]+|\\*\\*)(?:Related(?: content| reviews?| case reviews?|"
            + " pages?| links| articles| resources| publications| items)?|See also|You (?:may|might) also (?:be interested in|like)|"
            + "More (?:like this|on this topic)|Other (?:pages|links) you may find useful)[ \\t]*:?(?:\\*\\*)?[ \\t]*#*[ \\t]*$",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern LINK_LINE = Pattern.compile(
            "^[ \\t]*(?:[-*+][ \\t]+)?\\[[^\\[\\]\\n]{1,500}\\]\\([^()\\s]{1,2000}\\)[ \\t]*$");

    private RelatedLinkLists() {
    }

    static String drop(String text) {
        if (!HEADING.matcher(text).find()) {
            return text; // one scan; the lines are split only on a page that has such a heading
        }
        String[] lines = text.split("\n", -1);
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            if (!HEADING.matcher(lines[i]).matches()) {
                continue;
            }
            int end = i + 1;
            int links = 0;
            while (end < lines.length && (lines[end].isBlank() || LINK_LINE.matcher(lines[end]).matches())) {
                links += lines[end].isBlank() ? 0 : 1;
                end++;
            }
            if (links > 0) {
                for (int j = i; j < end; j++) {
                    lines[j] = "";
                }
                changed = true;
            }
        }
        return changed ? String.join("\n", lines) : text;
    }
}
