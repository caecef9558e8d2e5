package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A screen reader's speech log of a page (NVDA's Speech Viewer copied to a text file): one utterance a line, the parts of
 * an utterance two spaces apart, and every element announced before its text ('heading  level 2  Child A: …', 'list
 * with 2 items  bullet  first item', 'bullet  …', 'out of list', 'link    Read the review (PDF)', landmarks). Browse mode
 * says a long paragraph as lines of at most its line length (100 characters by default), so a paragraph is several lines.
 * Read as prose, no line was a title, a label or an item. Read here as the page it speaks: each heading as a heading of
 * its level, each bullet as an item, the structural announcements left out, the page's navigation, banner and footer
 * landmarks (the site's furniture) left out with their words, and the lines the reader split rejoined by a wrap model
 * (a line whose next line's first word would not have fitted after it went on in that line). What the reader said
 * before it entered the page ('document'), the window's title, is the browser's, not the page's.
 */
final class ScreenReaderSpeech {
    private static final Pattern PARTS = Pattern.compile(" {2,}");
    private static final Pattern HEADING_LEVEL = Pattern.compile("level ([1-6])");
    private static final Pattern LANDMARK = Pattern.compile("(out of )?([a-z ]+) landmark");
    private static final Pattern STRUCTURE = Pattern.compile("with \\d+ items?|out of [a-z ]+|level \\d+");
    private static final Set<String> ROLES = Set.of("document", "link", "visited link", "same page link", "graphic",
            "clickable", "blank", "list", "heading", "bullet", "table", "frame", "region", "separator", "block quote",
            "article", "section", "button", "figure");
    private static final Set<String> FURNITURE = Set.of("navigation", "banner", "content info", "complementary");
    /** Logs holding fewer announced headings are not read as speech. */
    private static final int MIN_HEADINGS = 2;
    /** A reader's line length below which lines are taken as said whole (no wrap to undo). */
    private static final int MIN_LINE_LENGTH = 60;

    private ScreenReaderSpeech() {
    }

    /** Two or more announced headings ('heading  level N') and an announced list's end ('out of list'). */
    static boolean isSpeechLog(String text) {
        int headings = 0;
        boolean listEnd = false;
        for (String line : text.split("\\R")) {
            List<String> parts = List.of(PARTS.split(line.strip()));
            int h = parts.indexOf("heading");
            if (h >= 0 && h + 1 < parts.size() && HEADING_LEVEL.matcher(parts.get(h + 1)).matches()) {
                headings++;
            }
            listEnd |= parts.contains("out of list");
        }
        return headings >= MIN_HEADINGS && listEnd;
    }

    /** The log as light markdown: headings, items and paragraphs, the reader's own words left out. */
    static String toMarkdown(String text) {
        List<Spoken> lines = new ArrayList<>();
        int furniture = 0;
        for (String line : text.split("\\R")) {
            if (line.strip().equalsIgnoreCase("document") && lines.stream().noneMatch(s -> s.announced)) {
                lines.clear(); // what was said before the reader entered the page: the window's title, the browser
                continue;
            }
            Spoken spoken = new Spoken();
            furniture = spoken.read(line.strip(), furniture);
            lines.add(spoken);
        }
        int lineLength = lines.stream().filter(s -> s.kind == Kind.TEXT && !s.announced)
                .mapToInt(s -> s.text.length()).max().orElse(0);
        return write(lines, lineLength);
    }

    private static String write(List<Spoken> lines, int lineLength) {
        StringBuilder out = new StringBuilder();
        Spoken last = null;
        for (Spoken s : lines) {
            if (s.text.isEmpty()) {
                continue;
            }
            if (last != null && !s.announced && last.kind != Kind.HEADING && wentOn(last.lastLine, s.text, lineLength)) {
                out.append(' ').append(s.text);
                last.lastLine = s.text;
                continue;
            }
            boolean item = s.kind == Kind.ITEM;
            out.append(out.isEmpty() ? "" : item && last != null && last.kind == Kind.ITEM ? "\n" : "\n\n");
            out.append(s.kind == Kind.HEADING ? "#".repeat(s.level) + " " : item ? "- " : "").append(s.text);
            last = s;
        }
        return out.append('\n').toString();
    }

    /** Whether the next line's first word would not have fitted after the line: the reader split one line there. */
    private static boolean wentOn(String line, String next, int lineLength) {
        if (lineLength < MIN_LINE_LENGTH) {
            return false;
        }
        int space = next.indexOf(' ');
        int firstWord = space < 0 ? next.length() : space;
        return line.length() + 1 + firstWord > lineLength - 2;
    }

    private enum Kind { TEXT, HEADING, ITEM }

    /** One utterance: what it announces and the words it says. */
    private static final class Spoken {
        private Kind kind = Kind.TEXT;
        private int level;
        /** Whether the reader announced anything on the line (it then starts a block of its own). */
        private boolean announced;
        private String text = "";
        private String lastLine = "";

        /** Reads the line's parts; returns the depth of furniture landmarks open after it. */
        int read(String line, int furnitureDepth) {
            int depth = furnitureDepth;
            List<String> words = new ArrayList<>();
            String[] parts = PARTS.split(line);
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                String lower = part.toLowerCase(Locale.ROOT);
                Matcher landmark = LANDMARK.matcher(lower);
                if (landmark.matches()) {
                    depth += FURNITURE.contains(landmark.group(2).strip()) ? landmark.group(1) == null ? 1 : -1 : 0;
                    announced = true;
                } else if (lower.equals("heading") && i + 1 < parts.length
                        && HEADING_LEVEL.matcher(parts[i + 1]).matches()) {
                    kind = Kind.HEADING;
                    level = parts[i + 1].charAt(parts[i + 1].length() - 1) - '0';
                    announced = true;
                    i++;
                } else if (lower.equals("bullet")) {
                    kind = Kind.ITEM;
                    announced = true;
                } else if (ROLES.contains(lower) || STRUCTURE.matcher(lower).matches()) {
                    announced = true;
                } else if (depth == 0 && !part.isBlank()) {
                    words.add(part.strip());
                }
            }
            text = String.join(" ", words);
            lastLine = text;
            return Math.max(0, depth);
        }
    }
}
