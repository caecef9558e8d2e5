package org.casereview.etl.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The words PDFBox's {@code PDFTextStripper.writePage} hands {@code writeString}, for a stripper that reads a page in
 * content order (no sorting by position, content-stream spaces kept): the same glyphs in the same words, parted by the
 * same line test (a glyph off the line's baseline band) and word-gap test (a glyph further right than the space
 * width or the average character width allows), with every figure computed by the same float expressions in the same
 * order. What {@code writePage} does besides, and a stripper reading only the glyphs throws away, is skipped: the
 * word's string, its normalising ({@code java.text.Bidi} per word, presentation forms), the paragraph test and the
 * separators written to the output. Its rules kept as they are:
 * <ul>
 * <li>a glyph without text (null) is in no word, but is still the glyph before the next in the tests;</li>
 * <li>a word ended by a word gap is handed over even when its glyphs have no text (an /ActualText's blank glyphs);
 * the last word of a line only when one of its glyphs has text;</li>
 * <li>the line and gap state runs on over the page's articles, the average character width starts again in each.</li>
 * </ul>
 * PDFBox would hand an empty word over where two word gaps meet; the sink never gets one.
 */
public final class StripperWords {

    /** Takes one word's glyphs, in content order: a view, read during the call only. */
    @FunctionalInterface
    public interface Sink {
        void word(List<TextPosition> glyphs) throws IOException;
    }

    /** Takes one word as rows of its article: {@code index[0]} to {@code index[count - 1]}, read during the call only. */
    @FunctionalInterface
    public interface RowSink {
        void word(GlyphRows rows, int[] index, int count) throws IOException;
    }

    // PDFTextStripper's reset values
    private static final float NO_END = -1;
    private static final float NO_MAX_Y = -Float.MAX_VALUE;
    private static final float NO_EXPECTED_START = -Float.MAX_VALUE;
    private static final float NO_HEIGHT = -1;
    private static final float NO_SPACING = -1;

    private final float spacingTolerance;
    private final float averageCharTolerance;
    private final String wordSeparator;
    private final RowSink sink;

    private float maxYForLine;
    private float maxHeightForLine;
    private float endOfLastTextX;
    private float lastWordSpacing;
    private float previousAveCharWidth;
    /** The glyph before (in this article or the one before): its font, size, x and text, as the tests read them. */
    private boolean hasLast;
    private PDFont lastFont;
    private float lastFontSize;
    private float lastX;
    private String lastText;
    /** The word being handed over, as row numbers. */
    private int[] word = new int[64];

    private StripperWords(PDFTextStripper stripper, RowSink sink) {
        if (stripper.getSortByPosition() || stripper.getIgnoreContentStreamSpaceGlyphs()) {
            throw new IllegalArgumentException("the words are those of a stripper reading in content order");
        }
        this.spacingTolerance = stripper.getSpacingTolerance();
        this.averageCharTolerance = stripper.getAverageCharTolerance();
        this.wordSeparator = stripper.getWordSeparator();
        this.sink = sink;
    }

    /** Hands each word of the page's articles (the stripper's {@code charactersByArticle}) to the sink, in order. */
    public static void write(PDFTextStripper stripper, List<List<TextPosition>> articles, Sink sink)
            throws IOException {
        List<GlyphRows> rows = new ArrayList<>(articles.size());
        for (List<TextPosition> article : articles) {
            rows.add(GlyphRows.of(article));
        }
        writeRows(stripper, rows, (article, index, count) -> {
            List<TextPosition> glyphs = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                glyphs.add(article.glyph(index[k]));
            }
            sink.word(glyphs);
        });
    }

    /** Hands each word of the page's articles, taken as rows ({@link GlyphRows}), to the sink, in order. */
    public static void writeRows(PDFTextStripper stripper, List<GlyphRows> articles, RowSink sink)
            throws IOException {
        StripperWords words = new StripperWords(stripper, sink);
        words.maxYForLine = NO_MAX_Y;
        words.maxHeightForLine = NO_HEIGHT;
        words.endOfLastTextX = NO_END;
        words.lastWordSpacing = NO_SPACING;
        for (GlyphRows article : articles) {
            words.article(article);
        }
    }

    private void article(GlyphRows glyphs) throws IOException {
        previousAveCharWidth = -1;
        int wordStart = 0;
        int size = glyphs.size();
        for (int i = 0; i < size; i++) {
            switch (next(glyphs, i)) {
                case LINE -> {
                    endWord(glyphs, wordStart, i, true);
                    wordStart = i;
                }
                case WORD -> {
                    endWord(glyphs, wordStart, i, false);
                    wordStart = i;
                }
                default -> {
                }
            }
            hasLast = true;
            lastFont = glyphs.font(i);
            lastFontSize = glyphs.fontSize(i);
            lastX = glyphs.x(i);
            lastText = glyphs.text(i);
        }
        endWord(glyphs, wordStart, size, true);
    }

    private enum Break { NONE, WORD, LINE }

    /** What starts before glyph i, with the line state moved on past it; PDFTextStripper.writePage's loop body. */
    private Break next(GlyphRows glyphs, int i) {
        if (hasLast && hasFontOrSizeChanged(glyphs.font(i), glyphs.fontSize(i), lastFont, lastFontSize)) {
            previousAveCharWidth = -1;
        }
        float positionX = glyphs.x(i);
        float positionY = glyphs.y(i);
        float positionWidth = glyphs.width(i);
        float positionHeight = glyphs.height(i);
        int wordCharCount = glyphs.characters(i);
        float wordSpacing = glyphs.widthOfSpace(i);
        float deltaSpace = deltaSpace(wordSpacing);
        float averageCharWidth = previousAveCharWidth < 0 ? positionWidth / wordCharCount
                : (previousAveCharWidth + positionWidth / wordCharCount) / 2f;
        float deltaCharWidth = averageCharWidth * averageCharTolerance;
        float expectedStartOfNextWordX = NO_EXPECTED_START;
        if (Float.compare(endOfLastTextX, NO_END) != 0) {
            expectedStartOfNextWordX = endOfLastTextX + Math.min(deltaSpace, deltaCharWidth);
        }
        Break result = Break.NONE;
        if (hasLast) {
            if (!overlap(positionY, positionHeight, maxYForLine, maxHeightForLine)) {
                result = Break.LINE;
                expectedStartOfNextWordX = NO_EXPECTED_START;
                maxYForLine = NO_MAX_Y;
                maxHeightForLine = NO_HEIGHT;
            }
            if (Float.compare(expectedStartOfNextWordX, NO_EXPECTED_START) != 0
                    && expectedStartOfNextWordX < positionX && endsNoWord(lastText)) {
                result = Break.WORD;
            }
            if (Math.abs(positionX - lastX) > (wordSpacing + deltaSpace)) {
                maxYForLine = NO_MAX_Y;
                maxHeightForLine = NO_HEIGHT;
            }
        }
        if (positionY >= maxYForLine) {
            maxYForLine = positionY;
        }
        endOfLastTextX = positionX + positionWidth;
        maxHeightForLine = Math.max(maxHeightForLine, positionHeight);
        lastWordSpacing = wordSpacing;
        previousAveCharWidth = averageCharWidth;
        return result;
    }

    /** The gap the space width allows, its mean with the glyph before's; none for a font without a space width. */
    private float deltaSpace(float wordSpacing) {
        if (Float.compare(wordSpacing, 0) == 0 || Float.isNaN(wordSpacing)) {
            return Float.MAX_VALUE;
        }
        if (lastWordSpacing < 0) {
            return wordSpacing * spacingTolerance;
        }
        return (wordSpacing + lastWordSpacing) / 2f * spacingTolerance;
    }

    /** Whether a word separator may follow the glyph: not after one that is (or ends in) the separator itself. */
    private boolean endsNoWord(String lastUnicode) {
        return wordSeparator.isEmpty() || lastUnicode != null && !lastUnicode.endsWith(wordSeparator);
    }

    /** PDFTextStripper's font-or-size test, which starts the average character width again. */
    private static boolean hasFontOrSizeChanged(PDFont current, float currentSize, PDFont last, float lastSize) {
        if (Float.compare(currentSize, lastSize) != 0) {
            return true;
        }
        if (current == last) {
            return false;
        }
        String currentFontName = current.getName();
        String lastFontName = last.getName();
        if (currentFontName != null) {
            return !currentFontName.equals(lastFontName);
        }
        if (lastFontName != null) {
            return true;
        }
        return current.hashCode() != last.hashCode();
    }

    private static boolean overlap(float y1, float height1, float y2, float height2) {
        return within(y1, y2, .1f) || y2 <= y1 && y2 >= y1 - height1 || y1 <= y2 && y1 >= y2 - height2;
    }

    private static boolean within(float first, float second, float variance) {
        return second < first + variance && second > first - variance;
    }

    /**
     * The glyphs {@code from} (inclusive) to {@code to} of the article as a word, those without text left out; the last
     * word of a line only if one of them has text (PDFBox adds it by its string's length).
     */
    private void endWord(GlyphRows glyphs, int from, int to, boolean lastOfLine) throws IOException {
        if (from >= to) {
            return;
        }
        if (word.length < to - from) {
            word = new int[Math.max(2 * word.length, to - from)];
        }
        boolean text = false;
        int count = 0;
        for (int i = from; i < to; i++) {
            String unicode = glyphs.text(i);
            if (unicode != null) {
                text |= !unicode.isEmpty();
                word[count++] = i;
            }
        }
        if (lastOfLine && !text || count == 0) {
            return;
        }
        sink.word(glyphs, word, count);
    }
}
