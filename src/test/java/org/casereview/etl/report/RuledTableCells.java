package org.casereview.etl.report;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * Test helper: draws a ruled action plan table on a page as the reader sees it, in viewed coordinates (x from the
 * viewed left, y from the viewed top), on a page shown upright or turned a quarter by /Rotate; each word set on its
 * own at the x given (pdfTeX sets no space glyphs).
 */
final class RuledTableCells {

    private final PDPageContentStream out;
    private final int rotation;
    private final float width;
    private final float height;

    /** The page's media box is width x height (portrait); rotation is its /Rotate. */
    RuledTableCells(PDPageContentStream out, int rotation, float width, float height) {
        this.out = out;
        this.rotation = rotation;
        this.width = width;
        this.height = height;
    }

    /** The words of one cell line, each after a gap of {@code firstGap} (the first) or {@code gap} points. */
    float words(PDFont font, float size, float x, float y, float firstGap, float gap, String text) throws IOException {
        float at = x;
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            show(font, size, at, y, words[i]);
            at += font.getStringWidth(words[i]) / 1000 * size + (i == 0 ? firstGap : gap);
        }
        return at;
    }

    void show(PDFont font, float size, float x, float y, String text) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.setTextMatrix(matrix(x, y));
        out.showText(text);
        out.endText();
    }

    /** A thin line from (x1, y1) to (x2, y2), viewed coordinates. */
    void rule(float x1, float y1, float x2, float y2) throws IOException {
        out.setLineWidth(0.4f);
        float[] a = user(x1, y1);
        float[] b = user(x2, y2);
        out.moveTo(a[0], a[1]);
        out.lineTo(b[0], b[1]);
        out.stroke();
    }

    private Matrix matrix(float x, float y) {
        float[] p = user(x, y);
        return switch (rotation) {
            case 90 -> new Matrix(0, 1, -1, 0, p[0], p[1]);
            case 270 -> new Matrix(0, -1, 1, 0, p[0], p[1]);
            default -> new Matrix(1, 0, 0, 1, p[0], p[1]);
        };
    }

    private float[] user(float x, float y) {
        return switch (rotation) {
            case 90 -> new float[] {y, x};
            case 270 -> new float[] {width - y, height - x};
            default -> new float[] {x, height - y};
        };
    }
}
