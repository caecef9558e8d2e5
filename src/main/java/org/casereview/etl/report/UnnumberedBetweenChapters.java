package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unnumbered headings set in the style of a report's numbered chapters between chapter N and chapter N + 1 (LaTeX's
 * {@code \section*} under a {@code \chapter} in the same face: the themes of a 'Practice and organisational learning'
 * chapter whose text is under them): the chapter numbers run on past them, so they divide chapter N, not the report.
 * Two such headings at least in one gap, none a standard section heading ("Executive summary", "Glossary") nor an
 * appendix; they become sub-headings and their text is chapter N's.
 */
final class UnnumberedBetweenChapters {

    private static final Pattern CHAPTER_NUMBER = Pattern.compile("^(\\d{1,2})[.)]?\\s+\\p{L}");
    private static final int MIN_CHAPTERS = 3;
    private static final int MIN_IN_GAP = 2;

    private UnnumberedBetweenChapters() {
    }

    static List<Heading> apply(List<Heading> headings, SectionTyper typer) {
        List<Heading> levelOne = headings.stream().filter(h -> h.level() == 1).toList();
        if (levelOne.stream().filter(h -> number(h) > 0).count() < MIN_CHAPTERS) {
            return headings;
        }
        List<Heading> demoted = new ArrayList<>();
        int chapter = -1;
        for (int k = 0; k < levelOne.size(); k++) {
            if (number(levelOne.get(k)) == 0) {
                continue;
            }
            if (chapter >= 0 && number(levelOne.get(k)) == number(levelOne.get(chapter)) + 1
                    && k - chapter - 1 >= MIN_IN_GAP) {
                List<Heading> gap = levelOne.subList(chapter + 1, k);
                if (gap.stream().noneMatch(h -> typer.isStandardHeading(h.text())
                        || HeadingDetector.isTopNumbered(h.text()))) {
                    demoted.addAll(gap);
                }
            }
            chapter = k;
        }
        if (demoted.isEmpty()) {
            return headings;
        }
        return headings.stream().map(h -> demoted.contains(h)
                ? new Heading(h.lineIndex(), h.lineCount(), 2, h.text(), h.page()) : h).toList();
    }

    private static int number(Heading heading) {
        Matcher m = CHAPTER_NUMBER.matcher(heading.text());
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : 0;
    }
}
