package org.casereview.etl.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A side block: a narrow column of lines printed, digits aside, at the same place (the same height and left edge) on
 * at least half the pages and two, beside the page's flow: no other line level with the block reaches into its width,
 * and on some page lines stand beside it. A frame repeated down one side of every page (an 'In this issue' panel
 * listing the reviews' titles, a helpline box) is page furniture as a running head is: read in stream order it stands
 * before the page's text, so before the digest's heading on the first page and inside an entry on the next.
 */
final class SideBlocks {

    /** Share of the page height, or width, within which two lines stand at the same place. */
    private static final float SAME_PLACE = 0.01f;
    /** Lines a block has on a page at least: a panel, not a label repeated by chance. */
    private static final int MIN_LINES = 3;
    /** Lines beside the block on one page at least: it stands beside the flow. */
    private static final int MIN_BESIDE = 2;
    /** Share of the page width a side column spans at most. */
    private static final float MAX_WIDTH = 0.4f;

    private SideBlocks() {
    }

    /** The texts of the side blocks' lines that no other line of the document prints. */
    static Set<String> of(List<List<PdfPageLines.Line>> pages) {
        if (pages.size() < 2) {
            return Set.of();
        }
        Predicate<PdfPageLines.Line> repeats =
                PdfLayoutRepair.repeatsOnHalfThePages(pages, SideBlocks::placed, SideBlocks::key);
        Set<String> block = new HashSet<>();
        Set<String> elsewhere = new HashSet<>();
        boolean besideFlow = false;
        for (List<PdfPageLines.Line> page : pages) {
            List<PdfPageLines.Line> repeated = new ArrayList<>();
            List<PdfPageLines.Line> others = new ArrayList<>();
            page.forEach(l -> (repeats.test(l) ? repeated : others).add(l));
            boolean isBlock = repeated.size() >= MIN_LINES;
            int beside = isBlock ? besideCount(repeated, others) : 0;
            if (beside < 0) {
                return Set.of();
            }
            besideFlow |= beside >= MIN_BESIDE;
            (isBlock ? block : elsewhere).addAll(repeated.stream().map(PdfPageLines.Line::text).toList());
            elsewhere.addAll(others.stream().map(PdfPageLines.Line::text).toList());
        }
        block.removeAll(elsewhere);
        return besideFlow ? block : Set.of();
    }

    /**
     * How many other lines stand level with the block, wholly to one side of it; -1 when the block is no narrow column
     * or a line level with it reaches into its width (a repeated table row, a label at the same place by chance).
     */
    private static int besideCount(List<PdfPageLines.Line> block, List<PdfPageLines.Line> others) {
        float left = (float) block.stream().mapToDouble(PdfPageLines.Line::left).min().orElse(0);
        float right = (float) block.stream().mapToDouble(PdfPageLines.Line::right).max().orElse(0);
        float top = (float) block.stream().mapToDouble(PdfPageLines.Line::top).min().orElse(0);
        float bottom = (float) block.stream().mapToDouble(PdfPageLines.Line::top).max().orElse(0);
        if (right - left > MAX_WIDTH) {
            return -1;
        }
        int beside = 0;
        for (PdfPageLines.Line line : others) {
            if (line.top() < top || line.top() > bottom || PdfLayoutRepair.inMargin(line)) {
                continue;
            }
            if (line.left() < right && line.right() > left) {
                return -1;
            }
            beside++;
        }
        return beside;
    }

    /** A line whose place across the page is known, outside the top and bottom bands of running heads and feet. */
    private static boolean placed(PdfPageLines.Line line) {
        return line.right() > line.left() && !PdfLayoutRepair.inMargin(line);
    }

    private static String key(PdfPageLines.Line line) {
        return PdfLayoutRepair.key(line.text(), line.top()) + ":" + Math.round(line.left() / SAME_PLACE);
    }
}
