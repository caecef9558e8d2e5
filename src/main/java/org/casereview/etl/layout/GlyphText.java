package org.casereview.etl.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.text.TextPosition;

/** Text and style of a run of glyphs in reading order: spaces where the glyphs leave a gap or change line. */
final class GlyphText {

    /** The quote mark of a quoted line of a plain-text message. */
    private static final String QUOTE_MARK = ">";
    /** Fewer quoted lines are a quotation in a paragraph, not a quoted message. */
    private static final int MIN_QUOTED_LINES = 3;

    private GlyphText() {
    }

    static String text(List<TextPosition> glyphs) {
        StringBuilder text = new StringBuilder();
        TextPosition previous = null;
        float tracking = 0;
        for (int i = 0; i < glyphs.size(); i++) {
            TextPosition glyph = glyphs.get(i);
            if (previous == null || newLine(previous, glyph)) {
                tracking = Tracking.of(lineFrom(glyphs, i));
            }
            if (previous != null && newLine(previous, glyph) && hyphenated(previous, glyph)) {
                // "pre-" at a line end and "birth" on the next: one word, as printed
            } else if (previous != null && (newLine(previous, glyph) || gap(previous, glyph, tracking))) {
                text.append(' ');
            }
            text.append(glyph.getUnicode());
            previous = glyph;
        }
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /**
     * The text of a paragraph whose printed lines mostly open with a quote mark (a plain-text message printed with its
     * quoted lines, '> ' on each): its line breaks are the text's own, so each printed line stays a line; else as
     * {@link #text}.
     */
    static String keepingQuotedLines(List<TextPosition> glyphs) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= glyphs.size(); i++) {
            if (i == glyphs.size() || newLine(glyphs.get(i - 1), glyphs.get(i))) {
                lines.add(text(glyphs.subList(start, i)));
                start = i;
            }
        }
        long quoted = lines.stream().filter(line -> line.startsWith(QUOTE_MARK)).count();
        return quoted >= MIN_QUOTED_LINES && 2 * quoted > lines.size() ? String.join("\n", lines) : text(glyphs);
    }

    /** The glyphs from {@code start} up to the next change of line. */
    private static List<TextPosition> lineFrom(List<TextPosition> glyphs, int start) {
        int end = start + 1;
        while (end < glyphs.size() && !newLine(glyphs.get(end - 1), glyphs.get(end))) {
            end++;
        }
        return glyphs.subList(start, end);
    }

    static LayoutBlock.Style style(List<TextPosition> glyphs) {
        if (glyphs.isEmpty()) {
            return LayoutBlock.Style.UNKNOWN;
        }
        TextPosition first = glyphs.get(0);
        Map<Float, Integer> sizes = new HashMap<>();
        int bold = 0;
        int visible = 0;
        for (TextPosition glyph : glyphs) {
            if (!MarkedContentText.isVisible(glyph)) {
                continue;
            }
            visible++;
            sizes.merge(Math.round(glyph.getFontSizeInPt() * 10) / 10f, 1, Integer::sum);
            if (isBold(glyph)) {
                bold++;
            }
        }
        float size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
        return new LayoutBlock.Style(first.getXDirAdj(), first.getYDirAdj() - first.getHeightDir(), size,
                visible > 0 && bold * 2 > visible);
    }

    static boolean isBold(TextPosition glyph) {
        return BoldGlyphs.isBold(glyph);
    }

    private static boolean hyphenated(TextPosition previous, TextPosition glyph) {
        return "-".equals(previous.getUnicode()) && Character.isLowerCase(glyph.getUnicode().codePointAt(0));
    }

    static boolean newLine(TextPosition previous, TextPosition glyph) {
        return Math.abs(glyph.getYDirAdj() - previous.getYDirAdj()) > 0.5f * Math.max(previous.getHeightDir(), 1f);
    }

    private static boolean gap(TextPosition previous, TextPosition glyph, float tracking) {
        return Tracking.wordSpace(previous, glyph, tracking);
    }
}
