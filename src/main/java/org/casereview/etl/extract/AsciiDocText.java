package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AsciiDoc source read as a plain-text digest (an '.adoc' file, or the source saved or attached as '.txt'), turned into
 * the light markdown HTML and Word digests become ({@link ExtractedText}), so that the one entry grammar reads it:
 * section titles ('== Title') as '#' headings, block titles ('.Learning includes', no colon) as bold lines as a label
 * without colon over a list is in markdown, link macros ('link:URL[text]', 'URL[text]') as markdown links, '*'/'.' list
 * markers of every level as '*' items, description lists ('Term:: text') as 'Term: text', constrained bold ('*x*') as
 * '**x**', attribute references as their values. Lines that are markup only (attribute entries, comments, block
 * attribute lines and anchors, delimiters, block macros such as 'toc::[]') become blank lines: they never join the
 * paragraphs around them. Admonition paragraphs keep their text without the 'NOTE:' word.
 * <p>
 * Only text with AsciiDoc's own evidence is read so ({@link #isAsciiDoc}); any other plain text stays as it is.
 */
final class AsciiDocText {
    private static final Pattern LINE_COMMENT = Pattern.compile("^//(?!//).{0,2000}$");
    private static final Pattern COMMENT_BLOCK = Pattern.compile("^/{4,40}$");
    private static final Pattern DOCUMENT_TITLE = Pattern.compile("^= \\S.{0,300}$");
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:!?(\\w[\\w-]{0,60})!?:(?:[ \\t]+(.{0,2000}))?$");
    private static final Pattern SECTION_TITLE = Pattern.compile("^(={1,6}) (\\S.{0,300}?)(?: =+)?$");
    private static final Pattern BLOCK_ATTRIBUTES = Pattern.compile(
            "^(?:\\[\\[[^\\[\\]]{1,200}\\]\\]|\\[[^\\[\\]\\s][^\\[\\]]{0,200}\\])$");
    private static final Pattern BLOCK_TITLE = Pattern.compile("^\\.([^\\s.].{0,200})$");
    private static final Pattern BLOCK_MACRO = Pattern.compile("^[a-z][\\w-]{0,30}::[^\\s\\[]{0,500}\\[[^\\]]{0,500}\\]$");
    private static final Pattern DELIMITER = Pattern.compile(
            "^(?:={4,40}|\\*{4,40}|-{4,40}|_{4,40}|\\.{4,40}|\\+{4,40}|'{3,40}|<{3}|\\|={3,40}|--|\\+)$");
    private static final Pattern ADMONITION = Pattern.compile("^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION): (?=\\S)");
    private static final Pattern LIST_ITEM = Pattern.compile("^[ \\t]{0,8}(\\*{1,5}|\\.{1,5}) (\\S.{0,4000})$");
    private static final Pattern DESCRIPTION = Pattern.compile("^(\\w[^:]{0,80}?)(?::{2,4}|;;)(?:[ \\t]+(\\S.{0,4000}))?$");
    private static final Pattern LINE_ANCHOR = Pattern.compile("^\\[\\[[^\\[\\]]{1,200}\\]\\](?=\\S)");
    private static final Pattern HARD_BREAK = Pattern.compile(" \\+$");
    private static final Pattern ATTRIBUTE_REFERENCE = Pattern.compile("\\{(\\w[\\w-]{0,60})\\}");
    private static final Pattern LINK_MACRO = Pattern.compile(
            "link:([^\\s\\[\\]]{1,2000})\\[([^\\]]{0,500})\\]|(?<![\\w(])((?:https?|ftp|mailto):[^\\s\\[\\]]{1,2000})\\[([^\\]]{0,500})\\]");
    private static final Pattern CROSS_REFERENCE = Pattern.compile("<<[^,<>]{1,200},\\s*([^<>]{1,300})>>|xref:[^\\s\\[]{1,200}\\[([^\\]]{1,300})\\]");
    private static final Pattern CONSTRAINED_BOLD = Pattern.compile("(?<![\\w*])\\*(?=[^\\s*])([^*\\n]{1,300}?)(?<=\\S)\\*(?![\\w*])");
    private static final Pattern BLANK_RUNS = Pattern.compile("\n{3,}");
    private static final int MIN_BODY_EVIDENCE = 2;

    private AsciiDocText() {
    }

    /**
     * Whether a plain text is AsciiDoc by its own evidence: a document header ('= Title' then ':name: value' attribute
     * entries, or attribute entries alone, before the first blank line), or at least two '==' section titles and two
     * lines of AsciiDoc-only markup (block attribute lines or anchors, block titles, block macros, link macros).
     */
    static boolean isAsciiDoc(String text) {
        List<String> lines = text.lines().map(String::stripTrailing).toList();
        return hasDocumentHeader(lines) || hasBodyEvidence(lines);
    }

