package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A page's title written after its body: the last lines of the page's content stream stand above every line written
 * before them, in a larger font than any of those (a slide whose title box was added last, so written last in
 * z-order), or a poster's masthead (heading and intro) that its producer painted after the floated boxes below it, a foot
 * line perhaps after it. Read in stream order, the title would close the page and head the next page's body; it is
 * read where it stands, before the page's first line (the foot stays where it was).
 */
final class TitlesWrittenLast {

    /** A title, or a masthead's heading and short intro, is a few lines at most. */
    private static final int MAX_TITLE_LINES = 6;
    /** A page's foot, written after the title, is a line or two. */
    private static final int MAX_FOOT_LINES = 2;

    private TitlesWrittenLast() {
    }

    /** A page's title lines written last, and the line its body starts with. */
    private record Moved(List<String> title, String bodyStart) {
    }

    /** The text lines with every title written last put before its page's first line. */
    static List<String> moved(List<String> lines, List<List<PdfPageLines.Line>> pages) {
        List<String> out = new ArrayList<>(lines);
        int from = 0;
        for (List<PdfPageLines.Line> page : pages) {
            Moved moved = titleWrittenLast(page);
            if (moved == null) {
                continue;
            }
            int title = indexOf(out, moved.title().get(0), from);
            int end = title < 0 ? -1 : spanEnd(out, title, moved.title());
            if (end < 0) {
                continue;
            }
            int body = title - 1;
            while (body >= from && !key(out.get(body)).equals(key(moved.bodyStart()))) {
                body--;
            }
            if (body < from) {
                continue;
            }
            List<String> titleLines = new ArrayList<>(out.subList(title, end));
            out.subList(title, end).clear();
            titleLines.add("");
            out.addAll(body, titleLines);
            from = end;
        }
        return out;
    }

    /**
     * The page's title written last, or null when its last lines are not one: the run of last lines (a foot aside)
     * that stand above every line written before them, from the first of them that is in a larger font than any of
     * those (the heading; an intro under it, written with it, may be smaller than the body's titles).
     */
    private static Moved titleWrittenLast(List<PdfPageLines.Line> page) {
        int end = page.size();
        while (end > 1 && page.size() - end < MAX_FOOT_LINES && standsBelow(page, end - 1)) {
            end--;
        }
        int start = Math.max(1, end - MAX_TITLE_LINES);
        while (start < end && !(largerThanBefore(page, start) && standOver(page, start, end))) {
            start++;
        }
        if (start >= end) {
            return null;
        }
        List<String> title = page.subList(start, end).stream().map(PdfPageLines.Line::text).toList();
        return new Moved(title, page.get(0).text());
    }

    /** The page's lines from {@code at} to {@code end} stand above every line written before them. */
    private static boolean standOver(List<PdfPageLines.Line> page, int at, int end) {
        for (PdfPageLines.Line line : page.subList(at, end)) {
            for (PdfPageLines.Line before : page.subList(0, at)) {
                if (before.top() <= line.top()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The line at {@code at} is in a larger font than every line written before it. */
    private static boolean largerThanBefore(List<PdfPageLines.Line> page, int at) {
        PdfPageLines.Line line = page.get(at);
        return line.size() > 0 && page.subList(0, at).stream().allMatch(before -> before.size() < line.size());
    }

    /** The line at {@code at} stands below every line written before it: a page's foot, written after its masthead. */
    private static boolean standsBelow(List<PdfPageLines.Line> page, int at) {
        PdfPageLines.Line line = page.get(at);
        return page.subList(0, at).stream().allMatch(before -> before.top() < line.top());
    }

    private static int indexOf(List<String> lines, String text, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (key(lines.get(i)).equals(key(text))) {
                return i;
            }
        }
        return -1;
    }

    /** Where the lines {@code texts} end in {@code lines} from {@code start} on, blank lines between them aside; -1 if not there. */
    private static int spanEnd(List<String> lines, int start, List<String> texts) {
        int at = start;
        for (int i = 0; i < texts.size(); i++) {
            while (i > 0 && at < lines.size() && lines.get(at).isBlank()) {
                at++;
            }
            if (at >= lines.size() || !key(lines.get(at)).equals(key(texts.get(i)))) {
                return -1;
            }
            at++;
        }
        return at;
    }

    private static String key(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }
}
