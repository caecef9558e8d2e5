package org.casereview.etl.extract;

import java.util.Locale;
import java.util.regex.Pattern;

import org.xml.sax.Attributes;

/**
 * A note reference: a link to a note in the same document that shows only the note's number or mark, as a superscript
 * or named so ({@code role="doc-noteref"}, EPUB's {@code epub:type="noteref"}, pandoc's {@code class="footnote-ref"}).
 * It is the mark a reader follows to the note, not a word of the sentence: read as text, 'in 2024' followed by note 1
 * became 'in 20241'. Word's, pandoc's and EPUB's footnote references are written so.
 */
final class NoteReferences {
    private static final Pattern MARK = Pattern.compile("\\[?(?:\\d{1,3}|[*\u2020\u2021\u00a7])\\]?");

    private NoteReferences() {
    }

    /** Whether the link's own attributes name it a note reference. */
    static boolean isNamed(Attributes atts) {
        String role = UnshownElements.value(atts, "role");
        String type = UnshownElements.value(atts, "type");
        String classes = UnshownElements.value(atts, "class");
        return "doc-noteref".equalsIgnoreCase(role == null ? "" : role.strip())
                || type != null && type.toLowerCase(Locale.ROOT).contains("noteref")
                || classes != null && classes.toLowerCase(Locale.ROOT).matches(".*\\b(?:footnote-ref|noteref)\\b.*");
    }

    /**
     * Whether a link is a note reference: its target is in the document ('#...'), its text only a note number or mark,
     * and it is a superscript (in a {@code sup} or holding one) or named one.
     */
    static boolean isNoteMark(String text, String href, boolean superscript, boolean named) {
        return href.startsWith("#") && MARK.matcher(text.strip()).matches() && (superscript || named);
    }
}
