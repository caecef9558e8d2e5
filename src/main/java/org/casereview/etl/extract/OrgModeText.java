package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Emacs Org-mode source read as a plain-text digest (an '.org' file sent or saved as '.txt'), turned into the light
 * markdown HTML digests become, as {@link WikiText} and {@link AsciiDocText} do for their markup, and as Org's own HTML
 * export shows it: the '#+TITLE:' the document's '#' heading, headlines ('* ', '** ', ...) '#' headings one level under
 * it (of their own level without a title), without their TODO keyword ('TODO' / 'DONE' or those '#+TODO:' names),
 * priority cookie and trailing ':tags:'; links '[[url][text]]' as markdown links and '[[url]]' as the address; '*bold*'
 * and '/italic/' as markdown; '+ ' and indented '* ' items as '- ' items, checkboxes dropped, 'term :: text' as
 * 'term: text'. What the export never shows is left out: the other '#+' keyword lines, '# ' comment lines, the planning
 * line under a headline ('CLOSED:', 'SCHEDULED:', 'DEADLINE:'), drawers (':PROPERTIES:' ... ':END:'), comment blocks,
 * and a 'COMMENT' or ':noexport:' headline with its whole subtree (a draft kept in the file, not published).
 * <p>
 * Only text with Org's own evidence is read so ({@link #isOrgMode}); any other plain text stays as it is.
 */
