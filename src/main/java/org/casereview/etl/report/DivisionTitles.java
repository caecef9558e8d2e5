package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A report in parts ("Part A: The review", "Part B: Agency responses and action plan", "Part 2 - The partnership's
 * response") whose part titles stand over the report's own section headings: each part title is a division, not a
 * section. When every level-1 heading is a part title (two or more) and the largest level-2 headings under them
 * (their type size, within half a point) include at least two that the vocabulary knows as section headings
 * ("Introduction", "Recommendations"), those largest level-2 headings start the sections and each part title becomes
 * a sub-heading (the first part's title, before any section, then opens nothing). Smaller sub-headings stay
 * sub-headings. Parts whose titles name their sections themselves ("Part 1: Introduction" over paragraphs and
 * "Finding N" sub-headings) are left alone: no standard section heading stands under them.
 */
final class DivisionTitles {

    private static final Pattern PART_TITLE = Pattern.compile(
            "(?i)part\\s+(?:[a-h]|\\d{1,2}|one|two|three|four|five|six|i{1,3}|iv|v|vi)\\b(?:\\s*[:.\u2013\u2014-]?\\s+\\S.*)?");
    private static final float SIZE_TOLERANCE = 0.5f;
    private static final int MIN_STANDARD = 2;

    private DivisionTitles() {
    }

    static List<Heading> apply(List<TextLine> lines, List<Heading> headings, SectionTyper typer) {
        List<Heading> top = headings.stream().filter(h -> h.level() == 1).toList();
        if (top.size() < 2 || !top.stream().allMatch(h -> isPartTitle(h.text()))) {
            return headings;
        }
        int firstPart = headings.indexOf(top.get(0));
        List<Heading> under = headings.subList(firstPart, headings.size()).stream().filter(h -> h.level() == 2).toList();
        float largest = (float) under.stream().mapToDouble(h -> size(lines, h)).max().orElse(0);
        List<Heading> sections = under.stream().filter(h -> size(lines, h) >= largest - SIZE_TOLERANCE).toList();
        if (sections.stream().filter(h -> typer.isStandardHeading(h.text())).count() < MIN_STANDARD) {
            return headings;
        }
        List<Heading> out = new ArrayList<>(headings.size());
        for (Heading h : headings) {
            int level = top.contains(h) ? 2 : sections.contains(h) ? 1 : h.level();
            out.add(level == h.level() ? h : new Heading(h.lineIndex(), h.lineCount(), level, h.text(), h.page()));
        }
        return out;
    }

    static boolean isPartTitle(String text) {
        return PART_TITLE.matcher(text.strip()).matches();
    }

    private static float size(List<TextLine> lines, Heading h) {
        return h.lineIndex() < lines.size() ? lines.get(h.lineIndex()).fontSize() : 0;
    }
}
