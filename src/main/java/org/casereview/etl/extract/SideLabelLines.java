package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Side labels ({@link org.casereview.etl.pdf.SideLabels}: 'LEARNING' under an icon, left of its list) in Tika's text:
 * Tika writes the word where its line falls among the list's lines, after the list's first line or a wrapped part of
 * it, so the list's first item would go to the section before. The label is taken out there and put, with the colon
 * the grammar reads a label by, on a line of its own before the list's first line.
 */
final class SideLabelLines {

    /** A label beside a list: its words and the text of the list's first line. */
    private record Found(String label, String firstLine) {
    }

    private SideLabelLines() {
    }

    static List<String> moved(List<String> lines, List<List<PdfPageLines.Line>> pages) {
        List<Found> found = found(pages);
        if (found.isEmpty()) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines);
        int from = 0;
        for (Found f : found) {
            int label = index(out, from, f.label(), false);
            int first = index(out, from, f.firstLine(), true);
            if (label < 0 || first < 0) {
                continue;
            }
            out.set(label, "");
            out.add(first, f.label() + ":");
            out.add(first + 1, "");
            out.add(first, "");
            from = (label > first ? label + 3 : first + 3) + 1;
        }
        return out;
    }

    /** The first line from {@code from} that is {@code text} (or, for an item, starts with it after its marker). */
    private static int index(List<String> lines, int from, String text, boolean item) {
        for (int i = from; i < lines.size(); i++) {
            String line = oneLine(lines.get(i));
            String words = item ? line.replaceFirst("^[-*\u2022]\\s+", "") : line;
            if (item ? words.startsWith(text) : words.equals(text)) {
                return i;
            }
        }
        return -1;
    }

    /** Each side label with the first line of the column beside it (the lines after it, else before it). */
    private static List<Found> found(List<List<PdfPageLines.Line>> pages) {
        List<Found> found = new ArrayList<>();
        for (List<PdfPageLines.Line> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                PdfPageLines.Line label = page.get(i);
                if (!label.sideLabel()) {
                    continue;
                }
                PdfPageLines.Line first = firstBeside(page, i, 1);
                first = first == null ? firstBeside(page, i, -1) : first;
                if (first != null) {
                    found.add(new Found(oneLine(label.text()), oneLine(first.text())));
                }
            }
        }
        return found;
    }

    /** The topmost of the lines next to the label (stepping by {@code step}) that start right of it; null if none. */
    private static PdfPageLines.Line firstBeside(List<PdfPageLines.Line> page, int at, int step) {
        PdfPageLines.Line first = null;
        float edge = page.get(at).right();
        for (int i = at + step; i >= 0 && i < page.size() && page.get(i).left() > edge; i += step) {
            first = first == null || page.get(i).top() < first.top() ? page.get(i) : first;
        }
        return first;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
