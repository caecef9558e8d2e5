package org.casereview.etl.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.casereview.etl.text.ControlCharacters;

/** The document outline (bookmarks): top-level entries and their children, with target pages. */
final class OutlineReader {

    /**
     * @param title as in the bookmark
     * @param page  1-based physical target page
     * @param level 1 for top-level entries
     */
    record Entry(String title, int page, int level) {
    }

    private static final int MAX_ENTRIES = 2000;

    private OutlineReader() {
    }

    static List<Entry> read(PDDocument document) {
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
                entries.add(new Entry(ControlCharacters.oneLine(item.getTitle()).strip(), index + 1, level));
            }
            collect(document, item.children(), level + 1, entries);
        }
    }
}
