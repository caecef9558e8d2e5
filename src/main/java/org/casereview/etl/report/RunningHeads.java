package org.casereview.etl.report;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The running heads and feet of the first page: lines in the top or bottom band that come back at the same
 * height, in the same words (numbers aside), on every other page with text. A frame title a typesetter prints
 * on every page, cover included, is page furniture there too, and no title of the cover.
 */
final class RunningHeads {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The top and bottom share of the page where running heads and feet stand (as {@link FurnitureFilter}). */
    private static final float BAND = 0.13f;
    private static final float SAME_PLACE = 4f;

    private RunningHeads() {
    }

    /** The first page's lines printed again at their place on every other page with text (none for one page). */
    static List<TextLine> ofFirstPage(List<PageText> pages) {
        if (pages.isEmpty()) {
            return List.of();
        }
        PageText first = pages.get(0);
        List<PageText> others = pages.stream().skip(1).filter(p -> !p.lines().isEmpty()).toList();
        if (others.isEmpty()) {
            return List.of();
        }
        return first.lines().stream().filter(line -> inBand(line, first)
                && others.stream().allMatch(page -> printedAt(page, line))).toList();
    }

    private static boolean printedAt(PageText page, TextLine line) {
        String key = key(line.text());
        return page.lines().stream().anyMatch(other -> Math.abs(other.y() - line.y()) < SAME_PLACE
                && key(other.text()).equals(key));
    }

    private static boolean inBand(TextLine line, PageText page) {
        return line.y() < page.height() * BAND || line.y() > page.height() * (1 - BAND);
    }

    private static String key(String text) {
        return SPACES.matcher(DIGITS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("#")).replaceAll(" ").strip();
    }
}
