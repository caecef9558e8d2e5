package org.casereview.etl.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The style of the running text: the font size carrying most regular-weight characters, and whether most of those
 * characters at that size are in colour (a report typed in red or blue throughout).
 *
 * @param fontSize body font size in points
 * @param coloured most of the body's characters are in colour: colour then sets no line apart from the text
 */
record BodyStyle(float fontSize, boolean coloured) {

    BodyStyle(float fontSize) {
        this(fontSize, false);
    }

    static BodyStyle of(List<PageText> pages) {
        Map<Float, Integer> chars = new HashMap<>();
        Map<Float, Integer> colouredChars = new HashMap<>();
        for (PageText page : pages) {
            for (TextLine line : page.lines()) {
                for (TextFragment f : line.fragments()) {
                    if (!f.bold()) {
                        chars.merge(round(f.fontSize()), f.text().length(), Integer::sum);
                        colouredChars.merge(round(f.fontSize()), f.coloured() ? f.text().length() : 0, Integer::sum);
                    }
                }
            }
        }
        float size = chars.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(11f);
        return new BodyStyle(size, colouredChars.getOrDefault(size, 0) * 2 > chars.getOrDefault(size, 0));
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
