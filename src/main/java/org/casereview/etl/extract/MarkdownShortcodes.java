package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.casereview.etl.vocabulary.Vocabulary;

/**
 * Shortcodes of a static-site generator's markdown (Hugo: {@code {{< name key="value" >}}}, {@code {{% name %}}}, the
 * closing {@code {{< /name >}}}) are markup, not text. On a line that starts with one, a shortcode whose attribute
 * names a link target ({@code href}) around text is that link; a disclosure shortcode (accordion, details, ...) with a
 * title opens its block with that title as a heading at the level of the headings before it; every other shortcode
 * is dropped and the text between them kept. Lines inside code fences, and shortcodes inside a line of text, are left
 * alone. The words come from {@code vocabulary/html-noise.yml}.
 */
final class MarkdownShortcodes {

    private static final String FILE = "html-noise";
    private static final Pattern TAG = Pattern.compile("\\{\\{([<%])[ \\t]{0,20}(/?)[ \\t]{0,20}([A-Za-z][\\w./-]{0,60})"
            + "([^{}\\n]{0,2000}?)[ \\t]{0,20}/?[ \\t]{0,20}[>%]\\}\\}");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z][\\w-]{0,40})[ \\t]{0,5}=[ \\t]{0,5}"
            + "(?:\"([^\"]{0,2000})\"|'([^']{0,2000})'|([^\\s\"']{1,2000}))");
    private static final Pattern FIRST_QUOTED = Pattern.compile("^[ \\t]{0,20}(?:\"([^\"=]{1,2000})\"|'([^'=]{1,2000})')");
    private static final Pattern STARTS_WITH_TAG = Pattern.compile("^[ \\t]{0,3}\\{\\{[<%]");
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})[ \\t]");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(?:```|~~~)");
    /** A link shortcode left open at the end of its line closes within this many lines, or its text is plain text. */
    private static final int MAX_LINK_LINES = 5;
    private static final int DEFAULT_LEVEL = 3;

    private static final Set<String> LINK_ATTRIBUTES = words("link_shortcode_attributes");
    private static final Set<String> HEADING_NAMES = words("heading_shortcodes");
    private static final Set<String> HEADING_ATTRIBUTES = words("heading_shortcode_attributes");

    private MarkdownShortcodes() {
    }

    static String read(String markdown) {
        if (!markdown.contains("{{")) {
            return markdown;
        }
        Reader reader = new Reader();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (FENCE.matcher(line).find()) {
                fenced = !fenced;
            }
            if (fenced || !STARTS_WITH_TAG.matcher(line).find() && !reader.inLink()) {
                reader.text(line);
            } else {
                reader.shortcodeLine(line);
            }
        }
        return reader.finish();
    }

    /** The lines written so far, the level of the last heading, and a link shortcode still open. */
    private static final class Reader {
        private final List<String> out = new ArrayList<>();
        private int level = DEFAULT_LEVEL;
        private String linkName;
        private String linkTarget;
        private final StringBuilder linkText = new StringBuilder();
        private int linkLines;

        boolean inLink() {
            return linkName != null;
        }

        void text(String line) {
            Matcher atx = ATX.matcher(line);
            if (atx.find()) {
                level = Math.max(2, atx.group(1).length());
            }
            out.add(line);
        }

        void shortcodeLine(String line) {
            StringBuilder plain = new StringBuilder();
            Matcher tag = TAG.matcher(line);
            int at = 0;
            while (tag.find()) {
                between(line.substring(at, tag.start()), plain);
                tagFound(tag.group(2).equals("/"), tag.group(3).toLowerCase(Locale.ROOT), tag.group(4), plain);
                at = tag.end();
            }
            between(line.substring(at), plain);
            if (inLink() && ++linkLines > MAX_LINK_LINES) {
                plain.append(linkText);
                linkName = null;
            }
            out.add(plain.toString().strip());
        }

        private void between(String text, StringBuilder plain) {
            StringBuilder into = inLink() ? linkText : plain;
            if (!text.isBlank()) {
                into.append(into.isEmpty() ? "" : " ").append(text.strip());
            }
        }

        private void tagFound(boolean closing, String name, String attributes, StringBuilder plain) {
            if (closing && name.equals(linkName)) {
                flushParagraph(plain);
                String text = linkText.toString().strip();
                out.add(text.isEmpty() ? "" : "[" + text + "](" + linkTarget.replace(" ", "%20") + ")");
                out.add("");
                linkName = null;
                return;
            }
            if (closing || inLink()) {
                return;
            }
            Optional<String> target = attribute(attributes, LINK_ATTRIBUTES);
            if (target.isPresent()) {
                linkName = name;
                linkTarget = target.get().strip();
                linkText.setLength(0);
                linkLines = 0;
            } else if (HEADING_NAMES.contains(name)) {
                title(attributes).ifPresent(title -> {
                    flushParagraph(plain);
                    out.add("#".repeat(level) + " " + title);
                    out.add("");
                });
            }
        }

        /** Text before a link or heading on the same line is a paragraph of its own, before it. */
        private void flushParagraph(StringBuilder plain) {
            out.add(plain.isEmpty() ? "" : plain.toString().strip());
            if (!plain.isEmpty()) {
                out.add("");
            }
            plain.setLength(0);
        }

        String finish() {
            if (inLink()) {
                out.add(linkText.toString().strip());
            }
            return String.join("\n", out);
        }
    }

    private static Optional<String> title(String attributes) {
        Optional<String> named = attribute(attributes, HEADING_ATTRIBUTES);
        if (named.isPresent()) {
            return named.filter(s -> !s.isBlank()).map(String::strip);
        }
        Matcher quoted = FIRST_QUOTED.matcher(attributes);
        return quoted.find() ? Optional.of((quoted.group(1) != null ? quoted.group(1) : quoted.group(2)).strip())
                .filter(s -> !s.isEmpty()) : Optional.empty();
    }

    private static Optional<String> attribute(String attributes, Set<String> names) {
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            if (names.contains(attribute.group(1).toLowerCase(Locale.ROOT))) {
                String value = attribute.group(2) != null ? attribute.group(2)
                        : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static Set<String> words(String key) {
        return Vocabulary.bundled().strings(FILE, key).stream().map(s -> s.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
