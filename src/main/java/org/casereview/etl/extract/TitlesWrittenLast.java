package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A page's title written after its body: the last lines of the page's content stream stand above every line written
 * before them, in a larger font than any of those (a slide whose title box was added last, so written last in
 * z-order). Read in stream order, the title would close the page and head the next page's body; it is read where it
 * stands, before the page's first line.
 */
final class TitlesWrittenLast {

    /** A title is a few lines at most. */
    private static final int MAX_TITLE_LINES = 4;

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
            int end = title + moved.title().size();
            if (title < 0 || end > out.size() || !same(out.subList(title, end), moved.title())) {
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

    /** The page's title written last, or null when its last lines are not one. */
    private static Moved titleWrittenLast(List<PdfPageLines.Line> page) {
        int start = page.size();
        while (start - 1 > 0 && page.size() - start < MAX_TITLE_LINES && standOver(page, start - 1)) {
            start--;
        }
        if (start == page.size()) {
            return null;
        }
        List<String> title = page.subList(start, page.size()).stream().map(PdfPageLines.Line::text).toList();
        return new Moved(title, page.get(0).text());
    }

    /** The page's lines from {@code at} on stand above every line written before them, in a larger font than any. */
    private static boolean standOver(List<PdfPageLines.Line> page, int at) {
        for (PdfPageLines.Line line : page.subList(at, page.size())) {
            for (PdfPageLines.Line before : page.subList(0, at)) {
                if (line.size() <= 0 || before.top() <= line.top() || before.size() >= line.size()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int indexOf(List<String> lines, String text, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (key(lines.get(i)).equals(key(text))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean same(List<String> lines, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            if (!key(lines.get(i)).equals(key(texts.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static String key(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }
}
