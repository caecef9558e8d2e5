package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a file merged from several producers' PDFs ({@code qpdf --pages}: a cover from a word processor, the
 * body from a browser, appendices from TeX), each with its own sheet size and its own running text. A part is a run of
 * pages on one sheet size, upright or turned (a landscape page of one producer is on the same sheet), whose running
 * text is in one size. Only a change of both marks a boundary: neighbouring runs whose running text has the same size
 * are one part, and a run with too little running text to have a size of its own (a cover, a blank page) belongs to the
 * part after it, or before it at the end. Headings stand out from their own part's running text.
 */
final class MergedParts {
    /** Regular-weight characters a run needs for a running text of its own (a cover holds fewer). */
    private static final int MIN_PART_CHARS = 400;
    /** Sheets differing by less than this, in points, are one size (A4 written as 595.28 or 595.30). */
    private static final float SHEET_TOLERANCE = 2f;

    private final Map<Integer, Integer> partOfPage;
    private final Map<Integer, BodyStyle> bodyOfPage;
    private final BodyStyle document;
    private final boolean merged;
    /** Pages whose text is an OCR layer, with their own running text: such a page's sizes are its own. */
    private final Map<Integer, BodyStyle> ocrPages;

    private MergedParts(Map<Integer, Integer> partOfPage, Map<Integer, BodyStyle> bodyOfPage, BodyStyle document,
                        boolean merged, Map<Integer, BodyStyle> ocrPages) {
        this.partOfPage = partOfPage;
        this.bodyOfPage = bodyOfPage;
        this.document = document;
        this.merged = merged;
        this.ocrPages = ocrPages;
    }

    /** One part: every page's running text is the document's. */
    static MergedParts single(BodyStyle document) {
        return new MergedParts(Map.of(), Map.of(), document, false, Map.of());
    }

    static MergedParts of(List<PageText> pages, BodyStyle document) {
        Map<Integer, BodyStyle> ocrPages = ocrPages(pages, document);
        List<Run> parts = sameBodyJoined(withShortRunsFolded(sheetRuns(pages)));
        if (parts.size() < 2) {
            return new MergedParts(Map.of(), Map.of(), document, false, ocrPages);
        }
        Map<Integer, Integer> partOfPage = new HashMap<>();
        Map<Integer, BodyStyle> bodyOfPage = new HashMap<>();
        for (int p = 0; p < parts.size(); p++) {
            BodyStyle body = new BodyStyle(parts.get(p).bodySize(), document.coloured());
            for (int page : parts.get(p).pages()) {
                partOfPage.put(page, p);
                bodyOfPage.put(page, body);
            }
        }
        return new MergedParts(partOfPage, bodyOfPage, document, true, ocrPages);
    }

    /**
     * An OCR engine sizes each line from its box on the scan and sets every line in one plain font: its headings are
     * no larger than another producer's running text, only than their own page's, so such a page is measured alone.
     */
    private static Map<Integer, BodyStyle> ocrPages(List<PageText> pages, BodyStyle document) {
        Map<Integer, BodyStyle> ocr = new HashMap<>();
        for (PageText page : pages) {
            if (page.ocrLayer()) {
                Run own = new Run(List.of(page.number()), page.width(), page.height(), regularChars(page));
                if (own.total() > 0) {
                    ocr.put(page.number(), new BodyStyle(own.bodySize(), document.coloured()));
                }
            }
        }
        return ocr;
    }

    /** The page's text is an OCR layer (every glyph invisible over the scan). */
    boolean ocrPage(int page) {
        return ocrPages.containsKey(page);
    }

    boolean merged() {
        return merged;
    }

    int partOf(int page) {
        return partOfPage.getOrDefault(page, 0);
    }

    /** The running text of the part holding the page (the document's when the file is one part). */
    BodyStyle bodyOn(int page) {
        BodyStyle ocr = ocrPages.get(page);
        if (ocr != null) {
            return ocr;
        }
        return bodyOfPage.getOrDefault(page, document);
    }

    /** Pages in order, with their sheet and the count of regular-weight characters by rounded size. */
    private record Run(List<Integer> pages, float shortSide, float longSide, Map<Float, Integer> chars) {

        int total() {
            return chars.values().stream().mapToInt(Integer::intValue).sum();
        }

        float bodySize() {
            return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
        }

        boolean sameSheet(float shortOther, float longOther) {
            return Math.abs(shortSide - shortOther) < SHEET_TOLERANCE && Math.abs(longSide - longOther) < SHEET_TOLERANCE;
        }

        Run joined(Run next) {
            List<Integer> all = new ArrayList<>(pages);
            all.addAll(next.pages());
            Map<Float, Integer> sum = new HashMap<>(chars);
            next.chars().forEach((size, count) -> sum.merge(size, count, Integer::sum));
            return new Run(all, shortSide, longSide, sum);
        }
    }

    private static List<Run> sheetRuns(List<PageText> pages) {
        List<Run> runs = new ArrayList<>();
        for (PageText page : pages) {
            float shortSide = Math.min(page.width(), page.height());
            float longSide = Math.max(page.width(), page.height());
            Run own = new Run(List.of(page.number()), shortSide, longSide, regularChars(page));
            int last = runs.size() - 1;
            if (last >= 0 && runs.get(last).sameSheet(shortSide, longSide)) {
                runs.set(last, runs.get(last).joined(own));
            } else {
                runs.add(own);
            }
        }
        return runs;
    }

    private static Map<Float, Integer> regularChars(PageText page) {
        Map<Float, Integer> chars = new HashMap<>();
        for (TextLine line : page.lines()) {
            for (TextFragment f : line.fragments()) {
                if (!f.bold()) {
                    chars.merge(Math.round(f.fontSize() * 2) / 2f, f.text().length(), Integer::sum);
                }
            }
        }
        return chars;
    }

    /** A run too short for a running text of its own joins the run after it (at the end, the one before it). */
    private static List<Run> withShortRunsFolded(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        Run pending = null;
        for (Run run : runs) {
            Run here = pending == null ? run : pending.joined(run);
            if (run.total() < MIN_PART_CHARS) {
                pending = here;
            } else {
                out.add(here);
                pending = null;
            }
        }
        if (pending != null && !out.isEmpty()) {
            out.set(out.size() - 1, out.get(out.size() - 1).joined(pending));
        }
        return out;
    }

    /** Neighbouring runs whose running text is in one size are one producer's, whatever their sheets. */
    private static List<Run> sameBodyJoined(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run run : runs) {
            int last = out.size() - 1;
            if (last >= 0 && sameSize(out.get(last).bodySize(), run.bodySize())) {
                out.set(last, out.get(last).joined(run));
            } else {
                out.add(run);
            }
        }
        return out;
    }

    private static boolean sameSize(float a, float b) {
        BodyStyle style = new BodyStyle(a);
        return !style.isLarger(b) && !style.isSmaller(b);
    }
}
