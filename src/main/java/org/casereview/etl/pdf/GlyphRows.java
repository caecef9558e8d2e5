package org.casereview.etl.pdf;

import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.TextPosition;

/**
 * One article's glyphs, in the order a text stripper keeps them, with what {@link StripperWords}' word test and a
 * reader's runs read of each glyph, in arrays. A stripper takes each glyph in as PDFBox hands it over, while the glyph
 * is still in the processor's caches: read at the page's end, after the page's whole content pass, every glyph (a
 * large object, its matrix and its widths array apart among the pass's garbage) was a cache miss (docs/BENCHMARKS.md,
 * s33-jit and s34-jit). Each figure is the glyph's own getter's value, so that a word test over the rows gives what
 * it gives over the glyphs.
 */
public final class GlyphRows {

    private static final int FIRST_CAPACITY = 256;

    private int size;
    private TextPosition[] glyphs = new TextPosition[FIRST_CAPACITY];
    /** {@link TextPosition#getX()}, {@code getY()}, {@code getWidth()}, {@code getHeight()}: the word test's place. */
    private float[] x = new float[FIRST_CAPACITY];
    private float[] y = new float[FIRST_CAPACITY];
    private float[] width = new float[FIRST_CAPACITY];
    private float[] height = new float[FIRST_CAPACITY];
    private float[] widthOfSpace = new float[FIRST_CAPACITY];
    private float[] fontSize = new float[FIRST_CAPACITY];
    /** How many characters the glyph has widths for ({@code getIndividualWidths().length}). */
    private int[] characters = new int[FIRST_CAPACITY];
    private PDFont[] fonts = new PDFont[FIRST_CAPACITY];
    private String[] texts = new String[FIRST_CAPACITY];
    /** {@code getFontSizeInPt()}, {@code getXDirAdj()}, {@code getWidthDirAdj()}, {@code getYDirAdj()}: a run's. */
    private float[] sizeInPt = new float[FIRST_CAPACITY];
    private float[] left = new float[FIRST_CAPACITY];
    private float[] widthDirAdj = new float[FIRST_CAPACITY];
    private float[] top = new float[FIRST_CAPACITY];
    /** The reader's own mark for the glyph (its style), 0 unless given. */
    private int[] marks = new int[FIRST_CAPACITY];

    /** The rows of a list of glyphs, taken now (no marks). */
    public static GlyphRows of(List<TextPosition> glyphs) {
        GlyphRows rows = new GlyphRows();
        for (TextPosition glyph : glyphs) {
            rows.add(glyph, 0);
        }
        return rows;
    }

    public int size() {
        return size;
    }

    public void clear() {
        Arrays.fill(glyphs, 0, size, null);
        Arrays.fill(fonts, 0, size, null);
        Arrays.fill(texts, 0, size, null);
        size = 0;
    }

    /** Takes a glyph in after the last one. */
    public void add(TextPosition glyph, int mark) {
        if (size == glyphs.length) {
            grow();
        }
        set(size++, glyph, mark);
    }

    /** Takes row {@code i} again from the glyph now there (one whose text and widths a diacritic changed). */
    public void set(int i, TextPosition glyph, int mark) {
        glyphs[i] = glyph;
        x[i] = glyph.getX();
        y[i] = glyph.getY();
        width[i] = glyph.getWidth();
        height[i] = glyph.getHeight();
        widthOfSpace[i] = glyph.getWidthOfSpace();
        fontSize[i] = glyph.getFontSize();
        characters[i] = glyph.getIndividualWidths().length;
        fonts[i] = glyph.getFont();
        texts[i] = glyph.getUnicode();
        sizeInPt[i] = glyph.getFontSizeInPt();
        if (glyph.getDir() == glyph.getRotation()) {
            // read in the page's direction, the glyph's place in its own is its place on the page: the same expressions
            left[i] = x[i];
            widthDirAdj[i] = width[i];
            top[i] = y[i];
        } else {
            left[i] = glyph.getXDirAdj();
            widthDirAdj[i] = glyph.getWidthDirAdj();
            top[i] = glyph.getYDirAdj();
        }
        marks[i] = mark;
    }

