package org.casereview.etl.report;

import java.util.List;

/**
 * A later page that prints the cover's title again, in the cover's title size, on a page as short as a cover: the
 * title page of a second document bound into the same file (an executive summary, then the overview report). Its lines
 * are no section, as the cover's are not.
 */
final class SecondTitlePage {

    /** A cover holds fewer lines than this (as {@code ReportAnalyser}'s first-page rule has it). */
    private static final int MAX_COVER_LINES = 25;
    private static final float SAME_SIZE = 0.5f;

    private SecondTitlePage() {
    }

    /** The number of the first page after page 1 that repeats the cover's title lines, or 0 when none does. */
    static int find(List<PageText> pages, BodyStyle body) {
        if (pages.size() < 3 || !coverLike(pages.get(0))) {
            return 0;
        }
        List<TextLine> cover = pages.get(0).lines();
        float largest = (float) cover.stream().mapToDouble(TextLine::fontSize).max().orElse(0);
        List<TextLine> title = cover.stream().filter(l -> l.fontSize() > largest - SAME_SIZE && !l.text().isBlank())
                .toList();
        if (title.isEmpty() || !body.isLarger(largest)) {
            return 0;
        }
        for (PageText page : pages.subList(1, pages.size() - 1)) {
            if (coverLike(page) && title.stream().allMatch(t -> page.lines().stream().anyMatch(l -> sameLine(t, l)))) {
                return page.number();
            }
        }
        return 0;
    }

    private static boolean coverLike(PageText page) {
        return !page.lines().isEmpty() && page.lines().size() < MAX_COVER_LINES;
    }

    private static boolean sameLine(TextLine a, TextLine b) {
        return Math.abs(a.fontSize() - b.fontSize()) < SAME_SIZE && a.text().strip().equals(b.text().strip());
    }
}
