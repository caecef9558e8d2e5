package org.casereview.etl.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.casereview.etl.text.ControlCharacters;

/** The document outline (bookmarks): top-level entries and their children, with target pages and places. */
public final class OutlineReader {

    /**
     * @param title as in the bookmark
     * @param page  1-based physical target page
     * @param level 1 for top-level entries
     * @param left  the destination's left edge, from the page's left; NaN when the destination gives none
     * @param top   the destination's top, from the page's top (as text baselines are measured); NaN when it gives none
     */
    public record Entry(String title, int page, int level, float left, float top) {

        public Entry(String title, int page, int level) {
            this(title, page, level, Float.NaN, Float.NaN);
        }
    }

    private static final int MAX_ENTRIES = 2000;

    private OutlineReader() {
    }

    public static List<Entry> read(PDDocument document) {
        List<Entry> entries = new ArrayList<>();
        try {
            PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
            if (outline != null) {
                collect(document, outline.children(), 1, entries);
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return entries;
    }

    private static void collect(PDDocument document, Iterable<PDOutlineItem> items, int level, List<Entry> entries)
            throws IOException {
        for (PDOutlineItem item : items) {
            if (entries.size() >= MAX_ENTRIES || level > 3) {
                return;
            }
            PDPage page = item.findDestinationPage(document);
            int index = page == null ? -1 : document.getPages().indexOf(page);
            if (index >= 0 && item.getTitle() != null && !item.getTitle().isBlank()) {
                float[] place = place(document, item, page);
                entries.add(new Entry(ControlCharacters.oneLine(item.getTitle()).strip(), index + 1, level,
                        place[0], place[1]));
            }
            collect(document, item.children(), level + 1, entries);
        }
    }

    /** The destination's left and top in the page's upright crop box, or NaN each when unknown or the page turned. */
    private static float[] place(PDDocument document, PDOutlineItem item, PDPage page) throws IOException {
        PDDestination destination = item.getDestination();
        if (destination == null && item.getAction() instanceof PDActionGoTo goTo) {
            destination = goTo.getDestination();
        }
        if (destination instanceof PDNamedDestination named) {
            destination = document.getDocumentCatalog().findNamedDestinationPage(named);
        }
        float left = Float.NaN;
        float top = Float.NaN;
        if (destination instanceof PDPageXYZDestination xyz) {
            left = xyz.getLeft();
            top = xyz.getTop();
        } else if (destination instanceof PDPageFitWidthDestination fitH) {
            top = fitH.getTop();
        }
        PDRectangle box = page.getCropBox();
        if (page.getRotation() % 360 != 0 || box == null) {
            return new float[] {Float.NaN, Float.NaN};
        }
        // PDFBox gives -1 for a null coordinate
        return new float[] {left >= 0 ? left - box.getLowerLeftX() : Float.NaN,
            top >= 0 ? box.getUpperRightY() - top : Float.NaN};
    }
}