    /**
     * Keeps only the rows of the glyphs in {@code kept} (the same glyph objects, in the same order: the article after
     * glyphs were taken out of it); false, with the rows as they were, when {@code kept} is not such a subsequence.
     * Glyphs are matched by identity, so the glyphs themselves are not read.
     */
    public boolean keepOnly(List<TextPosition> kept) {
        int count = kept.size();
        if (count == size) {
            for (int i = 0; i < count; i++) {
                if (kept.get(i) != glyphs[i]) {
                    return false;
                }
            }
            return true;
        }
        int[] from = new int[count];
        int j = 0;
        for (int k = 0; k < count; k++) {
            TextPosition glyph = kept.get(k);
            while (j < size && glyphs[j] != glyph) {
                j++;
            }
            if (j == size) {
                return false;
            }
            from[k] = j++;
        }
        for (int k = 0; k < count; k++) {
            move(from[k], k);
        }
        Arrays.fill(glyphs, count, size, null);
        Arrays.fill(fonts, count, size, null);
        Arrays.fill(texts, count, size, null);
        size = count;
        return true;
    }

    private void move(int from, int to) {
        if (from == to) {
            return;
        }
        glyphs[to] = glyphs[from];
        x[to] = x[from];
        y[to] = y[from];
        width[to] = width[from];
        height[to] = height[from];
        widthOfSpace[to] = widthOfSpace[from];
        fontSize[to] = fontSize[from];
        characters[to] = characters[from];
        fonts[to] = fonts[from];
        texts[to] = texts[from];
        sizeInPt[to] = sizeInPt[from];
        left[to] = left[from];
        widthDirAdj[to] = widthDirAdj[from];
        top[to] = top[from];
        marks[to] = marks[from];
    }

    private void grow() {
        int capacity = 2 * glyphs.length;
        glyphs = Arrays.copyOf(glyphs, capacity);
        x = Arrays.copyOf(x, capacity);
        y = Arrays.copyOf(y, capacity);
        width = Arrays.copyOf(width, capacity);
        height = Arrays.copyOf(height, capacity);
        widthOfSpace = Arrays.copyOf(widthOfSpace, capacity);
        fontSize = Arrays.copyOf(fontSize, capacity);
        characters = Arrays.copyOf(characters, capacity);
        fonts = Arrays.copyOf(fonts, capacity);
        texts = Arrays.copyOf(texts, capacity);
        sizeInPt = Arrays.copyOf(sizeInPt, capacity);
        left = Arrays.copyOf(left, capacity);
        widthDirAdj = Arrays.copyOf(widthDirAdj, capacity);
        top = Arrays.copyOf(top, capacity);
        marks = Arrays.copyOf(marks, capacity);
    }

    public TextPosition glyph(int i) {
        return glyphs[i];
    }

    public float x(int i) {
        return x[i];
    }

    public float y(int i) {
        return y[i];
    }

    public float width(int i) {
        return width[i];
    }

    public float height(int i) {
        return height[i];
    }

    public float widthOfSpace(int i) {
        return widthOfSpace[i];
    }

    public float fontSize(int i) {
        return fontSize[i];
    }

    public int characters(int i) {
        return characters[i];
    }

    public PDFont font(int i) {
        return fonts[i];
    }

    /** {@link TextPosition#getUnicode()}: null for a glyph without text. */
    public String text(int i) {
        return texts[i];
    }

    public float sizeInPt(int i) {
        return sizeInPt[i];
    }

    public float left(int i) {
        return left[i];
    }

    public float widthDirAdj(int i) {
        return widthDirAdj[i];
    }

    public float top(int i) {
        return top[i];
    }

    public int mark(int i) {
        return marks[i];
    }
}
