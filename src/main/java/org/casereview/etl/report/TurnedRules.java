package org.casereview.etl.report;

import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.casereview.etl.pdf.DrawnDots;

/**
 * The drawn lines of a page shown turned a quarter (/Rotate 90 or 270: a landscape table set by pdflscape, or a
 * portrait page turned by a viewer's rotation), as its reader sees them: the page's upright lines run across the viewed
 * page (a table's row borders) and its horizontal lines stand upright (the column edges). Text positions are read in
 * the viewed page's coordinates already, so the lines are turned into them too, and a turned table is ruled as an
 * upright one is.
 */
record TurnedRules(List<RuledLines.Rule> rules, List<DrawnBullets.Upright> uprights) {

    /**
     * The page's lines in viewed coordinates (x from the viewed left, y from the viewed top). Turned 90 degrees
     * clockwise, the viewed x runs up the page from its bottom and the viewed y right along it from its left; turned 270,
     * down from its top and left from its right.
     */
    static TurnedRules of(List<DrawnDots.Rule> pageRules, List<DrawnDots.Upright> pageUprights, PDRectangle box,
                          int rotation) {
        boolean clockwise = rotation == 90;
        float bottom = box.getLowerLeftY();
        float top = box.getUpperRightY();
        float left = box.getLowerLeftX();
        float right = box.getUpperRightX();
        List<RuledLines.Rule> rules = pageUprights.stream().map(u -> clockwise
                ? new RuledLines.Rule(u.minY() - bottom, u.maxY() - bottom, u.x() - left)
                : new RuledLines.Rule(top - u.maxY(), top - u.minY(), right - u.x())).toList();
        List<DrawnBullets.Upright> uprights = pageRules.stream().map(r -> clockwise
                ? new DrawnBullets.Upright(r.y() - bottom, r.minX() - left, r.maxX() - left)
                : new DrawnBullets.Upright(top - r.y(), right - r.maxX(), right - r.minX())).toList();
        return new TurnedRules(rules, uprights);
    }

    /** The fragments, each starting just after an upright edge marked so (a cell's edge). */
    List<TextFragment> markCells(List<TextFragment> fragments) {
        return DrawnBullets.markRuled(fragments, uprights);
    }

    /** The lines with a rule drawn under or over them marked, as an upright page's are. */
    List<TextLine> markLines(List<TextLine> lines) {
        return RuledLines.markAbove(RuledLines.mark(lines, rules, uprights), rules);
    }
}
