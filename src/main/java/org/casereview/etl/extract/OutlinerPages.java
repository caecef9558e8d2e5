package org.casereview.etl.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page of an outliner (Logseq, Roam, an Obsidian outline) saved as markdown, read as the page it shows: there every
 * block is a '- ' bullet and a block's children are indented under it, so markdown would take the whole page for one
 * nested list. Read instead: a block holding a heading ('- ## Title') is that heading and the blocks under it are
 * paragraphs; a top-level block is a paragraph; the children of any other block (a label such as '**Learning:**', or
 * a block whose children are leaves) are its list items, nested as they are. A block whose children have children of
 * their own and that does not end in a colon is a section too (its children paragraphs). Properties ('key:: value'
 * lines of the page and of blocks) are the outliner's metadata, no text; internal links ('[[page]]', '[[page|text]]')
 * are their text.
 * <p>
 * Only a page with the outliner's evidence is read so: every line a bullet, a property, a block's indented continuation
 * or a heading, some bullets nested, and properties or a heading block among them. Any other markdown stays as it is.
 */
final class OutlinerPages {
    private static final Pattern BULLET = Pattern.compile("^([ \\t]*)[-*+](?:[ \\t]+(.*))?$");
    private static final Pattern PROPERTY = Pattern.compile("^[ \\t]*[A-Za-z][\\w-]{0,60}::(?:[ \\t].*)?$");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}[ \\t]+\\S.*$");
    private static final Pattern PAGE_LINK = Pattern.compile("#?\\[\\[([^\\[\\]|]{1,300})(?:\\|([^\\[\\]]{1,300}))?\\]\\]");
    private static final String FRONT_MATTER = "---";
    private static final int MIN_BULLETS = 3;
    private static final int TAB_WIDTH = 4;

    private OutlinerPages() {
    }

    /** The page as markdown of headings, paragraphs and lists (see the class comment); other markdown as it is. */
    static String read(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        int start = bodyStart(lines);
        if (!isOutline(lines.subList(start, lines.size()))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        paragraphs(blocks(lines.subList(start, lines.size())), out);
        return out.toString().strip() + "\n";
    }

    /** The first line after a YAML front matter block, if the page has one. */
    private static int bodyStart(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals(FRONT_MATTER)) {
            return 0;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(FRONT_MATTER)) {
                return i + 1;
            }
        }
        return 0;
    }

    static boolean isOutline(List<String> lines) {
        int bullets = 0;
        int nested = 0;
        int evidence = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (PROPERTY.matcher(line).matches()) {
                evidence++;
            } else if (bullet.matches()) {
                bullets++;
                nested += bullet.group(1).isEmpty() ? 0 : 1;
                evidence += bullet.group(2) != null && HEADING.matcher(bullet.group(2)).matches() ? 1 : 0;
            } else if (!Character.isWhitespace(line.charAt(0)) && !HEADING.matcher(line).matches()) {
                return false; // a line of its own at the margin: no outliner writes one
            }
        }
        return bullets >= MIN_BULLETS && nested > 0 && evidence > 0;
    }

    /** The blocks of the page as a tree, by their indentation; properties left out. */
    private static List<Block> blocks(List<String> lines) {
        List<Block> roots = new ArrayList<>();
        Deque<Integer> widths = new ArrayDeque<>();
        Deque<Block> path = new ArrayDeque<>();
        for (String line : lines) {
            if (line.isBlank() || PROPERTY.matcher(line).matches()) {
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                int width = width(bullet.group(1));
                while (!widths.isEmpty() && widths.peek() >= width) {
                    widths.pop();
                    path.pop();
                }
                Block block = new Block(bullet.group(2) == null ? "" : bullet.group(2).strip());
                (path.isEmpty() ? roots : path.peek().children).add(block);
                widths.push(width);
                path.push(block);
            } else if (Character.isWhitespace(line.charAt(0)) && !path.isEmpty()) {
                path.peek().lines.add(line.strip());
            } else {
                roots.add(new Block(line.strip()));
                widths.clear();
                path.clear();
            }
        }
        return roots;
    }

    private static int width(String indent) {
        int width = 0;
        for (char c : indent.toCharArray()) {
            width = c == '\t' ? (width / TAB_WIDTH + 1) * TAB_WIDTH : width + 1;
        }
        return width;
    }

    /** Blocks read as paragraphs (and headings), each a block of its own; a label's children its list under it. */
    private static void paragraphs(List<Block> blocks, StringBuilder out) {
        for (Block block : blocks) {
            String text = linksAsText(String.join("\n", block.lines));
            if (block.isSection()) {
                out.append(text.isEmpty() ? "" : text + "\n\n");
                paragraphs(block.children, out);
            } else if (block.children.isEmpty()) {
                out.append(text.isEmpty() ? "" : text + "\n\n");
            } else {
                out.append(text.isEmpty() ? "" : text + "\n");
                items(block.children, 0, out);
                out.append('\n');
            }
        }
    }

    private static void items(List<Block> blocks, int level, StringBuilder out) {
        for (Block block : blocks) {
            String text = linksAsText(String.join(" ", block.lines));
            if (!text.isEmpty()) {
                out.append("  ".repeat(level)).append("- ").append(text).append('\n');
            }
            items(block.children, text.isEmpty() ? level : level + 1, out);
        }
    }

    private static String linksAsText(String text) {
        if (!text.contains("[[")) {
            return text;
        }
        return PAGE_LINK.matcher(text).replaceAll(link -> Matcher.quoteReplacement(
                link.group(2) != null ? link.group(2).strip() : link.group(1).strip()));
    }

    /** One block: its lines (the bullet's, then its continuations) and the blocks indented under it. */
    private static final class Block {
        final List<String> lines = new ArrayList<>();
        final List<Block> children = new ArrayList<>();

        Block(String first) {
            if (!first.isEmpty()) {
                lines.add(first);
            }
        }

        /** A heading, or a block whose children have children and that names no list (no closing colon). */
        boolean isSection() {
            if (!lines.isEmpty() && HEADING.matcher(lines.get(0)).matches()) {
                return true;
            }
            String plain = String.join(" ", lines).replaceAll("[*_]", "").strip();
            return children.stream().anyMatch(child -> !child.children.isEmpty()) && !plain.endsWith(":");
        }
    }
}
