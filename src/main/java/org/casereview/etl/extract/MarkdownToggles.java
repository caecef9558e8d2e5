package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Toggles in a markdown export (Notion's "Export > Markdown"): a review is a bullet whose whole text is bold, its title,
 * with the review under it indented four spaces (blank lines holding the spaces too): summary, bold labels over nested
 * lists, the link. A bullet whose body holds a bold label line and a list is read as a bold title paragraph with its
 * body unindented, as the same review written without toggles. Callouts in such a body ({@code <aside>} blocks, which
 * a web page's reader leaves out as a sidebar) are unwrapped, and the icon in front of a callout's first line (an
 * emoji: "👍 **Good practice:**") goes, so that its label reads as a label.
 */
final class MarkdownToggles {
    private static final Pattern TITLE_BULLET = Pattern.compile("^( {0,3})[-*+] \\*\\*([^*\\n]{1,300})\\*\\*\\s*$");
    private static final Pattern BOLD_LINE = Pattern.compile("^\\S{0,8}\\s?\\*\\*[^*]{1,200}\\*\\*\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s{0,8}(?:[-*+]|\\d{1,3}[.)]) \\S");
    private static final Pattern ASIDE_TAG = Pattern.compile("^\\s*</?aside>\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ICON = Pattern.compile("^([^\\p{L}\\p{N}\\p{P}\\s]{1,8})\\s+(?=\\S)");
    private static final int BODY_INDENT = 2;

    private MarkdownToggles() {
    }

    static String read(String markdown) {
        if (!markdown.contains("**")) {
            return markdown;
        }
        List<String> lines = List.of(markdown.split("\n", -1));
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Matcher title = TITLE_BULLET.matcher(lines.get(i));
            if (!title.matches()) {
                out.add(lines.get(i));
                continue;
            }
            int indent = title.group(1).length() + BODY_INDENT;
            int end = i + 1;
            while (end < lines.size() && (lines.get(end).isBlank() || indentOf(lines.get(end)) >= indent)) {
                end++;
            }
            List<String> body = dedented(lines.subList(i + 1, end));
            if (!holdsLabelledList(body)) {
                out.add(lines.get(i));
                continue;
            }
            out.add("**" + title.group(2).strip() + "**");
            out.add("");
            out.addAll(withCalloutsUnwrapped(body));
            i = end - 1;
        }
        return String.join("\n", out);
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The body's lines without their common indent; lines of white space only as empty lines. */
    private static List<String> dedented(List<String> body) {
        int common = body.stream().filter(line -> !line.isBlank()).mapToInt(MarkdownToggles::indentOf).min().orElse(0);
        return body.stream().map(line -> line.isBlank() ? "" : line.substring(common)).toList();
    }

    private static boolean holdsLabelledList(List<String> body) {
        return body.stream().anyMatch(line -> BOLD_LINE.matcher(line).matches())
                && body.stream().anyMatch(line -> LIST_ITEM.matcher(line).find());
    }

    /** Callout tags taken out and the icon before each callout's first line dropped. */
    private static List<String> withCalloutsUnwrapped(List<String> body) {
        List<String> out = new ArrayList<>(body.size());
        boolean calloutStart = false;
        for (String line : body) {
            if (ASIDE_TAG.matcher(line).matches()) {
                calloutStart = line.strip().charAt(1) != '/';
                out.add("");
                continue;
            }
            out.add(calloutStart ? ICON.matcher(line).replaceFirst("") : line);
            calloutStart &= line.isBlank();
        }
        return out;
    }
}
