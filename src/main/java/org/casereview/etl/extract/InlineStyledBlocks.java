package org.casereview.etl.extract;

import java.util.Locale;
import java.util.Set;

import org.xml.sax.Attributes;

/**
 * A generic block element ({@code div}, {@code p}, {@code section} ...) whose own style lays it out in the line
 * ({@code display: inline}, {@code inline-block}, {@code inline-flex}, {@code inline-grid}): the browser sets it with the
 * text around it, no line break before or after. Scripts that animate text leave pages so (GSAP SplitText wraps every word
 * and letter of a title in an inline-block {@code div}, and a saved page keeps them); page builders do it for a row of
 * badges. Read as blocks, such a title came out one letter a line. Headings, list items, lists and tables keep their
 * role whatever their style: their structure is the document's.
 */
final class InlineStyledBlocks {
    private static final Set<String> GENERIC = Set.of("div", "p", "section", "article", "address", "figure", "figcaption",
            "blockquote");
    private static final Set<String> INLINE = Set.of("inline", "inline-block", "inline-flex", "inline-grid");

    private InlineStyledBlocks() {
    }

    /** Whether the element is a generic block laid out inline by its own style attribute. */
    static boolean isInline(String tag, Attributes atts) {
        if (!GENERIC.contains(tag)) {
            return false;
        }
        String style = UnshownElements.value(atts, "style");
        return style != null && INLINE.contains(InlineStyle.last(style.toLowerCase(Locale.ROOT), "display"));
    }
}
