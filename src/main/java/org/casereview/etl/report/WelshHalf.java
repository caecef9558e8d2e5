package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.casereview.etl.document.SectionType;
import org.casereview.etl.text.WelshWords;

/**
 * A bilingual report published as its Welsh pages then its English pages (or the English first): one half of the
 * level-one sections is Welsh, each Welsh section typed by a Welsh heading ("Crynodeb", "Argymhellion") as its English
 * one is, or its heading or text Welsh by its words ("Datganiad gan yr adolygydd"). The job's records are in English
 * (as for a report set side by side or alternating: {@link BilingualHeadings}, {@link AlternateTranslation}), so the
 * Welsh half leaves the body and each section, learning point and recommendation is read once. The Welsh sections
 * must be one run at the start or the end of the sections, two of them at least typed by Welsh headings, and every
 * type those give must be the type of an English section (the same sections in the other language); a report wholly
 * in Welsh, or with a Welsh foreword, keeps its text.
 */
final class WelshHalf {

    private static final int MIN_TYPED = 2;
    /** Words a section's text needs before its words can tell its language. */
    private static final int MIN_TEXT_WORDS = 12;
    /** Words a heading needs before its words alone can tell its language ("Datganiad gan yr adolygydd"). */
    private static final int MIN_HEADING_WORDS = 3;

    private WelshHalf() {
    }

    static BilingualHeadings.Body apply(List<TextLine> lines, List<Heading> headings, SectionTyper typer) {
        List<Heading> levelOne = headings.stream().filter(h -> h.level() == 1).toList();
        boolean[] welsh = new boolean[levelOne.size()];
        for (int s = 0; s < levelOne.size(); s++) {
            welsh[s] = isWelsh(lines, levelOne, s, typer);
        }
        int[] run = run(welsh);
        if (run == null || !translates(levelOne, run, typer)) {
            return new BilingualHeadings.Body(lines, headings);
        }
        int from = levelOne.get(run[0]).lineIndex();
        int to = run[1] < levelOne.size() ? levelOne.get(run[1]).lineIndex() : lines.size();
        boolean[] dropped = new boolean[lines.size()];
        for (int i = from; i < to; i++) {
            dropped[i] = true;
        }
        return BilingualHeadings.without(lines, headings, dropped);
    }

    /** The Welsh sections as [from, to) when they are one run opening or closing the sections, else null. */
    private static int[] run(boolean[] welsh) {
        int first = -1;
        int last = -1;
        for (int s = 0; s < welsh.length; s++) {
            if (welsh[s]) {
                first = first < 0 ? s : first;
                last = s;
            }
        }
        if (first < 0) {
            return null;
        }
        for (int s = first; s <= last; s++) {
            if (!welsh[s]) {
                return null;
            }
        }
        boolean half = first == 0 && last < welsh.length - 1 || first > 0 && last == welsh.length - 1;
        return half ? new int[] {first, last + 1} : null;
    }

    /** Two Welsh sections at least typed by Welsh headings, each type also an English section's. */
    private static boolean translates(List<Heading> levelOne, int[] run, SectionTyper typer) {
        Set<SectionType> english = EnumSet.noneOf(SectionType.class);
        for (int s = 0; s < levelOne.size(); s++) {
            if (s < run[0] || s >= run[1]) {
                english.add(typer.englishType(levelOne.get(s).text()));
            }
        }
        english.remove(SectionType.OTHER);
        List<SectionType> welshTypes = new ArrayList<>();
        for (int s = run[0]; s < run[1]; s++) {
            String heading = levelOne.get(s).text();
            if (typedInWelshOnly(heading, typer)) {
                welshTypes.add(typer.type(heading));
            }
        }
        return welshTypes.size() >= MIN_TYPED && english.size() >= MIN_TYPED && english.containsAll(welshTypes);
    }

    private static boolean isWelsh(List<TextLine> lines, List<Heading> levelOne, int s, SectionTyper typer) {
        Heading heading = levelOne.get(s);
        if (typedInWelshOnly(heading.text(), typer) || WelshWords.count(heading.text()).isWelsh(MIN_HEADING_WORDS)) {
            return true;
        }
        int from = heading.lineIndex() + heading.lineCount();
        int to = s + 1 < levelOne.size() ? levelOne.get(s + 1).lineIndex() : lines.size();
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append(lines.get(i).text()).append(' ');
        }
        return WelshWords.count(text.toString()).isWelsh(MIN_TEXT_WORDS);
    }

    /** Typed by a Welsh synonym and by no English one ("Argymhellion", not "Dysgu / Learning"). */
    private static boolean typedInWelshOnly(String heading, SectionTyper typer) {
        return typer.isWelshHeading(heading) && typer.englishType(heading) == SectionType.OTHER;
    }
}