    private static boolean hasDocumentHeader(List<String> lines) {
        int start = 0;
        while (start < lines.size() && (lines.get(start).isBlank() || LINE_COMMENT.matcher(lines.get(start)).matches())) {
            start++;
        }
        int end = start;
        while (end < lines.size() && !lines.get(end).isBlank()) {
            end++;
        }
        List<String> header = lines.subList(start, end);
        long attributes = header.stream().filter(line -> ATTRIBUTE_ENTRY.matcher(line).matches()).count();
        return attributes > 0 && (DOCUMENT_TITLE.matcher(header.get(0)).matches() || attributes == header.size());
    }

    private static boolean hasBodyEvidence(List<String> lines) {
        int sections = 0;
        int markup = 0;
        for (String line : lines) {
            if (SECTION_TITLE.matcher(line).matches() && line.startsWith("==")) {
                sections++;
            } else if (BLOCK_ATTRIBUTES.matcher(line).matches() || BLOCK_TITLE.matcher(line).matches()
                    || BLOCK_MACRO.matcher(line).matches() || line.contains("link:") && LINK_MACRO.matcher(line).find()) {
                markup++;
            }
        }
        return sections >= MIN_BODY_EVIDENCE && markup >= MIN_BODY_EVIDENCE;
    }

    /** The text as light markdown (see the class comment); LF line ends expected. */
    static String toMarkdown(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        Map<String, String> attributes = new HashMap<>();
        List<String> out = new ArrayList<>(lines.size());
        boolean comment = false;
        for (String raw : lines) {
            String line = raw.stripTrailing();
            if (COMMENT_BLOCK.matcher(line).matches()) {
                comment = !comment;
                continue;
            }
            if (comment || LINE_COMMENT.matcher(line).matches()) {
                continue;
            }
            Matcher attribute = ATTRIBUTE_ENTRY.matcher(line);
            if (attribute.matches()) {
                attributes.put(attribute.group(1), attribute.group(2) == null ? "" : attribute.group(2).strip());
                out.add("");
                continue;
            }
            out.add(markdownLine(withAttributes(line, attributes)));
        }
        return BLANK_RUNS.matcher(String.join("\n", out)).replaceAll("\n\n");
    }

    /** One line of the body as markdown: a markup-only line as an empty one. */
    private static String markdownLine(String line) {
        if (BLOCK_ATTRIBUTES.matcher(line).matches() || DELIMITER.matcher(line).matches()
                || BLOCK_MACRO.matcher(line).matches()) {
            return "";
        }
        Matcher section = SECTION_TITLE.matcher(line);
        if (section.matches()) {
            return "#".repeat(section.group(1).length()) + " " + inline(section.group(2));
        }
        Matcher title = BLOCK_TITLE.matcher(line);
        if (title.matches()) {
            return "**" + inline(title.group(1)).strip() + "**";
        }
        Matcher item = LIST_ITEM.matcher(line);
        if (item.matches()) {
            return "  ".repeat(item.group(1).length() - 1) + "* " + inline(item.group(2));
        }
        Matcher description = DESCRIPTION.matcher(line);
        if (description.matches()) {
            return description.group(1).strip() + ":" + (description.group(2) == null ? "" : " " + inline(description.group(2)));
        }
        return inline(ADMONITION.matcher(LINE_ANCHOR.matcher(line).replaceFirst("")).replaceFirst(""));
    }

    private static String withAttributes(String line, Map<String, String> attributes) {
        if (attributes.isEmpty() || line.indexOf('{') < 0) {
            return line;
        }
        return ATTRIBUTE_REFERENCE.matcher(line).replaceAll(reference -> Matcher.quoteReplacement(
                attributes.getOrDefault(reference.group(1), reference.group())));
    }

    /** Inline markup: link macros as markdown links, cross references as their text, constrained bold as '**'. */
    private static String inline(String text) {
        String s = HARD_BREAK.matcher(text).replaceFirst("");
        if (s.indexOf('[') >= 0) {
            s = LINK_MACRO.matcher(s).replaceAll(link -> {
                String target = link.group(1) != null ? link.group(1) : link.group(3);
                String words = linkText(link.group(1) != null ? link.group(2) : link.group(4));
                return Matcher.quoteReplacement(words.isEmpty() ? target : "[" + words + "](" + target + ")");
            });
        }
        if (s.contains("<<") || s.contains("xref:")) {
            s = CROSS_REFERENCE.matcher(s).replaceAll(ref -> Matcher.quoteReplacement(
                    ref.group(1) != null ? ref.group(1).strip() : ref.group(2).strip()));
        }
        return s.indexOf('*') >= 0 ? CONSTRAINED_BOLD.matcher(s).replaceAll("**$1**") : s;
    }

    /**
     * A link macro's text: its first attribute when it has named ones ('"Read the review",window=_blank'), without
     * quotes and without the '^' that asks for a new window.
     */
    private static String linkText(String attributes) {
        String words = attributes.strip();
        int closingQuote = words.startsWith("\"") ? words.indexOf('"', 1) : -1;
        if (closingQuote > 0) {
            words = words.substring(1, closingQuote);
        } else if (words.contains("=")) {
            int comma = words.indexOf(',');
            String first = comma < 0 ? words : words.substring(0, comma);
            words = first.contains("=") ? "" : first;
        }
        words = words.strip();
        return words.endsWith("^") ? words.substring(0, words.length() - 1).strip() : words;
    }
}
