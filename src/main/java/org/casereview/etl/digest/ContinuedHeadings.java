package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An entry heading repeated where the entry goes on over a page or slide break: the title again with a continuation
 * mark after it ("Child A: Serious case review (continued)", "... (cont.)", "... – continued", "... (continued from page
 * 1)"), or the title alone with the mark on the next line (a wrapped slide title). When it follows its entry, no other
 * entry's title between (a title over a sentence), it opens no entry: it is taken out, so what follows it goes on the
 * entry it repeats. When other entries stand between (a newsletter's review that jumps to a later page), it stays, and
 * the parser moves its block to the entry it repeats ({@link #repeatedTitle}). Only a line repeating an earlier heading-like line counts as
 * a repeated heading; a mark alone counts only as one end of a jump whose other end is marked too ({@link #jumpsJoined}).
 */
final class ContinuedHeadings {

    private static final String MARK = "(?:continued|cont\\.|cont['\u2019]?d)"
            + "(?:\\s+from\\s+(?:(?:the\\s+)?(?:previous|last)\\s+(?:page|slide)|(?:page|p\\.)\\s*\\d{1,4}))?";
    private static final Pattern MARK_AT_END = Pattern.compile(
            "(?:\\s*[-\u2013\u2014:,]\\s*|\\s+)(?:\\(\\s*" + MARK + "\\s*\\)|\\[\\s*" + MARK + "\\s*]|" + MARK + ")\\.?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARK_ALONE = Pattern.compile(
            "^(?:\\(\\s*" + MARK + "\\s*\\)|\\[\\s*" + MARK + "\\s*]|" + MARK + ")\\.?$", Pattern.CASE_INSENSITIVE);
    /** A line of its own sending the reader on to a later page ('Continued on page 2', '(Cont. on p. 4)'). */
    private static final Pattern JUMP_OUT = Pattern.compile("^\\(?\\s*(?:continued|cont\\.|cont['\u2019]?d)\\s+(?:on|to)\\s+"
            + "(?:page|p\\.)\\s*\\d{1,4}\\s*\\)?[ .\u2026\u203a\u00bb\u2192>]{0,3}$", Pattern.CASE_INSENSITIVE);
    /** Where a jump lands, at the start of a unit ('Continued from page 1', the rest of the text perhaps joined to it). */
    private static final Pattern JUMP_IN = Pattern.compile("^\\(?\\s*(?:continued|cont\\.|cont['\u2019]?d)\\s+from\\s+"
            + "(?:page|p\\.)\\s*\\d{1,4}\\s*\\)?\\.?(?=\\s|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u2019\u201d)]*$");
    /** Words of the shortest paragraph a title stands over as its summary's start. */
    private static final int MIN_SENTENCE_WORDS = 6;

    private final UnitShapes shapes;

    ContinuedHeadings(UnitShapes shapes) {
        this.shapes = shapes;
    }

    List<Unit> drop(List<Unit> units) {
        return drop(units, List.of());
    }

    /** @param jumpsOut the lines of the text that said 'Continued on page N', dropped from it (see {@link #jumpsJoined}) */
    List<Unit> drop(List<Unit> read, List<Integer> jumpsOut) {
        List<Unit> units = jumpsJoined(read, jumpsOut);
        List<Unit> kept = new ArrayList<>(units.size());
        Map<String, Integer> headings = new HashMap<>();
        int lastTitle = -1;
        for (int i = 0; i < units.size(); i++) {
            String bare = bare(units.get(i).text());
            Matcher mark = MARK_AT_END.matcher(bare);
            Integer repeated = mark.find() ? headings.get(bare.substring(0, mark.start()).strip()) : null;
            if (repeated != null && lastTitle <= repeated) {
                continue;
            }
            if (headings.containsKey(bare) && i + 1 < units.size() && MARK_ALONE.matcher(bare(units.get(i + 1).text())).matches()) {
                i++;
                continue;
            }
            if (repeated == null && shapes.isHeadingLike(units.get(i).text())) {
                headings.put(bare, i);
                lastTitle = overSentence(units, i) ? i : lastTitle;
            }
            kept.add(units.get(i));
        }
        return kept;
    }

    /**
     * A newsletter's jump marked only by lines of their own, no title repeated: 'Continued on page 2' (dropped from the
     * units as furniture; its line is given) ends the part of an entry on its page, 'Continued from page 1' opens the
     * rest of it on a later page, after other entries. The rest (up to the next title over a sentence) goes where the
     * first mark stood, and the second mark is taken out. Each 'on' pairs with the first 'from' after it; a mark
     * without its pair changes nothing.
     */
    private List<Unit> jumpsJoined(List<Unit> units, List<Integer> jumpsOut) {
        List<Unit> out = new ArrayList<>(units);
        int at = 0;
        for (int line : jumpsOut) {
            while (at < out.size() && out.get(at).line() < line) {
                at++;
            }
            int from = at;
            while (from < out.size() && !JUMP_IN.matcher(bare(out.get(from).text())).lookingAt()) {
                from++;
            }
            if (from >= out.size()) {
                continue;
            }
            int end = from + 1;
            while (end < out.size() && !(shapes.isHeadingLike(out.get(end).text()) && overSentence(out, end))) {
                end++;
            }
            Unit landing = out.get(from);
            String after = JUMP_IN.matcher(bare(landing.text())).replaceFirst("").strip();
            List<Unit> rest = new ArrayList<>();
            if (!after.isEmpty()) {
                rest.add(new Unit(landing.line(), after)); // the mark read as the first words of the rest
            }
            rest.addAll(out.subList(from + 1, end));
            out.subList(from, end).clear();
            out.addAll(at, rest);
            at += rest.size();
        }
        return out;
    }

    /** A line of its own sending the reader on to a later page: 'Continued on page 2', '(Cont. on p. 4)'. */
    static boolean isJumpOut(String line) {
        return JUMP_OUT.matcher(bare(line).strip()).matches();
    }

    /** The title a heading repeats with a continuation mark after it ("Child A: ... (continued from page 1)"), else null. */
    static String repeatedTitle(String heading) {
        String bare = bare(heading);
        Matcher mark = MARK_AT_END.matcher(bare);
        return mark.find() && mark.start() > 0 ? bare.substring(0, mark.start()).strip() : null;
    }

    /** The heading as {@link #repeatedTitle} compares it. */
    static String title(String heading) {
        return bare(heading);
    }

    /** The unit after a heading-like unit is a sentence of a summary: the unit is an entry's title. */
    private boolean overSentence(List<Unit> units, int i) {
        if (i + 1 >= units.size()) {
            return false;
        }
        String next = bare(units.get(i + 1).text());
        return !shapes.isHeadingLike(units.get(i + 1).text()) && SENTENCE_END.matcher(next).find()
                && next.split("\\s+").length >= MIN_SENTENCE_WORDS;
    }

    private static String bare(String text) {
        return UnitShapes.stripHeadingMarkup(text.replace("**", "")).replaceAll("\\s+", " ");
    }
}
