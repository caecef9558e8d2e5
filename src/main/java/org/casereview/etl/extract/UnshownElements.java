package org.casereview.etl.extract;

import java.util.Locale;

import org.xml.sax.Attributes;

/**
 * An HTML element a browser does not show: one with the {@code hidden} attribute (but {@code hidden="until-found"}, which
 * the browser shows when its text is searched for or linked to), or whose inline style says {@code display: none} or
 * {@code visibility: hidden}. A page keeps there what it does not publish: a withdrawn review, an earlier wording, an
 * editor's note, an e-mail's preheader. Tika passes its text as any other; {@link LightMarkdownHandler} leaves it out
 * unless a link or control names it (an accordion's panel, hidden until its button opens it).
 */
final class UnshownElements {

    private UnshownElements() {
    }

    static boolean isUnshown(Attributes atts) {
        String hidden = value(atts, "hidden");
        if (hidden != null && !hidden.strip().equalsIgnoreCase("until-found")) {
            return true;
        }
        String style = value(atts, "style");
        return style != null && hidesByStyle(style.toLowerCase(Locale.ROOT));
    }

    /** The style's last {@code display} declaration is {@code none}, or its last {@code visibility} one hides. */
    private static boolean hidesByStyle(String style) {
        String visibility = InlineStyle.last(style, "visibility");
        return InlineStyle.last(style, "display").equals("none") || visibility.equals("hidden") || visibility.equals("collapse");
    }

    /** An attribute's value by its name in any case, or null. */
    static String value(Attributes atts, String name) {
        for (int i = 0; i < atts.getLength(); i++) {
            String local = atts.getLocalName(i);
            if (name.equalsIgnoreCase(local == null || local.isEmpty() ? atts.getQName(i) : local)) {
                return atts.getValue(i);
            }
        }
        return null;
    }
}
