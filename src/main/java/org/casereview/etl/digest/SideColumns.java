package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.List;

import org.casereview.etl.layout.BlockKind;
import org.casereview.etl.layout.LayoutBlock;

/**
 * A page's side column in tag order: a run of plain paragraphs at one x (no heading, no list: a 'Related content'
 * panel, a newsletter box) that the structure tree puts after the page's flow, so the reading steps back up the page
 * to reach it, set right of every flow block level with it. Read where the tree puts it, it lands inside the entry
 * that runs on over the page break; read at the height where it starts, it stands before the flow block it is beside.
 */
final class SideColumns {

    /** Points by which the blocks of one column may start apart. */
    private static final float SAME_X = 1f;
    private static final int MIN_BLOCKS = 2;

    private SideColumns() {
    }

    /** The blocks with each page's side columns moved up to the height where they start. */
    static List<LayoutBlock> atTheirHeight(List<LayoutBlock> blocks) {
        List<LayoutBlock> out = new ArrayList<>(blocks);
        for (int i = 1; i < out.size(); i++) {
            int end = runEnd(out, i);
            if (end < 0) {
                continue;
            }
            List<LayoutBlock> run = new ArrayList<>(out.subList(i, end));
            int at = insertAt(out, i, run);
            if (at < 0) {
                continue;
            }
            out.subList(i, end).clear();
            out.addAll(at, run);
            i = end - 1;
        }
        return out;
    }

    /**
     * End (exclusive) of the side column starting at {@code start}: it steps back up from the block before, on the
     * same page, and holds plain paragraphs at one x, the page's last blocks from there rightwards (a page's next text
     * column goes on with headings or lists at or right of its x); -1 when none starts there.
     */
    private static int runEnd(List<LayoutBlock> blocks, int start) {
        LayoutBlock first = blocks.get(start);
        LayoutBlock before = blocks.get(start - 1);
        if (before.page() != first.page() || first.top() >= before.top()) {
            return -1;
        }
        int end = start;
        while (end < blocks.size() && plainAt(blocks.get(end), first)) {
            end++;
        }
        boolean columnGoesOn = end < blocks.size() && blocks.get(end).page() == first.page()
                && blocks.get(end).x() >= first.x() - SAME_X;
        return end - start >= MIN_BLOCKS && !columnGoesOn ? end : -1;
    }

    private static boolean plainAt(LayoutBlock block, LayoutBlock first) {
        return block.page() == first.page() && block.kind() == BlockKind.PARAGRAPH && Math.abs(block.x() - first.x()) <= SAME_X
                && block.top() >= first.top();
    }

    /**
     * Where the column goes: before the page's first earlier block below its top; -1 unless every earlier block of
     * the page level with the column starts left of it and one does (it stands beside the flow), and the flow goes on
     * below the column's last block (a page's second text column runs down as far as the first).
     */
    private static int insertAt(List<LayoutBlock> blocks, int start, List<LayoutBlock> run) {
        float top = run.get(0).top();
        float bottom = run.get(run.size() - 1).top();
        float x = run.get(0).x();
        int at = -1;
        boolean beside = false;
        float lowest = Float.NEGATIVE_INFINITY;
        for (int i = start - 1; i >= 0 && blocks.get(i).page() == run.get(0).page(); i--) {
            LayoutBlock block = blocks.get(i);
            lowest = Math.max(lowest, block.top());
            if (block.top() >= top && block.top() <= bottom) {
                if (block.x() >= x) {
                    return -1;
                }
                beside = true;
            }
            if (block.top() > top) {
                at = i;
            }
        }
        return beside && bottom < lowest ? at : -1;
    }
}
