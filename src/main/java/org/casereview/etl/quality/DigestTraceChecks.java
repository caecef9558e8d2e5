package org.casereview.etl.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.casereview.etl.document.DigestTraces;

/**
 * The self-check of a digest from what its grammar saw besides the entries: lines dropped as running heads that stood
 * over content each time (a label the grammar did not know, its list then read into the list before), and entry
 * numbers that skip or repeat, or a stated total the entries found do not reach (entries lost or joined).
 */
final class DigestTraceChecks {

    /** A running head or footer carries digits (a page number, a date) or a web address. */
    private static final Pattern FURNITURE_MARK = Pattern.compile("\\d|https?://|www\\.");
    /** Entries a digest numbers at least, for its numbers to say how many there should be. */
    private static final int MIN_NUMBERED = 2;

    private DigestTraceChecks() {
    }

    static List<String> notes(int entries, DigestTraces traces) {
        return Stream.of(droppedContent(traces), numbersOutOfStep(traces), totalNotReached(entries, traces),
                        introTotalNotMet(entries, traces))
                .flatMap(Optional::stream).toList();
    }

    /**
     * A line dropped as a repeated running head that stood over content every time it stood in the text (a list or
     * text going on under it, after a finished sentence or item), with no page number, date or address in it: the
     * line is a label of the entries, not furniture, and the text under it went to the list before. A line of no
     * letter (a lone dash between a web mail's blocks) is no label.
     */
    static Optional<String> droppedContent(DigestTraces traces) {
        List<DigestTraces.DroppedLine> content = traces.droppedLines().stream()
                .filter(d -> d.times() >= 2 && d.overContent() == d.times() && !FURNITURE_MARK.matcher(d.text()).find()
                        && d.text().codePoints().anyMatch(Character::isLetter))
                .toList();
        if (content.isEmpty()) {
            return Optional.empty();
        }
        DigestTraces.DroppedLine first = content.get(0);
        return Optional.of("a line repeated " + first.times() + " times was dropped as a running head though text"
                + " goes on under it each time ('" + clip(first.text()) + "'; a label not read?)");
    }

    /**
     * Entry numbers that skip one ("1., 2., 4.") whose missing number opens a paragraph or item of the entry before
     * ("3. the death of ..."): that entry's title was not read as one, so the entry was joined to the one before. A
     * digest may skip a number in print (a withdrawn review), so a skip alone says nothing; a number 1 starts the
     * count again (numbering restarted under a group heading).
     */
    static Optional<String> numbersOutOfStep(DigestTraces traces) {
        List<Integer> numbers = traces.headingNumbers();
        long numbered = numbers.stream().filter(Objects::nonNull).count();
        if (numbered < MIN_NUMBERED || numbered * 2 < numbers.size() || traces.bodyNumbers().size() != numbers.size()) {
            return Optional.empty();
        }
        List<String> inside = new ArrayList<>();
        int previous = -1;
        for (int i = 0; i < numbers.size(); i++) {
            Integer number = numbers.get(i);
            if (number == null) {
                continue;
            }
            for (int missing = previous + 1; previous >= 0 && missing < number && missing > 0; missing++) {
                if (traces.bodyNumbers().get(previousEntry(numbers, i)).contains(missing)) {
                    inside.add(missing + " inside " + previous);
                }
            }
            previous = number;
        }
        return inside.isEmpty() ? Optional.empty() : Optional.of("entry numbers skip a number that opens text of the"
                + " entry before (" + String.join(", ", inside) + "; a title not read, entries joined?)");
    }

    /** The index of the numbered entry before entry {@code at}. */
    private static int previousEntry(List<Integer> numbers, int at) {
        int i = at - 1;
        while (numbers.get(i) == null) {
            i--;
        }
        return i;
    }

    /** Headings stating a total ("Review 3 of 12") that the entries found do not make. */
    static Optional<String> totalNotReached(int entries, DigestTraces traces) {
        return traces.statedTotals().stream().filter(total -> total != entries).findFirst()
                .map(total -> "headings count " + total + " reviews but " + entries + " entries were read");
    }

    /**
     * An introduction that says how many reviews the digest holds ("Four case reviews were published this month")
     * while more entries were read (a heading or a piece of text read as an entry, an entry split), or two or more
     * fewer (entries lost or joined). One fewer says nothing alone: a digest may count a review it summarises
     * elsewhere, and a lost entry leaves other marks (a list twice, a title in the text).
     */
    static Optional<String> introTotalNotMet(int entries, DigestTraces traces) {
        Integer total = traces.introTotal();
        return total == null || entries <= total && entries >= total - 1 ? Optional.empty()
                : Optional.of("the introduction counts " + total + " reviews but " + entries + " entries were read");
    }

    private static String clip(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
