package org.casereview.etl.report;

import java.util.List;

/**
 * A first page set in the body's own font (a typewriter report: one fixed-pitch face for everything)
 * is still a cover when most of its lines are short and centred on the text column, as a title block
 * is, whatever standard heading ("Executive summary") it prints under the title. Typewritten lines are
 * centred with spaces, so a line's left edge is taken after its leading spaces.
 */
final class CentredTitleBlock {
    /** How far off the column's centre a centred line may stand, as a share of the column's width. */
    private static final float CENTRE_TOLERANCE = 0.03f;
    /** A centred line of the title block is shorter than this share of the column. */
    private static final float SHORT = 0.75f;
    private static final int MIN_CENTRED = 3;

    private CentredTitleBlock() {
    }

    static boolean isCover(List<PageText> pages) {
        if (pages.size() < 2 || pages.get(0).lines().isEmpty()) {
            return false;
        }
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (PageText page : pages.subList(1, pages.size())) {
            for (TextLine line : page.lines()) {
                left = Math.min(left, visibleX(line));
                right = Math.max(right, line.endX());
            }
        }
        float width = right - left;
        if (width <= 0) {
            return false;
        }
        float centre = (left + right) / 2;
        List<TextLine> lines = pages.get(0).lines();
        long centred = lines.stream().filter(l -> {
            float x = visibleX(l);
            return l.endX() - x < SHORT * width && Math.abs((x + l.endX()) / 2 - centre) <= CENTRE_TOLERANCE * width;
        }).count();
        return centred >= MIN_CENTRED && centred * 2 > lines.size();
    }

    /** The left edge of the line's first visible glyph: leading spaces drawn as glyphs are skipped. */
    static float visibleX(TextLine line) {
        TextFragment first = line.fragments().get(0);
        String text = first.text();
        int spaces = 0;
        while (spaces < text.length() && text.charAt(spaces) == ' ') {
            spaces++;
        }
        if (spaces == 0 || spaces == text.length()) {
            return first.x();
        }
        return first.x() + (first.endX() - first.x()) * spaces / text.length();
    }
}
