package org.casereview.etl.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereview.etl.guard.DocumentGuard;

/**
 * A PDF into the layout model, best evidence first, chosen per page: the structure tree where it reaches at least
 * {@value #MIN_COVERAGE} of the page's text (furniture marked as artifact excepted) and its headings are believable
 * ({@link HeadingTags}); else the outline's headings
 * on that page; else nothing, and the caller's own layout analysis decides.
 */
public final class LayoutReader {

    static final double MIN_COVERAGE = 0.9;

    private LayoutReader() {
    }

    /** Never throws on a damaged structure tree or outline: those pages fall back to the next evidence. */
    public static LayoutDocument read(PDDocument document) {
        return read(document, Integer.MAX_VALUE);
    }

    /** The first {@code pages} pages only (a quick look, as when telling a digest from a report). */
    public static LayoutDocument read(PDDocument document, int pages) {
        StructureTreeReader.Result tree = tree(document, pages);
        List<OutlineReader.Entry> outline = OutlineReader.read(document);
        List<PageLayout> pageLayouts = new ArrayList<>();
        for (int page = 1; page <= Math.min(pages, document.getNumberOfPages()); page++) {
            pageLayouts.add(page(page, tree, outline));
        }
        return new LayoutDocument(pageLayouts, !tree.blocks().isEmpty(), tree.blocks());
    }

    private static PageLayout page(int page, StructureTreeReader.Result tree, List<OutlineReader.Entry> outline) {
        double coverage = coverage(page, tree.reachedChars(), tree.contentChars());
        List<LayoutBlock> tagged = tree.blocks().stream().filter(b -> b.page() == page).toList();
        if (coverage >= MIN_COVERAGE && !tagged.isEmpty() && HeadingTags.plausible(tagged)) {
            return new PageLayout(page, Evidence.TAGS, coverage, tagged);
        }
        List<LayoutBlock> headings = outline.stream().filter(e -> e.page() == page)
                .map(e -> LayoutBlock.of(BlockKind.HEADING, e.level(), "", e.title(), page, LayoutBlock.Style.UNKNOWN))
                .toList();
        return new PageLayout(page, headings.isEmpty() ? Evidence.LAYOUT : Evidence.OUTLINE, coverage, headings);
    }

    private static double coverage(int page, Map<Integer, Integer> reached, Map<Integer, Integer> content) {
        int all = content.getOrDefault(page, 0);
        return all == 0 ? 0 : Math.min(1.0, reached.getOrDefault(page, 0) / (double) all);
    }

    private static StructureTreeReader.Result tree(PDDocument document, int pages) {
        try {
            return StructureTreeReader.read(document, pages);
        } catch (IOException | RuntimeException e) {
            DocumentGuard.rethrowIfStopped(e); // a limit or the deadline ends the document, a damaged tree does not
            return new StructureTreeReader.Result(List.of(), Map.of(), Map.of());
        }
    }
}
