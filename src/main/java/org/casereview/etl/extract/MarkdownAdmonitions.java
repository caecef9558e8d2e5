package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Admonitions of Python-Markdown and MkDocs Material: a marker line ({@code !!! note "Title"}, collapsible
 * {@code ??? note "Title"} or {@code ???+ note "Title"}, the type followed by other class names or {@code inline end}),
 * its body the lines under it indented four spaces more (or a tab). One whose body is a review's (a bold label line or
 * a heading, and list items: as {@link MarkdownToggles} reads a toggle) opens its block with its title as a heading at
 * the level of the headings before it; any other (a note, a warning) is its title as a paragraph. Either way the
 * marker is markup and the body is read unindented (an admonition inside it too). The fenced form of Docusaurus,
 * VitePress and Pandoc (':::tip[Title]' ... ':::') is read the same way ({@link #readFenced}). Lines inside code fences
 * are left alone.
 */
final class MarkdownAdmonitions {
    private static final Pattern MARKER = Pattern.compile(
            "^( {0,3})(?:!!!|\\?\\?\\?\\+?)[ \\t]{1,10}[\\w-]{1,40}(?:[ \\t]{1,10}[\\w-]{1,40}){0,4}?"
                    + "(?:[ \\t]{1,10}\"([^\"\\n]{0,300})\")?[ \\t]{0,10}$");
    /** ':::type[Title]', ':::type Title', '::: type Title', '::: {.class}', '::: type'; not a closing fence. */
    private static final Pattern FENCED_OPEN = Pattern.compile("^ {0,3}:{3,40}[ \\t]{0,10}(?:\\{[^{}\\n]{0,200}\\}|[A-Za-z][\\w-]{0,40})"
            + "(?:\\[([^\\]\\n]{0,300})\\]|[ \\t]{1,10}([^\\s:{\\[][^\\n]{0,300}?))?[ \\t]{0,10}:{0,40}[ \\t]{0,10}$");
    private static final Pattern FENCED_CLOSE = Pattern.compile("^ {0,3}:{3,40}[ \\t]{0,10}$");
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})[ \\t]");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(?:```|~~~)");
    private static final Pattern BOLD_LINE = Pattern.compile("^\\S{0,8}\\s?\\*\\*[^*]{1,200}\\*\\*\\s*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s{0,8}(?:[-*+]|\\d{1,3}[.)]) \\S");
    private static final int BODY_INDENT = 4;
    private static final int DEFAULT_LEVEL = 3;

    private MarkdownAdmonitions() {
    }

    static String read(String markdown) {
        String s = markdown.contains(":::") ? readFenced(markdown) : markdown;
        return s.contains("!!!") || s.contains("???") ? readIndented(s) : s;
    }

    /**
     * Fenced admonitions and divs: Docusaurus ({@code :::tip[Title]}, {@code :::note Title}), VitePress
     * ({@code ::: tip Title}) and Pandoc ({@code ::: {.note}}), closed by a line of colons. Their fences are markup (blank
     * lines) and their body text; a title opens the block as a heading when the body is a review's, is a bold line when
     * the body is a list (a label over it), and a paragraph otherwise.
     */
    private static String readFenced(String markdown) {
        List<String> lines = List.of(markdown.split("\n", -1));
        List<String> out = new ArrayList<>(lines.size());
        int level = DEFAULT_LEVEL;
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            fenced ^= FENCE.matcher(line).find();
            Matcher atx = ATX.matcher(line);
            if (!fenced && atx.find()) {
                level = Math.max(2, atx.group(1).length());
            }
            Matcher open = FENCED_OPEN.matcher(line);
            if (fenced || !open.matches() && !FENCED_CLOSE.matcher(line).matches()) {
                out.add(line);
                continue;
            }
            out.add("");
            String title = open.matches() ? fencedTitle(open) : "";
            if (!title.isEmpty()) {
                List<String> body = fencedBody(lines, i + 1);
                out.add(isReview(body) ? "#".repeat(level) + " " + title : isList(body) ? "**" + title + "**" : title);
                out.add("");
            }
        }
        return String.join("\n", out);
    }

    private static String fencedTitle(Matcher open) {
        String title = open.group(1) != null ? open.group(1) : open.group(2) != null ? open.group(2) : "";
        return title.strip();
    }

    /** The lines up to the fence that closes the one before {@code start} (fences opened inside counted). */
    private static List<String> fencedBody(List<String> lines, int start) {
        int depth = 1;
        for (int end = start; end < lines.size(); end++) {
            if (FENCED_CLOSE.matcher(lines.get(end)).matches()) {
                depth--;
            } else if (FENCED_OPEN.matcher(lines.get(end)).matches()) {
                depth++;
            }
            if (depth == 0) {
                return lines.subList(start, end);
            }
        }
        return lines.subList(start, lines.size());
    }

    private static boolean isList(List<String> body) {
        List<String> text = body.stream().filter(line -> !line.isBlank()).toList();
        return !text.isEmpty() && LIST_ITEM.matcher(text.get(0)).find();
    }

    private static String readIndented(String markdown) {
        List<String> lines = List.of(markdown.split("\n", -1));
        List<String> out = new ArrayList<>(lines.size());
        int level = DEFAULT_LEVEL;
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            fenced ^= FENCE.matcher(line).find();
            Matcher atx = ATX.matcher(line);
            Matcher marker = MARKER.matcher(line);
            if (fenced || !marker.matches()) {
                level = !fenced && atx.find() ? Math.max(2, atx.group(1).length()) : level;
                out.add(line);
                continue;
            }
            int end = bodyEnd(lines, i, marker.group(1).length() + BODY_INDENT);
            List<String> body = unindented(lines.subList(i + 1, end), marker.group(1).length() + BODY_INDENT);
            String title = marker.group(2) == null ? "" : marker.group(2).strip();
            if (!title.isEmpty()) {
                out.add(isReview(body) ? "#".repeat(level) + " " + title : title);
                out.add("");
            }
            out.addAll(List.of(readIndented(String.join("\n", body)).split("\n", -1)));
            i = end - 1;
        }
        return String.join("\n", out);
    }

    /** The line after the body: blank lines and lines indented at least {@code indent}, trailing blank lines left. */
    private static int bodyEnd(List<String> lines, int marker, int indent) {
        int end = marker + 1;
        int lastText = marker;
        while (end < lines.size() && (lines.get(end).isBlank() || indentOf(lines.get(end)) >= indent)) {
            if (!lines.get(end).isBlank()) {
                lastText = end;
            }
            end++;
        }
        return lastText + 1;
    }

    private static List<String> unindented(List<String> body, int indent) {
        List<String> out = new ArrayList<>(body.size());
        for (String line : body) {
            String expanded = line.replace("\t", " ".repeat(BODY_INDENT));
            out.add(expanded.isBlank() ? "" : expanded.substring(Math.min(indent, indentOf(expanded))));
        }
        return out;
    }

    private static boolean isReview(List<String> body) {
        return body.stream().anyMatch(line -> BOLD_LINE.matcher(line).matches() || ATX.matcher(line).find())
                && body.stream().anyMatch(line -> LIST_ITEM.matcher(line).find());
    }

    private static int indentOf(String line) {
        int i = 0;
        int columns = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            columns += line.charAt(i) == '\t' ? BODY_INDENT : 1;
            i++;
        }
        return columns;
    }
}
