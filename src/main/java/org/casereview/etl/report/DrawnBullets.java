package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.casereview.etl.pdf.DrawnDots;

/**
 * List bullets that are drawn, not printed: browsers (Chromium's disc and square markers) paint
 * them as small filled shapes, so the text layer has no bullet glyph. Follows the path operators
 * while the text is read and keeps every small, roughly square filled shape; {@link #attach}
 * turns each into a "•" fragment before the line it stands in front of.
 */
final class DrawnBullets {

    /** A filled shape in page space, y measured from the top like text positions. */
    record Dot(float minX, float maxX, float centreY) {
    }

    private final DrawnDots drawn;

    DrawnBullets(PDFStreamEngine engine) {
        this.drawn = new DrawnDots(engine);
    }

    List<OperatorProcessor> operators() {
        return drawn.operators();
    }

    void startPage() {
        drawn.startPage();
    }

    /** The page's dots, in the coordinates of text positions (crop box origin, y from the top). */
    List<Dot> dots(float left, float top) {
        return drawn.dots().stream().map(d -> new Dot(d.minX() - left, d.maxX() - left, top - d.centreY())).toList();
    }

    /**
     * Each fragment that has a dot just before it, at its x-height, gets a bullet fragment in
     * front; not text larger than the page's body text, where a dot is an ornament of a heading.
     */
    static List<TextFragment> attach(List<TextFragment> fragments, List<Dot> dots) {
        if (dots.isEmpty()) {
            return fragments;
        }
        float body = commonSize(fragments);
        List<TextFragment> result = new ArrayList<>(fragments);
        for (Dot dot : dots) {
            TextFragment best = null;
            for (TextFragment f : fragments) {
                if (f.fontSize() > 1.15f * body) {
                    continue;
                }
                float gap = f.x() - dot.maxX();
                float rise = f.y() - dot.centreY();
                if (gap > 0 && gap < 3f * f.fontSize() && rise > 0 && rise < 0.8f * f.fontSize()
                        && (best == null || f.x() < best.x())) {
                    best = f;
                }
            }
            if (best != null) {
                result.add(new TextFragment("\u2022", dot.minX(), dot.maxX(), best.y(), best.fontSize(), false));
            }
        }
        return result;
    }

    /** The font size of most characters. */
    private static float commonSize(List<TextFragment> fragments) {
        Map<Float, Integer> chars = new HashMap<>();
        for (TextFragment f : fragments) {
            chars.merge(Math.round(f.fontSize() * 2) / 2f, f.text().length(), Integer::sum);
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(0f);
    }
}
