package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Definition lists of PHP Markdown Extra and pandoc in a markdown digest: a term line, then one or more definitions,
 * each a line opening with {@code :} (or pandoc's {@code ~}) and one to four spaces. The term stays a line of its own
 * (a label, when it names a section) and each definition becomes a {@code - } list item; lines go on being the same
 * lines, so line numbers do not move.
 */
final class MarkdownDefinitionLists {
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(?:```|~~~)");
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}[:~](?: {1,4}|\\t)(?=\\S)");

    private MarkdownDefinitionLists() {
    }

    static String read(String markdown) {
        if (!markdown.contains(":") && !markdown.contains("~")) {
            return markdown;
        }
        List<String> lines = List.of(markdown.split("\n", -1));
        List<String> out = new ArrayList<>(lines.size());
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            fenced ^= FENCE.matcher(line).find();
            Matcher definition = DEFINITION.matcher(line);
            out.add(!fenced && definition.lookingAt() && followsTermOrDefinition(lines, i)
                    ? "- " + line.substring(definition.end()) : line);
        }
        return String.join("\n", out);
    }

    /** A definition has a term or another definition (or its wrapped lines) above it, at most one blank line apart. */
    private static boolean followsTermOrDefinition(List<String> lines, int index) {
        int above = index - 1;
        if (above >= 0 && lines.get(above).isBlank()) {
            above--;
        }
        return above >= 0 && !lines.get(above).isBlank();
    }
}
