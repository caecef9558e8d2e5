package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.casereview.etl.layout.BlockKind;
import org.casereview.etl.layout.LayoutBlock;

/**
 * A label (a heading) at the foot of a page whose text the structure tree goes on with on the next page stays over
 * that text. Read page by page, two labels side by side at a page's foot (a web page's grid row of two sections, each
 * a label over its list) come before both lists on the next page, and the first label is left with nothing under it;
 * the tree reads each section whole. So such a label is read just before the block the tree reads after it.
 */
final class LabelsOverPageBreaks {

    private LabelsOverPageBreaks() {
    }

    /** {@code blocks} in page order with each such label moved before its tree successor; both lists hold the same blocks. */
    static List<LayoutBlock> keptOverTheirText(List<LayoutBlock> blocks, List<LayoutBlock> treeOrder) {
        Map<LayoutBlock, Boolean> read = new IdentityHashMap<>();
        blocks.forEach(b -> read.put(b, true));
        List<LayoutBlock> out = new ArrayList<>(blocks);
        for (int i = 0; i + 1 < treeOrder.size(); i++) {
            LayoutBlock label = treeOrder.get(i);
            LayoutBlock next = nextContent(treeOrder, i + 1);
            if (next == null || !isLabel(label) || next.page() <= label.page() || !read.containsKey(label)
                    || !read.containsKey(next)) {
                continue;
            }
            int at = indexOf(out, label);
            if (indexOf(out, next) == at + 1) {
                continue;
            }
            out.remove(at);
            out.add(indexOf(out, next), label);
        }
        return Collections.unmodifiableList(out);
    }

    private static boolean isLabel(LayoutBlock block) {
        return block.kind() == BlockKind.HEADING || block.kind() == BlockKind.LABEL;
    }

    private static LayoutBlock nextContent(List<LayoutBlock> tree, int from) {
        for (int i = from; i < tree.size(); i++) {
            if (tree.get(i).kind() != BlockKind.FURNITURE) {
                return tree.get(i);
            }
        }
        return null;
    }

    private static int indexOf(List<LayoutBlock> blocks, LayoutBlock block) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) == block) {
                return i;
            }
        }
        return -1;
    }
}
