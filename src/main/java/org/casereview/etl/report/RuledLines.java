package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines with a drawn rule directly under them: templates that set headings in the body's size mark them
 * with a rule beneath (an underline across the heading or the whole column). The rule reaches from the
 * line's start (or before it) at least to its end, below the baseline within the line's own height.
 */
final class RuledLines {

    /** A thin horizontal line in text coordinates (y from the top of the page). */
    record Rule(float minX, float maxX, float y) {
    }

    /** Slack at either end of the line, in points. */
    private static final float SLACK = 2f;
    /** Rules drawn end to end this near one height, in points, are one rule. */
    private static final float SAME_HEIGHT = 1f;
    /** How far below the baseline a rule may stand, in the line's font sizes. */
    private static final float MAX_DROP = 1.0f;

    /** How far above the baseline a rule over a line may stand, in the line's font sizes: a heading's space above. */
    private static final float MAX_RISE = 2.5f;
    /** A rule nearer the baseline than this, in font sizes, crosses the letters (struck through). */
    private static final float MIN_RISE = 0.6f;
    /** Share of the font size above the baseline an upright must pass to cross a line's letters. */
    private static final float CROSSED_HEIGHT = 0.5f;

    /**
     * A rule typed on a typewriter or in plain text: a run of dashes, underscores, equals signs or tildes (a hyphen
     * may come out as a minus sign or a dash, as Vim's PostScript print sets it).
     */
    private static final Pattern TYPED_RULE = Pattern.compile("([-_=~\u2010-\u2015\u2212])\\1{2,}");
    /** An underline this share of its line's width short or long (and a character more) underlines it all. */
    private static final float UNDERLINE_WIDTH_SHARE = 0.25f;
    private static final int MAX_UNDERLINED_WORDS = 14;

    private RuledLines() {
    }

    /**
     * A line of only dashes (or underscores, equals signs) directly under a line, starting where it
     * starts, is that line's underline: the line is ruled and the typed rule is no text. Typed as long as a short
     * line, it is the typewriter's emphasis (a setext heading): in a plain-text report set in one face throughout, it
     * is what tells a heading from the body, so the line is read as set in bold.
     */
    static List<TextLine> typed(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            TextLine above = out.isEmpty() ? null : out.get(out.size() - 1);
            if (above != null && TYPED_RULE.matcher(line.text()).matches() && underlines(above, line)) {
                out.set(out.size() - 1, underlinedAll(above, line) ? emphasised(above).withRule() : above.withRule());
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static boolean underlines(TextLine above, TextLine rule) {
        float drop = rule.y() - above.y();
        return !above.ruled() && drop > 0 && drop <= 1.6f * above.fontSize()
                && Math.abs(rule.x() - above.x()) <= SLACK + above.fontSize();
    }

    /** A line of one rule character typed three times or more, and nothing else. */
    static boolean isTypedRule(String text) {
        return TYPED_RULE.matcher(text).matches();
    }

    /** The typed rule runs about as far as the line, a short one of letters. */
    private static boolean underlinedAll(TextLine above, TextLine rule) {
        float width = above.endX() - above.x();
        return Math.abs((rule.endX() - rule.x()) - width) <= UNDERLINE_WIDTH_SHARE * width + above.fontSize()
                && above.text().chars().anyMatch(Character::isLetter)
                && above.text().strip().split("\\s+").length <= MAX_UNDERLINED_WORDS;
    }

    private static TextLine emphasised(TextLine line) {
        List<TextFragment> bold = line.fragments().stream().map(f -> new TextFragment(f.text(), f.x(), f.endX(),
                f.y(), f.fontSize(), true, f.coloured(), f.italic(), f.afterRule(), f.smallCaps(), f.face())).toList();
        return new TextLine(line.page(), line.text(), bold, line.ruled(), line.ruledAbove(),
                line.banded(), line.card());
    }

    static List<TextLine> mark(List<TextLine> lines, List<Rule> rules) {
        return mark(lines, rules, List.of());
    }

    /** As {@link #mark(List, List)}, leaving out the rules that open a table or box drawn under the line. */
    static List<TextLine> mark(List<TextLine> lines, List<Rule> rules, List<DrawnBullets.Upright> uprights) {
        if (rules.isEmpty()) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            TextLine next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            out.add(rules.stream().anyMatch(r -> (under(line, r) || underLastCells(line, r, next))
                    && !opensFrameUnder(line, r, uprights, rules))
                    ? line.withRule() : line);
        }
        return out;
    }

    /**
     * The rule is the top edge of a table or box drawn under the line: an upright (a column edge, a box's side) hangs
     * from it and none crosses the line. A heading set right over a ruled grid (ReportLab's GRID, a spreadsheet's
     * gridlines) has the grid's top edge a few points under it, where an underline would be; taken for an underline it
     * lifts that heading above the others of its style. Rows inside the grid are crossed by its uprights and keep
     * the rules under them. An upright that also reaches a narrower rule just under this one hangs from that one: a
     * heading's full-width underline with a box drawn right under it (a Word paragraph border over a shaded learning
     * box) keeps its underline, like the other headings of its style.
     */
    private static boolean opensFrameUnder(TextLine line, Rule rule, List<DrawnBullets.Upright> uprights,
                                           List<Rule> rules) {
        boolean hangs = false;
        for (DrawnBullets.Upright u : uprights) {
            if (u.x() < rule.minX() - SLACK || u.x() > rule.maxX() + SLACK) {
                continue;
            }
            if (u.top() < line.y() - CROSSED_HEIGHT * line.fontSize() && u.bottom() > line.y()) {
                return false;
            }
            hangs |= hangsFrom(u, rule) && rules.stream().noneMatch(other -> isFrameEdgeUnder(other, rule, u));
        }
        return hangs;
    }

    private static boolean hangsFrom(DrawnBullets.Upright upright, Rule rule) {
        return Math.abs(upright.top() - rule.y()) <= SLACK && upright.bottom() > rule.y()
                && upright.x() >= rule.minX() - SLACK && upright.x() <= rule.maxX() + SLACK;
    }

    /** The other rule lies under the rule, is narrower, and the upright hangs from it too: the frame's own top edge. */
    private static boolean isFrameEdgeUnder(Rule other, Rule rule, DrawnBullets.Upright upright) {
        return other.y() > rule.y() && other.maxX() - other.minX() < rule.maxX() - rule.minX() - 2 * SLACK
                && hangsFrom(upright, other);
    }

    /**
     * Lines under a drawn rule that spans them (templates that open each heading with a rule across the text width):
     * the rule stands above the line's letters, no underline of a line above it, and no line stands between the two.
     */
    static List<TextLine> markAbove(List<TextLine> lines, List<Rule> rules) {
        if (rules.isEmpty()) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            out.add(rules.stream().anyMatch(r -> over(line, r, lines)) ? line.withRuleAbove() : line);
        }
        return out;
    }

