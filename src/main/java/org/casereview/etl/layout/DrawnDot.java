package org.casereview.etl.layout;

import java.util.List;

/**
 * A small filled disc or square drawn on a page, as list markers are painted when the text layer has no bullet glyph
 * (pdfmake's and Qt's circles of four Bézier curves, Chromium's discs): its centre and width, in the glyphs' space
 * (x from the page's left edge, y down from its top, as {@code TextPosition.getXDirAdj} / {@code getYDirAdj}).
 */
public record DrawnDot(float x, float y, float size) {

    /** A marker stands at most this many font sizes before the text of its line... */
    private static final float MAX_GAP = 3f;
    /** ...with its centre above the baseline by less than this share of the font size. */
    private static final float MAX_RISE = 0.8f;

    /**
     * Whether one of {@code dots} is a marker just before a line that starts at {@code left}, on {@code baseline},
     * in type of {@code fontSize}: right of the dot within three font sizes, the dot's centre between the baseline
     * and the top of the letters.
     */
    public static boolean markerBefore(List<DrawnDot> dots, float left, float baseline, float fontSize) {
        for (DrawnDot dot : dots) {
            float gap = left - (dot.x() + dot.size() / 2);
            float rise = baseline - dot.y();
            if (gap > 0 && gap < MAX_GAP * fontSize && rise > 0 && rise < MAX_RISE * fontSize) {
                return true;
            }
        }
        return false;
    }
}
