package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.List;

import org.casereview.etl.layout.BlockKind;
import org.casereview.etl.layout.LayoutBlock;

/**
 * A page's overlay in tag order: the blocks the tree puts after the page's flow that step back up the page onto it,
 * drawn over flow blocks at the same x and height (a web page's fixed banner printed over the text under it). The
 * text under it is still in the file, so the overlay is furniture: read as text it splits the entry it lies on.
 */
final class Overlays {

    /** Points by which an overlay's first block and the flow block it lies on may start apart. */
    private static final float SAME_X = 1f;

    private Overlays() {
    }

    /** The blocks with each page's overlay made furniture. */
    static List<LayoutBlock> asFurniture(List<LayoutBlock> blocks) {
        List<LayoutBlock> out = new ArrayList<>(blocks);
        for (int i = 1; i < out.size(); i++) {
            LayoutBlock before = out.get(i - 1);
            LayoutBlock first = out.get(i);
            if (before.page() != first.page() || first.top() >= before.top()) {
                continue;
            }
            int end = pageEnd(out, i);
            if (overlay(out, i, end)) {
                for (int j = i; j < end; j++) {
                    out.set(j, furniture(out.get(j)));
                }
                i = end - 1;
            }
        }
        return out;
    }

    private static int pageEnd(List<LayoutBlock> blocks, int start) {
        int end = start;
        while (end < blocks.size() && blocks.get(end).page() == blocks.get(start).page()) {
            end++;
        }
        return end;
    }

    /**
     * Whether the page's last blocks from {@code start} lie over the flow read before them: the first starts at the
     * x of the flow block it lies on, a flow block within their x range starts within their height, and none goes on
     * below the flow (text read out of order that goes on down the page is the flow itself).
     */
    private static boolean overlay(List<LayoutBlock> blocks, int start, int end) {
        List<LayoutBlock> run = blocks.subList(start, end);
        float top = run.get(0).top();
        LayoutBlock last = run.get(run.size() - 1);
        float bottom = last.top() + last.fontSize();
        float left = (float) run.stream().mapToDouble(LayoutBlock::x).min().orElse(0);
        float right = (float) run.stream().mapToDouble(LayoutBlock::x).max().orElse(0);
        LayoutBlock under = null;
        boolean covers = false;
        float lowest = Float.NEGATIVE_INFINITY;
        for (int i = start - 1; i >= 0 && blocks.get(i).page() == run.get(0).page(); i--) {
            LayoutBlock block = blocks.get(i);
            if (block.kind() == BlockKind.FURNITURE) {
                continue;
            }
            lowest = Math.max(lowest, block.top());
            if (block.top() <= top && (under == null || block.top() > under.top())) {
                under = block;
            }
            covers |= block.top() > top && block.top() < bottom && block.x() >= left - SAME_X
                    && block.x() <= right + SAME_X;
        }
        return covers && last.top() <= lowest && under != null && Math.abs(under.x() - run.get(0).x()) <= SAME_X;
    }

    private static LayoutBlock furniture(LayoutBlock block) {
        return new LayoutBlock(BlockKind.FURNITURE, block.level(), block.marker(), block.text(), block.page(),
                block.x(), block.top(), block.fontSize(), block.bold(), block.rows(), block.headerRows(), block.link(),
                block.cellLinks(), block.rowPages());
    }
}
