package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * reStructuredText source read as a plain-text digest (a Sphinx or docutils '.rst' page saved or attached as '.txt'),
 * turned into the light markdown HTML digests become, as {@link AsciiDocText} does for AsciiDoc: section titles
 * (underlined, or over- and underlined, with one punctuation character) as '#' headings, their levels in the order the
 * styles are first used; the titles of 'rubric', 'admonition', 'topic' and 'sidebar' directives as bold lines (a label
 * without colon over a list, as in markdown); the bodies of admonitions and other text directives unindented, their
 * options dropped; hyperlinks ('`text &lt;url&gt;`_', anonymous '`text &lt;url&gt;`__', and named ones resolved from
 * their '.. _name: url' targets) as markdown links; roles (':ref:`text`') and inline literals as their text. Lines that
 * are markup only (comments, targets, substitution definitions, transitions, directives that show no text such as
 * 'contents', 'image' or 'toctree', with their bodies) become blank lines: they never join the paragraphs around them.
 * <p>
 * Only text with reStructuredText's own evidence is read so ({@link #isRestructuredText}); any other text stays as it is.
 */
final class RestructuredText {
    private static final Pattern EXPLICIT_MARKUP = Pattern.compile("^([ \\t]*)\\.\\.(?:[ \\t]+(.{0,2000}))?$");
    private static final Pattern DIRECTIVE = Pattern.compile("^([A-Za-z][\\w:+.-]{0,60})::(?:[ \\t]+(.{0,2000}))?$");
    private static final Pattern TARGET = Pattern.compile("^_(`[^`]{1,200}`|[^:`]{1,200}|__?):(?:[ \\t]+(\\S.{0,2000}))?$");
    private static final Pattern ANONYMOUS_TARGET = Pattern.compile("^__[ \\t]+(\\S.{0,2000})$");
    private static final Pattern SUBSTITUTION = Pattern.compile("^\\|[^|]{1,100}\\|[ \\t]+\\S.{0,2000}$");
    private static final Pattern ADORNMENT = Pattern.compile("^([!-/:-@\\[-`{-~])\\1{2,200}$");
    private static final Pattern FIELD = Pattern.compile("^:([^:\\s][^:]{0,60}):(?:[ \\t]+(\\S.{0,2000}))?$");
    private static final Pattern OPTION = Pattern.compile("^:[\\w-]{1,60}:(?:[ \\t].{0,2000})?$");
    private static final Pattern LINK = Pattern.compile("`([^`<>]{1,500}?)[ \\t\\n]*<([^`<>\\s]{1,2000})>`(__?)");
    private static final Pattern NAMED_REFERENCE = Pattern.compile("`([^`<>]{1,500})`_(?!_)|(?<![\\w`])([A-Za-z][\\w-]{0,60})_(?![\\w_])");
    private static final Pattern ROLE = Pattern.compile(":[\\w:+.-]{1,60}:`([^`]{1,500}?)(?:[ \\t]*<[^`<>]{1,500}>)?`");
    private static final Pattern LITERAL = Pattern.compile("``([^`]{1,500}?)``");
    private static final Pattern BLANK_RUNS = Pattern.compile("\n{3,}");

    /** Directives whose argument is a title over their body. */
    private static final Set<String> TITLED = Set.of("rubric", "admonition", "topic", "sidebar");
    /** Directives whose body (and argument) is text of the page; every other directive shows none. */
    private static final Set<String> TEXT = Set.of("note", "tip", "hint", "important", "attention", "caution", "danger",
            "error", "warning", "seealso", "container", "only", "class", "highlights", "pull-quote", "epigraph",
            "compound", "versionadded", "versionchanged", "deprecated");
    private static final int MIN_EVIDENCE = 2;

    private RestructuredText() {
    }

