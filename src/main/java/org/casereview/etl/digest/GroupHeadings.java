package org.casereview.etl.digest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headings that group entries: a markdown heading a level above the entries' titles with no text of its own, over
 * entries or over other such headings ('## Wales' over '### Bro Tegid' over '#### Child YW: ...', as a yearly round-up
 * arranges its reviews by nation and area). They are structure, neither entries nor rejects; the nearest one over an
 * entry that names a place is the area of the entries under it (a nation is no publishing area). One reader per parse:
 * it is fed the digest's units in order.
 */
final class GroupHeadings {

    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.]*(?:-\\p{L}[\\p{L}'\u2019.]*)*");
    private static final Pattern JOINER = Pattern.compile("and|&|of|on|upon|under|the|in|by|le|de|y");
    private static final int MAX_PLACE_WORDS = 8;

    /** An open heading: its level, its words, and whether text of its own came under it (then it groups nothing). */
    private static final class Open {
        final int level;
        final String text;
        boolean hasText;

        Open(int level, String text) {
            this.level = level;
            this.text = text;
        }
    }

    private final DigestGrammar grammar;
    private final UnitShapes shapes;
    private final Deque<Open> open = new ArrayDeque<>();

    GroupHeadings(DigestGrammar grammar, UnitShapes shapes) {
        this.grammar = grammar;
        this.shapes = shapes;
    }

    /** A unit outside every entry: a heading opens (and closes those at its level or below it), text marks the last one. */
    void outside(Unit unit) {
        int level = level(unit.text());
        if (level == 0) {
            if (!open.isEmpty()) {
                open.peek().hasText = true;
            }
            return;
        }
        close(level);
        open.push(new Open(level, UnitShapes.stripHeadingMarkup(unit.text()).strip()));
    }

    /** An entry's heading: the headings at its level or below it are closed. */
    void entry(Unit heading) {
        int level = level(heading.text());
        if (level > 0) {
            close(level);
        }
    }

    /** The area the headings over this entry heading give it, or null: the nearest bare group heading, if a place. */
    String areaOver(Unit heading) {
        int level = level(heading.text());
        if (level == 0) {
            return null;
        }
        for (Open o : open) {
            if (o.level < level && !o.hasText) {
                return namesPlace(o.text) ? o.text : null;
            }
            if (o.level < level) {
                return null;
            }
        }
        return null;
    }

    /** Whether a block of only headings, each above the level of the entry heading after it, is group headings. */
    boolean onlyGroupHeadings(Unit heading, List<Unit> body, Unit nextEntry) {
        int entryLevel = nextEntry == null ? 0 : level(nextEntry.text());
        if (entryLevel == 0 || heading == null) {
            return false;
        }
        int headingLevel = level(heading.text());
        return headingLevel > 0 && headingLevel < entryLevel
                && body.stream().allMatch(u -> level(u.text()) > 0 && level(u.text()) < entryLevel);
    }

    private void close(int level) {
        while (!open.isEmpty() && open.peek().level >= level) {
            open.pop();
        }
    }

    private static int level(String text) {
        Matcher m = UnitShapes.MARKDOWN_HEADING.matcher(text);
        return m.find() ? m.group(1).length() : 0;
    }

    /**
     * A place's name: a few capitalised words ('Hollins Cross and Marl', 'Stockton-on-Tees'), none of them review
     * vocabulary, a name prefix ('Infants') or a nation's name, and no section heading, label or 'Anonymous'.
     */
    private boolean namesPlace(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.isEmpty() || grammar.nations.contains(lower) || grammar.sectionHeadings.contains(lower)
                || grammar.anonymousArea.matcher(text).matches() || shapes.labelAt(text, 0) != null) {
            return false;
        }
        String[] words = text.split("\\s+");
        if (words.length > MAX_PLACE_WORDS) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String plain = w.toLowerCase(Locale.ROOT);
            boolean joiner = i > 0 && i < words.length - 1 && JOINER.matcher(w).matches();
            if (!joiner && (!CAPITALISED.matcher(w).matches() || grammar.titleWords.contains(plain)
                    || grammar.namePrefixWords.contains(plain) || grammar.nations.contains(plain))) {
                return false;
            }
        }
        return true;
    }
}
