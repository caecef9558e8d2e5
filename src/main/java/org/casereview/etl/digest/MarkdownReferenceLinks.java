package org.casereview.etl.digest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown reference-style links written inline: "[Read the review][r1]", "[Read the review][]" and a bare
 * "[r1]" whose label is defined elsewhere ("[r1]: https://... "title"") become "[text](https://...)", and the
 * definition lines are emptied, so a link line is read as the entry's link and the block of definitions at the end of an
 * export is not taken for items. Labels match as CommonMark says: case and runs of white space ignored.
 */
final class MarkdownReferenceLinks {

    private static final Pattern DEFINITION = Pattern.compile(
            "(?m)^ {0,3}\\[([^\\]\\n]{1,200})\\]:[ \\t]*<?([^\\s>]+)>?"
                    + "(?:[ \\t]+(?:\"[^\"\\n]*\"|'[^'\\n]*'|\\([^)\\n]*\\)))?[ \\t]*(?:\\n|$)");
    /** "[text][label]", "[text][]" or "[label]", not an inline link "[text](url)" nor a definition "[label]:". */
    private static final Pattern REFERENCE = Pattern.compile("\\[([^\\[\\]\\n]{1,500})\\](?:\\[([^\\[\\]\\n]{0,200})\\])?(?![(:\\[])");

    private MarkdownReferenceLinks() {
    }

    static String inline(String text) {
        if (!text.contains("]:")) {
            return text;
        }
        Map<String, String> targets = new HashMap<>();
        Matcher definition = DEFINITION.matcher(text);
        StringBuilder withoutDefinitions = new StringBuilder(text.length());
        while (definition.find()) {
            targets.putIfAbsent(key(definition.group(1)), definition.group(2));
            // an empty line in its place: the entries after it keep their line numbers
            definition.appendReplacement(withoutDefinitions, definition.group().endsWith("\n") ? "\n" : "");
        }
        if (targets.isEmpty()) {
            return text;
        }
        definition.appendTail(withoutDefinitions);
        Matcher reference = REFERENCE.matcher(withoutDefinitions);
        StringBuilder linked = new StringBuilder(withoutDefinitions.length());
        while (reference.find()) {
            String label = reference.group(2) == null || reference.group(2).isBlank() ? reference.group(1) : reference.group(2);
            String target = targets.get(key(label));
            String replacement = target == null ? reference.group() : "[" + reference.group(1) + "](" + target + ")";
            reference.appendReplacement(linked, Matcher.quoteReplacement(replacement));
        }
        reference.appendTail(linked);
        return linked.toString();
    }

    private static String key(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
