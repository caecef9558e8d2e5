package org.casereview.etl.extract;

import java.util.List;
import java.util.Locale;

import org.casereview.etl.layout.OutlineReader;

/**
 * Titles a PDF gives only in its outline: each bookmark names an entry whose title the page shows as a picture (a
 * banner image, outlined type), so the text has no title line and the entries run on as one. When none of the
 * outline's titles is in the text, each bookmark's title is set as a heading on its page, where the page's text leaves
 * room for it: before the line under the page's tallest gap (the top margin counted, the page's foot not), as a title drawn over an entry
 * takes more room than a line. A document that prints its bookmarked headings keeps its reading
 * ({@code LayoutDigestText.withOutlineHeadings}).
 */
final class OutlineOnlyTitles {

    /** Fewer bookmarks say nothing of entries. */
    private static final int MIN_ENTRIES = 2;
    /** Lines under this share of the page's height are its foot (a footer, a folio), which no title stands over. */
    private static final float FOOT = 0.9f;
    /** Characters of a page line looked for in the text (its start: the text may set its end apart, as a link). */
    private static final int PROBE = 40;

    private OutlineOnlyTitles() {
    }

    static String insert(String text, List<OutlineReader.Entry> outline, List<List<PdfPageLines.Line>> pages) {
        if (outline.size() < MIN_ENTRIES) {
            return text;
        }
        String flat = text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (outline.stream().anyMatch(e -> printed(flat, e.title()))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        int from = 0;
        for (OutlineReader.Entry entry : outline) {
            if (entry.page() < 1 || entry.page() > pages.size()) {
                continue;
            }
            String anchor = probe(belowTallestGap(pages.get(entry.page() - 1)));
            int at = anchor.isEmpty() ? -1 : out.indexOf(anchor, from);
            if (at < 0) {
                continue;
            }
            int lineStart = out.lastIndexOf("\n", at) + 1;
            String heading = "\n" + "#".repeat(Math.min(6, Math.max(1, entry.level()))) + " " + oneLine(entry.title()) + "\n\n";
            out.insert(lineStart, heading);
            from = lineStart + heading.length() + anchor.length();
        }
        return out.toString();
    }

    /** Whether a bookmark's title is in the text, {@code flat}: spaces collapsed, lower case. */
    private static boolean printed(String flat, String title) {
        String t = oneLine(title).toLowerCase(Locale.ROOT);
        return !t.isEmpty() && flat.contains(t);
    }

    /**
     * The page's line under its tallest gap, the gap over its first line (the top margin) counted and the page's foot
     * left out; null if none.
     */
    private static PdfPageLines.Line belowTallestGap(List<PdfPageLines.Line> lines) {
        PdfPageLines.Line best = null;
        float tallest = -1f;
        float above = 0f;
        for (PdfPageLines.Line line : lines) {
            float gap = line.top() - above;
            if (gap > tallest && !line.text().isBlank() && line.top() < FOOT) {
                tallest = gap;
                best = line;
            }
            above = line.top();
        }
        return best;
    }

    private static String probe(PdfPageLines.Line line) {
        if (line == null) {
            return "";
        }
        String t = line.text().strip();
        return t.length() > PROBE ? t.substring(0, PROBE) : t;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
