package org.casereview.etl.report;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A newsletter's masthead on a page without a cover: the publication's name in large type with small type set beside
 * it on its baseline (the issue line, the publisher's name), and the name's own second line right under it. The
 * masthead names the publication, not the review; the headline under it does. {@link SizeApart} reads the name and the
 * small type beside it as two lines, so the row they share is the evidence left.
 */
final class Mastheads {

    /** The small type beside the name is this share of its size or less ({@link SizeApart}'s ratio the other way). */
    private static final float SMALL_SHARE = 1 / 1.5f;
    /** Baselines this close, in the smaller type's size, are one row. */
    private static final float SAME_BASELINE = 0.25f;
    /** The name's second line stands within this many of its sizes under the first, on the same left edge. */
    private static final float NAME_LEADING = 1.5f;
    private static final float SAME_SIZE = 0.5f;

    private Mastheads() {
    }

    /** The lines of the first page that are a masthead's name (and its second line). */
    static Set<TextLine> of(List<TextLine> cover) {
        Set<TextLine> names = new HashSet<>();
        for (TextLine line : cover) {
            if (line.page() == 1 && cover.stream().anyMatch(other -> besideInSmallType(line, other))) {
                names.add(line);
                secondLine(line, cover).ifPresent(names::add);
            }
        }
        return names;
    }

    /** The other line shares the line's baseline, set apart beside it in type two thirds its size or less. */
    private static boolean besideInSmallType(TextLine line, TextLine other) {
        return other != line && other.page() == line.page() && !other.text().isBlank()
                && other.fontSize() <= SMALL_SHARE * line.fontSize()
                && Math.abs(other.y() - line.y()) <= SAME_BASELINE * other.fontSize()
                && (other.x() >= line.endX() || other.endX() <= line.x());
    }

    private static Optional<TextLine> secondLine(TextLine line, List<TextLine> cover) {
        return cover.stream().filter(next -> next.page() == line.page()
                && Math.abs(next.fontSize() - line.fontSize()) < SAME_SIZE
                && Math.abs(next.x() - line.x()) < SAME_SIZE * line.fontSize()
                && next.y() > line.y() && next.y() - line.y() <= NAME_LEADING * line.fontSize()).findFirst();
    }
}