    private static boolean over(TextLine line, Rule rule, List<TextLine> lines) {
        float rise = line.y() - rule.y();
        if (rise <= MIN_RISE * line.fontSize() || rise > MAX_RISE * line.fontSize()
                || rule.minX() > line.x() + SLACK || rule.maxX() < line.endX() - SLACK) {
            return false;
        }
        for (TextLine other : lines) {
            boolean across = other.x() < rule.maxX() && other.endX() > rule.minX();
            if (other != line && across && other.y() < line.y() && other.y() >= rule.y() - MAX_DROP * other.fontSize()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A rule under a table line's last cells only, from the gutter before one of its cells (after the text of the cell
     * left of it) to the line's end, when the next line goes on in the columns the rule runs under: a cell spanning
     * several rows (tbl's {@code ^}, a merged agency cell) has its text on the baseline of one of those rows' lines and
     * the grid draws no rule under its column until the span ends, yet the rule closes the row for the cells it runs
     * under, the item's among them. When the next line goes on only left of the rule, the cell there is still being
     * written (a grid that rules each short cell's own bottom), and the row goes on.
     */
    static boolean underLastCells(TextLine line, Rule rule, TextLine next) {
        float drop = rule.y() - line.y();
        if (drop <= 0 || drop > MAX_DROP * line.fontSize() || rule.maxX() < line.endX() - SLACK || next == null
                || next.page() != line.page() || next.y() <= line.y() || !line.hasCellGap()
                || next.fragments().stream().noneMatch(f -> !f.isBlank() && f.x() >= rule.minX() - SLACK)) {
            return false;
        }
        List<TextFragment> fragments = line.fragments();
        for (int i = 1; i < fragments.size(); i++) {
            TextFragment cell = fragments.get(i);
            float before = fragments.get(i - 1).endX();
            boolean opensCell = cell.x() - before > line.fontSize() || cell.afterRule();
            if (opensCell && rule.minX() <= cell.x() + SLACK && rule.minX() >= before - SLACK) {
                return true;
            }
        }
        return false;
    }

    /**
     * The rules with those drawn end to end on one height joined into one: a table's rule drawn as each cell's border
     * is one rule across the row.
     */
    static List<Rule> joined(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparingDouble(Rule::y).thenComparingDouble(Rule::minX));
        List<Rule> out = new ArrayList<>(sorted.size());
        for (Rule rule : sorted) {
            Rule last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && Math.abs(rule.y() - last.y()) <= SAME_HEIGHT && rule.minX() <= last.maxX() + SLACK) {
                out.set(out.size() - 1, new Rule(last.minX(), Math.max(last.maxX(), rule.maxX()), last.y()));
            } else {
                out.add(rule);
            }
        }
        return out;
    }

    static boolean under(TextLine line, Rule rule) {
        float drop = rule.y() - line.y();
        return drop > 0 && drop <= MAX_DROP * line.fontSize()
                && rule.minX() <= line.x() + SLACK && rule.maxX() >= line.endX() - SLACK;
    }
}