final class OrgModeText {
    private static final Pattern KEYWORD = Pattern.compile("^[ \\t]*#\\+([A-Za-z_]{1,40}):[ \\t]*(.{0,2000})$");
    private static final Pattern BLOCK = Pattern.compile("^[ \\t]*#\\+(BEGIN|END)_(\\w{1,40}).{0,2000}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT_LINE = Pattern.compile("^[ \\t]*#(?:[ \\t].{0,4000})?$");
    private static final Pattern HEADLINE = Pattern.compile("^(\\*{1,20})[ \\t]+(.{0,2000}?)[ \\t]*$");
    private static final Pattern TAGS = Pattern.compile("[ \\t]+(:(?:[\\w@#%]{1,60}:){1,20})$");
    private static final Pattern PRIORITY = Pattern.compile("^\\[#[A-Z0-9]\\][ \\t]*");
    private static final Pattern PLANNING = Pattern.compile("^[ \\t]*(?:CLOSED|SCHEDULED|DEADLINE):[ \\t].{0,500}$");
    private static final Pattern DRAWER = Pattern.compile("^[ \\t]*:[\\w-]{1,40}:[ \\t]*$");
    private static final Pattern DRAWER_END = Pattern.compile("^[ \\t]*:END:[ \\t]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM = Pattern.compile("^([ \\t]*)(?:[-+]|(?<=[ \\t])\\*|(\\d{1,3})[.)])[ \\t]+(?:\\[[ Xx-]\\][ \\t]+)?(.{0,4000})$");
    private static final Pattern RULE = Pattern.compile("^[ \\t]*-{5,}[ \\t]*$");
    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\[\\]]{1,2000})\\](?:\\[([^\\[\\]]{1,500})\\])?\\]");
    /** Emphasis as Org reads it: a mark after a line start, space or opening punctuation, closed before space or punctuation. */
    private static final Pattern BOLD = Pattern.compile("(?<=^|[\\s(\"'{-])\\*([^\\s*](?:[^*\\n]{0,500}?[^\\s*])?)\\*(?=$|[\\s.,;:!?'\")}\\-])");
    private static final Pattern ITALIC = Pattern.compile("(?<=^|[\\s(\"'{-])/([^\\s/](?:[^/\\n]{0,500}?[^\\s/])?)/(?=$|[\\s.,;:!?'\")}\\-])");
    private static final Pattern VERBATIM = Pattern.compile("(?<=^|[\\s(\"'{-])([=~])([^\\s=~](?:[^=~\\n]{0,500}?[^\\s=~])?)\\1(?=$|[\\s.,;:!?'\")}\\-])");
    private static final Pattern BLANK_RUNS = Pattern.compile("\n{3,}");
    private static final Set<String> DEFAULT_TODO = Set.of("TODO", "DONE");
    private static final Set<String> TODO_KEYWORDS = Set.of("TODO", "SEQ_TODO", "TYP_TODO");
    private static final int MIN_KEYWORDS = 2;
    private static final int MIN_HEADLINE_EVIDENCE = 2;

    private OrgModeText() {
    }

    /**
     * Whether a plain text is Org source by its own evidence: two or more '#+KEYWORD:' lines, or two or more headlines
     * that only Org writes (a star headline with a planning line or drawer under it, a TODO keyword, or ':tags:' at its end).
     */
    static boolean isOrgMode(String text) {
        if (!text.contains("#+") && !text.contains("* ")) {
            return false;
        }
        List<String> lines = text.lines().toList();
        int keywords = 0;
        int headlines = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#+") && KEYWORD.matcher(line).matches()) {
                keywords++;
            } else if (line.startsWith("*") && HEADLINE.matcher(line).matches() && isOrgHeadline(lines, i)) {
                headlines++;
            }
        }
        return keywords >= MIN_KEYWORDS || headlines >= MIN_HEADLINE_EVIDENCE;
    }

    private static boolean isOrgHeadline(List<String> lines, int at) {
        Matcher headline = HEADLINE.matcher(lines.get(at));
        headline.matches();
        String title = headline.group(2);
        String next = at + 1 < lines.size() ? lines.get(at + 1) : "";
        return TAGS.matcher(title).find() || DEFAULT_TODO.contains(firstWord(title))
                || PLANNING.matcher(next).matches() || DRAWER.matcher(next).matches();
    }

    /** The text as light markdown (see the class comment); LF line ends expected. */
    static String toMarkdown(String text) {
        List<String> lines = text.lines().toList();
        Set<String> todo = todoKeywords(lines);
        boolean titled = lines.stream().anyMatch(l -> isKeyword(l, "TITLE"));
        List<String> out = new ArrayList<>(lines.size());
        int skipBelow = 0; // the level of a left-out subtree's headline; 0 outside one
        boolean titleWritten = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher headline = line.startsWith("*") ? HEADLINE.matcher(line) : null;
            if (headline != null && headline.matches()) {
                int level = headline.group(1).length();
                if (skipBelow > 0 && level > skipBelow) {
                    continue;
                }
                Heading heading = heading(headline.group(2), todo);
                skipBelow = heading.leftOut() ? level : 0;
                if (!heading.leftOut()) {
                    out.add("");
                    out.add("#".repeat(Math.min(6, level + (titled ? 1 : 0))) + " " + inline(heading.title()));
                    out.add("");
                    i = afterPlanningAndDrawers(lines, i + 1) - 1;
                }
            } else if (skipBelow == 0) {
                if (!titleWritten && isKeyword(line, "TITLE")) {
                    out.add("# " + inline(titleOf(lines)));
                    out.add("");
                    titleWritten = true;
                } else {
                    i = bodyLine(lines, i, out);
                }
            }
        }
        return BLANK_RUNS.matcher(String.join("\n", out)).replaceAll("\n\n").strip() + "\n";
    }

    /** A body line written to {@code out}, or a run of lines left out; the index of the last line it took. */
    private static int bodyLine(List<String> lines, int at, List<String> out) {
        String line = lines.get(at);
        Matcher block = BLOCK.matcher(line);
        if (block.matches()) {
            if (block.group(1).equalsIgnoreCase("BEGIN") && block.group(2).equalsIgnoreCase("COMMENT")) {
                return endOfBlock(lines, at);
            }
            out.add("");
            return at;
        }
        if (KEYWORD.matcher(line).matches() || COMMENT_LINE.matcher(line).matches() || RULE.matcher(line).matches()) {
            out.add("");
            return at;
        }
        if (DRAWER.matcher(line).matches() && !DRAWER_END.matcher(line).matches()) {
            int end = drawerEnd(lines, at);
            if (end > at) {
                return end;
            }
        }
        out.add(itemLine(line, listIndent(lines, at)));
        return at;
    }

    /** The indent of the least indented item of the list line {@code at} is in (a body indented under its headline). */
    private static int listIndent(List<String> lines, int at) {
        int indent = Integer.MAX_VALUE;
        for (int i = at; i >= 0 && !lines.get(i).isBlank(); i--) {
            Matcher item = ITEM.matcher(lines.get(i));
            if (item.matches()) {
                indent = Math.min(indent, item.group(1).replace("\t", "  ").length());
            }
        }
        return indent == Integer.MAX_VALUE ? 0 : indent;
    }

    /** A list line as a markdown item ('+ ' and indented '* ' as '- ', '1)' as '1.', no checkbox); any other line's inline markup. */
    private static String itemLine(String line, int listIndent) {
        Matcher item = ITEM.matcher(line);
        if (!item.matches()) {
            return inline(line.strip());
        }
        String text = item.group(3);
        int definition = text.indexOf(" :: ");
        if (definition > 0) {
            text = text.substring(0, definition).strip() + ": " + text.substring(definition + 4).strip();
        }
        String mark = item.group(2) == null ? "- " : item.group(2) + ". ";
        int nested = Math.max(0, item.group(1).replace("\t", "  ").length() - listIndent);
        return " ".repeat(nested) + mark + inline(text);
    }

    /** The headline's title without TODO keyword, priority and tags; left out when COMMENT or tagged ':noexport:'. */
    private static Heading heading(String raw, Set<String> todo) {
        String title = raw;
        boolean noExport = false;
        Matcher tags = TAGS.matcher(title);
        if (tags.find()) {
            noExport = tags.group(1).contains(":noexport:");
            title = title.substring(0, tags.start());
        }
        if (todo.contains(firstWord(title))) {
            title = title.substring(firstWord(title).length()).strip();
        }
        title = PRIORITY.matcher(title).replaceFirst("");
        boolean comment = firstWord(title).equals("COMMENT");
        return new Heading(title.strip(), comment || noExport);
    }

    private record Heading(String title, boolean leftOut) {
    }

    /** The index of the first line after a headline's planning line and drawers. */
    private static int afterPlanningAndDrawers(List<String> lines, int from) {
        int i = from;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (PLANNING.matcher(line).matches()) {
                i++;
            } else if (DRAWER.matcher(line).matches() && drawerEnd(lines, i) > i) {
                i = drawerEnd(lines, i) + 1;
            } else {
                return i;
            }
        }
        return i;
    }

    /** The index of the ':END:' line closing the drawer opened at {@code at} (before the next headline); {@code at} when none. */
    private static int drawerEnd(List<String> lines, int at) {
        for (int i = at + 1; i < lines.size() && !lines.get(i).startsWith("* "); i++) {
            if (DRAWER_END.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return at;
    }

    private static int endOfBlock(List<String> lines, int at) {
        for (int i = at + 1; i < lines.size(); i++) {
            Matcher block = BLOCK.matcher(lines.get(i));
            if (block.matches() && block.group(1).equalsIgnoreCase("END")) {
                return i;
            }
        }
        return at;
    }

    /** TODO / DONE, or the keywords the file's '#+TODO:' lines name (their '(t)' keys and the '|' left out). */
    private static Set<String> todoKeywords(List<String> lines) {
        Set<String> todo = new LinkedHashSet<>(DEFAULT_TODO);
        for (String line : lines) {
            Matcher keyword = line.startsWith("#+") ? KEYWORD.matcher(line) : null;
            if (keyword != null && keyword.matches() && TODO_KEYWORDS.contains(keyword.group(1).toUpperCase())) {
                for (String word : keyword.group(2).split("\\s+")) {
                    String name = word.replaceAll("\\(.*\\)$", "");
                    if (!name.isEmpty() && !name.equals("|")) {
                        todo.add(name);
                    }
                }
            }
        }
        return todo;
    }

    /** The document's title: its '#+TITLE:' lines' values, in order (Org joins several). */
    private static String titleOf(List<String> lines) {
        List<String> parts = new ArrayList<>();
        for (String line : lines) {
            Matcher keyword = KEYWORD.matcher(line);
            if (keyword.matches() && keyword.group(1).equalsIgnoreCase("TITLE") && !keyword.group(2).isBlank()) {
                parts.add(keyword.group(2).strip());
            }
        }
        return String.join(" ", parts);
    }

    private static boolean isKeyword(String line, String name) {
        if (!line.stripLeading().startsWith("#+")) {
            return false;
        }
        Matcher keyword = KEYWORD.matcher(line);
        return keyword.matches() && keyword.group(1).equalsIgnoreCase(name);
    }

    /** Links as markdown links (an address alone for a link without text), emphasis as markdown, outside links too. */
    static String inline(String text) {
        if (text.indexOf('[') < 0) {
            return emphasis(text);
        }
        StringBuilder out = new StringBuilder();
        Matcher link = LINK.matcher(text);
        int last = 0;
        while (link.find()) {
            out.append(emphasis(text.substring(last, link.start())));
            String target = link.group(1).strip();
            String label = link.group(2);
            boolean external = target.contains("://") || target.startsWith("mailto:");
            if (label == null) {
                out.append(external ? target : target.replaceFirst("^[*#]", ""));
            } else {
                out.append(external ? "[" + emphasis(label.strip()) + "](" + target + ")" : emphasis(label.strip()));
            }
            last = link.end();
        }
        return out.append(emphasis(text.substring(last))).toString();
    }

    private static String emphasis(String text) {
        String s = text;
        if (s.indexOf('*') >= 0) {
            s = BOLD.matcher(s).replaceAll("**$1**");
        }
        if (s.indexOf('/') >= 0) {
            s = ITALIC.matcher(s).replaceAll("*$1*");
        }
        if (s.indexOf('=') >= 0 || s.indexOf('~') >= 0) {
            s = VERBATIM.matcher(s).replaceAll("$2");
        }
        return s;
    }

    private static String firstWord(String text) {
        String s = text.strip();
        int space = s.indexOf(' ');
        return space < 0 ? s : s.substring(0, space);
    }
}
