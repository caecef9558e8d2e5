package org.casereview.etl.layout;

import java.util.List;

/**
 * A document as typed blocks, page by page, each page from its best evidence (see {@link LayoutReader}).
 *
 * @param pages     every page, in order
 * @param tagged    the file declares itself tagged and has a structure tree
 * @param treeOrder the structure tree's blocks in the tree's own order, over page breaks (empty when untagged)
 */
public record LayoutDocument(List<PageLayout> pages, boolean tagged, List<LayoutBlock> treeOrder) {

    public static final LayoutDocument EMPTY = new LayoutDocument(List.of(), false);

    public LayoutDocument {
        pages = List.copyOf(pages);
        treeOrder = List.copyOf(treeOrder);
    }

    public LayoutDocument(List<PageLayout> pages, boolean tagged) {
        this(pages, tagged, List.of());
    }

    /** The blocks of the pages whose evidence is {@code evidence}, in order. */
    public List<LayoutBlock> blocks(Evidence evidence) {
        return pages.stream().filter(p -> p.evidence() == evidence).flatMap(p -> p.blocks().stream()).toList();
    }

    /** Headings and tables from the structure tree, on the pages the tree covers. */
    public List<LayoutBlock> taggedHeadingsAndTables() {
        return blocks(Evidence.TAGS).stream()
                .filter(b -> b.kind() == BlockKind.HEADING || b.kind() == BlockKind.TABLE).toList();
    }

    /** Headings from the structure tree, on the pages the tree covers. */
    public List<LayoutBlock> taggedHeadings() {
        return blocks(Evidence.TAGS).stream().filter(b -> b.kind() == BlockKind.HEADING).toList();
    }
}