    /**
     * Whether a plain text is reStructuredText by its own evidence: at least two directive or target lines
     * ('.. name::', '.. _name:'), and a section title underlined with punctuation or a hyperlink reference.
     */
    static boolean isRestructuredText(String text) {
        if (!text.contains(".. ")) {
            return false;
        }
        List<String> lines = text.lines().map(String::stripTrailing).toList();
        int explicit = 0;
        boolean structure = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher markup = EXPLICIT_MARKUP.matcher(line);
            if (markup.matches() && markup.group(1).isEmpty() && markup.group(2) != null
                    && (DIRECTIVE.matcher(markup.group(2)).matches() || TARGET.matcher(markup.group(2)).matches())) {
                explicit++;
            }
            structure |= i > 0 && isUnderline(lines.get(i - 1), line) || line.contains(">`_") && LINK.matcher(line).find();
        }
        return explicit >= MIN_EVIDENCE && structure;
    }

    /** The text as light markdown (see the class comment); LF line ends expected. */
    static String toMarkdown(String text) {
        List<String> lines = text.lines().map(String::stripTrailing).toList();
        Map<String, String> targets = targets(lines);
        List<String> out = new ArrayList<>(lines.size());
        new Converter(targets, new ArrayList<>(), out).convert(lines);
        return BLANK_RUNS.matcher(String.join("\n", out)).replaceAll("\n\n");
    }

    /** Named hyperlink targets ('.. _name: url'), by their normalised names. */
    private static Map<String, String> targets(List<String> lines) {
        Map<String, String> targets = new HashMap<>();
        for (String line : lines) {
            Matcher markup = EXPLICIT_MARKUP.matcher(line);
            if (markup.matches() && markup.group(2) != null) {
                Matcher target = TARGET.matcher(markup.group(2));
                if (target.matches() && target.group(2) != null && !target.group(1).startsWith("__")) {
                    targets.put(name(target.group(1)), target.group(2).strip());
                }
            }
        }
        return targets;
    }

    private static String name(String reference) {
        String s = reference.startsWith("`") && reference.endsWith("`") ? reference.substring(1, reference.length() - 1) : reference;
        return s.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean isUnderline(String title, String line) {
        return !title.isBlank() && !Character.isWhitespace(title.charAt(0)) && !ADORNMENT.matcher(title).matches()
                && ADORNMENT.matcher(line).matches() && line.length() + 1 >= title.strip().length();
    }

    /** Converts lines, keeping the order of title styles across the nested bodies it reads. */
    private record Converter(Map<String, String> targets, List<String> titleStyles, List<String> out) {

        void convert(List<String> lines) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher markup = EXPLICIT_MARKUP.matcher(line);
                if (markup.matches()) {
                    int end = blockEnd(lines, i, markup.group(1).length());
                    explicitMarkup(markup.group(2) == null ? "" : markup.group(2).strip(), lines.subList(i + 1, end));
                    i = end - 1;
                    continue;
                }
                boolean overlined = i + 2 < lines.size() && ADORNMENT.matcher(line).matches()
                        && isUnderline(lines.get(i + 1), lines.get(i + 2)) && lines.get(i + 2).equals(line);
                if (overlined) {
                    out.add(heading("over" + line.charAt(0), lines.get(i + 1).strip()));
                    i += 2;
                } else if (i + 1 < lines.size() && isUnderline(line, lines.get(i + 1))) {
                    out.add(heading(String.valueOf(lines.get(i + 1).charAt(0)), line.strip()));
                    i++;
                } else if (ADORNMENT.matcher(line).matches() && line.length() >= 4) {
                    out.add(""); // a transition
                } else {
                    Matcher field = FIELD.matcher(line);
                    out.add(field.matches() ? field.group(1) + ":" + (field.group(2) == null ? "" : " " + inline(field.group(2)))
                            : inline(line));
                }
            }
        }

        private String heading(String style, String title) {
            if (!titleStyles.contains(style)) {
                titleStyles.add(style);
            }
            out.add("");
            return "#".repeat(Math.min(6, titleStyles.indexOf(style) + 1)) + " " + inline(title);
        }

        /** A directive, comment, target or substitution, with the lines indented under it. */
        private void explicitMarkup(String content, List<String> body) {
            out.add("");
            Matcher directive = DIRECTIVE.matcher(content);
            if (!directive.matches()) {
                blanks(body.size()); // a comment, a target, a substitution definition, a footnote
                return;
            }
            String name = directive.group(1).toLowerCase(java.util.Locale.ROOT);
            name = name.contains(":") ? name.substring(name.lastIndexOf(':') + 1) : name;
            String argument = directive.group(2) == null ? "" : directive.group(2).strip();
            if (!TITLED.contains(name) && !TEXT.contains(name)) {
                blanks(body.size());
                return;
            }
            if (!argument.isEmpty()) {
                out.add(TITLED.contains(name) ? "**" + inline(argument) + "**" : inline(argument));
                out.add("");
            }
            List<String> content2 = unindented(body);
            int options = 0;
            while (options < content2.size() && OPTION.matcher(content2.get(options)).matches()) {
                options++;
            }
            blanks(options);
            convert(content2.subList(options, content2.size()));
        }

        private void blanks(int count) {
            for (int i = 0; i < count; i++) {
                out.add("");
            }
        }

        private String inline(String text) {
            String s = text;
            if (s.indexOf('`') >= 0) {
                s = LINK.matcher(s).replaceAll(link -> Matcher.quoteReplacement(
                        "[" + link.group(1).strip() + "](" + link.group(2) + ")"));
                s = ROLE.matcher(s).replaceAll(role -> Matcher.quoteReplacement(role.group(1).strip()));
                s = LITERAL.matcher(s).replaceAll(literal -> Matcher.quoteReplacement(literal.group(1)));
            }
            if (s.indexOf('_') >= 0) {
                s = NAMED_REFERENCE.matcher(s).replaceAll(reference -> {
                    String words = reference.group(1) != null ? reference.group(1) : reference.group(2);
                    String url = targets.get(name(words));
                    if (url == null || url.endsWith("_")) {
                        // a bare word_ that names no target is no reference ('file_name_/' in a web address)
                        return Matcher.quoteReplacement(reference.group(1) != null ? words : reference.group());
                    }
                    return Matcher.quoteReplacement("[" + words.strip() + "](" + url + ")");
                });
            }
            return s;
        }
    }

    /** The line after a block: the lines under its first line that are blank or indented more, trailing blanks left. */
    private static int blockEnd(List<String> lines, int start, int indent) {
        int end = start + 1;
        int lastText = start;
        while (end < lines.size() && (lines.get(end).isBlank() || indentOf(lines.get(end)) > indent)) {
            if (!lines.get(end).isBlank()) {
                lastText = end;
            }
            end++;
        }
        return lastText + 1;
    }

    private static List<String> unindented(List<String> body) {
        int indent = body.stream().filter(line -> !line.isBlank()).mapToInt(RestructuredText::indentOf).min().orElse(0);
        List<String> out = new ArrayList<>(body.size());
        for (String line : body) {
            String expanded = line.replace("\t", "        ");
            out.add(expanded.isBlank() ? "" : expanded.substring(Math.min(indent, indentOf(expanded))));
        }
        return out;
    }

    private static int indentOf(String line) {
        int i = 0;
        int columns = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            columns += line.charAt(i) == '\t' ? 8 : 1;
            i++;
        }
        return columns;
    }
}
