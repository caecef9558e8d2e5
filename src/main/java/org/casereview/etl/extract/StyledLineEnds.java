package org.casereview.etl.extract;

import java.util.Locale;
import java.util.Set;

import org.xml.sax.Attributes;

/**
 * An element whose own style keeps the line ends of its text ({@code white-space: pre-line}, {@code pre-wrap},
 * {@code pre}, {@code break-spaces}): the browser shows every newline character in it as a line end. A page that shows a
 * plain-text field of a content management system does so (a React page's {@code style={{whiteSpace: 'pre-line'}}}):
 * the editor typed the summary, the labels and the items on lines of their own, and the HTML holds no {@code <p>} or
 * {@code <br>} between them. Read as HTML white space, they ran together in one paragraph.
 */
final class StyledLineEnds {
    private static final Set<String> KEEPING = Set.of("pre", "pre-wrap", "pre-line", "break-spaces");

    private StyledLineEnds() {
    }

    static boolean keeps(Attributes atts) {
        String style = UnshownElements.value(atts, "style");
        return style != null && KEEPING.contains(InlineStyle.last(style.toLowerCase(Locale.ROOT), "white-space"));
    }
}
