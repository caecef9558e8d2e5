package org.casereview.etl.extract;

import java.util.Locale;
import java.util.Set;

import org.xml.sax.Attributes;

/**
 * A phrasing element ({@code span}, {@code a}, {@code strong} ...) whose own style lays it out as a block
 * ({@code display: block}, {@code flex}, {@code grid}, {@code table}, {@code flow-root}) or as a list item
 * ({@code display: list-item}, the browser drawing the marker): the browser starts a line before it and after it.
 * Page builders write a whole text so (Divi's and Elementor's text modules: one {@code <p>} whose lines are
 * {@code <span style="display:block">}, the items {@code display:list-item} spans). Read inline, such a review was one
 * line, its title, summary, labels and items run together. The mirror of {@link InlineStyledBlocks}.
 */
final class BlockStyledInlines {
    private static final Set<String> PHRASING = Set.of("span", "a", "b", "strong", "em", "i", "u", "s", "font", "small",
            "big", "mark", "label", "cite", "time", "abbr", "q", "code", "ins");
    private static final Set<String> BLOCK = Set.of("block", "flex", "grid", "table", "flow-root");

    /** How a phrasing element's own style lays it out. */
    enum Layout { INLINE, BLOCK, LIST_ITEM }

    private BlockStyledInlines() {
    }

    static Layout of(String tag, Attributes atts) {
        if (!PHRASING.contains(tag)) {
            return Layout.INLINE;
        }
        String style = UnshownElements.value(atts, "style");
        String display = style == null ? "" : InlineStyle.last(style.toLowerCase(Locale.ROOT), "display");
        if (display.equals("list-item")) {
            return Layout.LIST_ITEM;
        }
        return BLOCK.contains(display) ? Layout.BLOCK : Layout.INLINE;
    }
}
