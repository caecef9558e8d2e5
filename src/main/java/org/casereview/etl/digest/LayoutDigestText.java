package org.casereview.etl.digest;

import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereview.etl.layout.BlockKind;
import org.casereview.etl.layout.Evidence;
import org.casereview.etl.layout.LayoutBlock;
import org.casereview.etl.layout.LayoutDocument;
import org.casereview.etl.layout.LayoutReader;
import org.casereview.etl.layout.PageLayout;

/**
 * A PDF digest read through the layout model, as the light markdown the entry grammar reads for every format:
 * headings as {@code #} lines with their level, list items as {@code - } lines, paragraphs apart, a digest table's
 * rows as entries ({@link DigestTable}); furniture (artifacts, running heads and feet, printed link URLs, see
 * {@link DigestFurniture}) is left out. Only for a tagged file whose structure tree covers the text of every page:
 * otherwise the caller reads the text layer (the grammar then finds the shape from the lines).
 */
public final class LayoutDigestText {

    /** Share of a page's text the tree must reach, as {@code LayoutReader} requires for its own choice. */
    private static final double MIN_COVERAGE = 0.9;

    private LayoutDigestText() {
    }

    /** The first {@code pages} pages of a PDF (all with {@link Integer#MAX_VALUE}); empty when not covered by tags. */
    public static Optional<String> read(PDDocument document, int pages) {
        return of(LayoutReader.read(document, pages));
    }

    public static Optional<String> of(LayoutDocument layout) {
        if (!layout.tagged() || !covered(layout.pages())) {
            return Optional.empty();
        }
        List<LayoutBlock> blocks = layout.blocks(Evidence.TAGS);
        DigestFurniture furniture = DigestFurniture.of(blocks);
        StringBuilder out = new StringBuilder();
        boolean inList = false;
        for (LayoutBlock block : blocks) {
            if (block.kind() == BlockKind.FURNITURE || furniture.isFurniture(block)) {
                continue;
            }
            if (inList && block.kind() != BlockKind.LIST_ITEM) {
                out.append('\n');
            }
            inList = block.kind() == BlockKind.LIST_ITEM;
            switch (block.kind()) {
                case HEADING -> out.append("#".repeat(Math.max(1, Math.min(6, block.level())))).append(' ')
                        .append(block.text()).append("\n\n");
                case LIST_ITEM -> out.append("- ").append(block.text()).append('\n');
                case TABLE -> out.append(DigestTable.text(block)).append("\n\n");
                default -> out.append(block.text()).append("\n\n");
            }
        }
        return Optional.of(out.toString().strip());
    }

    /** Every page is covered, a page without any text (blank, or an image) aside: the first must be covered. */
    private static boolean covered(List<PageLayout> pages) {
        for (PageLayout page : pages) {
            boolean blank = page.coverage() == 0 && page.blocks().isEmpty() && page.page() > 1;
            if (page.coverage() < MIN_COVERAGE && !blank) {
                return false;
            }
        }
        return !pages.isEmpty();
    }
}
