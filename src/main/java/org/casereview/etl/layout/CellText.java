package org.casereview.etl.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.text.TextPosition;

/**
 * The printed lines of a table cell (or a paragraph) as text: a line that starts with a bullet, or has a drawn list
 * marker just before it ({@link DrawnDot}, written as a bullet), follows a wider gap than the line spacing, or changes
 * between bold and regular starts a new line of the result; the other lines are joined to the one before, a word
 * hyphenated over the line end made whole again.
 */
final class CellText {

    /** A list bullet, as printed or as a symbol font's private-use code (Word's and Writer's U+F0B7), or a dash. */
    private static final Pattern BULLET = Pattern.compile("^[-*+\u2013" + BulletGlyphs.GLYPHS + "]\\s");
    private static final Pattern HYPHENATED = Pattern.compile("\\p{L}-$");
    /** A gap this many times the line spacing parts paragraphs. */
    private static final float PARAGRAPH_GAP = 1.2f;
    private static final String DRAWN_MARKER = "\u2022 ";

    private CellText() {
    }

    /** @param pitch the usual distance between baselines of the table's lines, 0 when not known */
    static String of(List<List<TextPosition>> lines, float pitch) {
        return of(lines, pitch, List.of());
    }

    /** @param dots the drawn dots among these lines (a cell's column), in the glyphs' space */
    static String of(List<List<TextPosition>> lines, float pitch, List<DrawnDot> dots) {
        return String.join("\n", paragraphs(lines, pitch, dots, List.of()).stream().map(p -> p.text().toString()).toList());
    }

    /**
     * The lines' text as {@link #of(List, float, List)} gives it, and for each of its lines the URI of the link
     * annotation over that line's glyphs (empty where none is), joined with newlines the same way.
     */
    static Linked linked(List<List<TextPosition>> lines, float pitch, List<DrawnDot> dots, List<PageLinks.Link> links) {
        List<Paragraph> paragraphs = paragraphs(lines, pitch, dots, links);
        return new Linked(String.join("\n", paragraphs.stream().map(p -> p.text().toString()).toList()),
                String.join("\n", paragraphs.stream().map(p -> PageLinks.over(p.glyphs(), links)).toList()));
    }

    /** A cell's text and the links over its lines, shaped alike. */
    record Linked(String text, String links) {
    }

    private record Paragraph(StringBuilder text, List<TextPosition> glyphs) {
    }

    private static List<Paragraph> paragraphs(List<List<TextPosition>> lines, float pitch, List<DrawnDot> dots,
                                              List<PageLinks.Link> links) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<TextPosition> previous = null;
        Edges edges = pitch > 0 ? Edges.of(lines) : Edges.NONE;
        for (List<TextPosition> line : lines) {
            String text = GlyphText.text(line);
            if (text.isEmpty()) {
                continue;
            }
            boolean marked = !BULLET.matcher(text).find() && DrawnDot.markerBefore(dots, line.get(0).getXDirAdj(),
                    baseline(line), line.get(0).getFontSizeInPt());
            if (previous == null || marked || startsParagraph(previous, line, text, pitch)
                    || startsLink(previous, line, links) || edges.brokenShort(previous, line)) {
                paragraphs.add(new Paragraph(new StringBuilder(marked ? DRAWN_MARKER + text : text),
                        new ArrayList<>(line)));
            } else {
                Paragraph last = paragraphs.get(paragraphs.size() - 1);
                append(last.text(), text);
                last.glyphs().addAll(line);
            }
            previous = line;
        }
        return paragraphs;
    }

    /** The usual distance between consecutive baselines in these groups of lines (the smallest common one). */
    static float pitch(List<List<List<TextPosition>>> groups) {
        List<Float> deltas = new ArrayList<>();
        for (List<List<TextPosition>> lines : groups) {
            for (int i = 1; i < lines.size(); i++) {
                float delta = baseline(lines.get(i)) - baseline(lines.get(i - 1));
                if (delta > 0) {
                    deltas.add(delta);
                }
            }
        }
        if (deltas.isEmpty()) {
            return 0;
        }
        deltas.sort(Float::compare);
        return deltas.get(deltas.size() / 4);
    }

    private static boolean startsParagraph(List<TextPosition> previous, List<TextPosition> line, String text,
                                           float pitch) {
        float gap = baseline(line) - baseline(previous);
        return BULLET.matcher(text).find() || pitch > 0 && gap > PARAGRAPH_GAP * pitch
                || GlyphText.style(previous).bold() != GlyphText.style(line).bold();
    }

    /**
     * A line (most of its glyphs) under a link the line before is not under: the link's words set under a title in its cell ('Read
     * practice review (PDF)' under 'Child MG: ...'), a line of their own as a tagged cell's Link element is (b43 kind 4).
     */
    private static boolean startsLink(List<TextPosition> previous, List<TextPosition> line, List<PageLinks.Link> links) {
        if (links.isEmpty()) {
            return false;
        }
        String uri = PageLinks.over(line, links);
        return !uri.isEmpty() && !PageLinks.over(previous, links).equals(uri);
    }

    /**
     * A body cell's left edge and its widest line's end. A line flush with the left edge after a line that ends so far
     * short of the widest that the line's first word would have fit after it follows a line break the writer made, not
     * a wrap: it starts anew ('children' / 'Identifies good practice including:' inside a sheet's cell, a link's words
     * under a summary). Lines not flush left (centred text, hanging indents) are left as they are.
     */
    private record Edges(float left, float right) {
        static final Edges NONE = new Edges(Float.NaN, Float.NaN);
        private static final float FLUSH = 1f;
        /** A gap between glyphs this share of the font size or wider parts words. */
        private static final float WORD_GAP = 0.15f;

        static Edges of(List<List<TextPosition>> lines) {
            float left = Float.MAX_VALUE;
            float right = 0;
            for (List<TextPosition> line : lines) {
                if (!line.isEmpty()) {
                    left = Math.min(left, line.get(0).getXDirAdj());
                    right = Math.max(right, end(line.get(line.size() - 1)));
                }
            }
            return new Edges(left, right);
        }

        boolean brokenShort(List<TextPosition> previous, List<TextPosition> line) {
            if (Float.isNaN(left) || Math.abs(line.get(0).getXDirAdj() - left) > FLUSH) {
                return false;
            }
            TextPosition last = previous.get(previous.size() - 1);
            float space = last.getFontSizeInPt() * 0.25f;
            return end(last) + space + firstWordWidth(line) < right - FLUSH;
        }

        /** Up to the first space glyph or word gap (a producer may draw no spaces, only gaps). */
        private static float firstWordWidth(List<TextPosition> line) {
            TextPosition lastOfWord = line.get(0);
            for (TextPosition glyph : line.subList(1, line.size())) {
                if (glyph.getUnicode().isBlank()
                        || glyph.getXDirAdj() - end(lastOfWord) > WORD_GAP * lastOfWord.getFontSizeInPt()) {
                    break;
                }
                lastOfWord = glyph;
            }
            return end(lastOfWord) - line.get(0).getXDirAdj();
        }

        private static float end(TextPosition glyph) {
            return glyph.getXDirAdj() + glyph.getWidthDirAdj();
        }
    }

    private static void append(StringBuilder paragraph, String text) {
        if (HYPHENATED.matcher(paragraph).find() && Character.isLowerCase(text.codePointAt(0))) {
            paragraph.setLength(paragraph.length() - 1);
            paragraph.append(text);
        } else {
            paragraph.append(' ').append(text);
        }
    }

    private static float baseline(List<TextPosition> line) {
        return line.get(0).getYDirAdj();
    }
}
