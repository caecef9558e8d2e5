package org.casereview.etl.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The style of the running text: the font size carrying most regular-weight characters.
 *
 * @param fontSize body font size in points
 */
record BodyStyle(float fontSize) {

    static BodyStyle of(List<PageText> pages) {
        Map<Float, Integer> chars = new HashMap<>();
        for (PageText page : pages) {
            for (TextLine line : page.lines()) {
                for (TextFragment f : line.fragments()) {
                    if (!f.bold()) {
                        chars.merge(round(f.fontSize()), f.text().length(), Integer::sum);
                    }
                }
            }
        }
        return new BodyStyle(chars.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(11f));
    }

    boolean isLarger(float size) {
        return size >= fontSize * 1.12f;
    }

    boolean isSmaller(float size) {
        return size <= fontSize * 0.88f;
    }

    private static float round(float size) {
        return Math.round(size * 2) / 2f;
    }
}
