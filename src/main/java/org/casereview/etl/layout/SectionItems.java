package org.casereview.etl.layout;

import java.util.List;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/**
 * A list item that is a section, not an item (b43 kind 1): a timeline or a list of reviews where each {@code LI} holds a
 * whole entry, as Apache FOP tags an {@code fo:list-item} whose body has a title, a summary and labelled lists: its
 * {@code LBody} holds two or more paragraphs or headings and a list of its own. A list item of a real list is one
 * paragraph, at most with a sublist under it; one that holds paragraphs and its own lists is a section of the
 * document, read block by block. Elements that only group blocks (FOP writes each nested {@code fo:block} as a
 * {@code P} in a {@code P}) are looked through.
 */
final class SectionItems {

    private static final int MAX_DEPTH = 16;
    private static final int MIN_PARAGRAPHS = 2;

    private SectionItems() {
    }

    /** True when the list item's body holds paragraphs and lists as a section does. */
    static boolean isSection(PDStructureElement item) {
        int[] counts = new int[2]; // paragraphs or headings, lists
        for (Object kid : item.getKids()) {
            if (kid instanceof PDStructureElement child && !"Lbl".equals(StructureTypes.standard(child))) {
                count(child, counts, 0);
            }
        }
        return counts[0] >= MIN_PARAGRAPHS && counts[1] > 0;
    }

    /** True when the element holds block elements of its own (paragraphs, headings, lists, tables): a group. */
    static boolean groupsBlocks(PDStructureElement element) {
        return element.getKids().stream().anyMatch(k -> k instanceof PDStructureElement child && isBlock(child));
    }

    /** A paragraph, heading, table, list or a group of them: no inline element (Span, Link). */
    static boolean isBlock(PDStructureElement element) {
        String type = StructureTypes.standard(element);
        StructureTypes.Category category = StructureTypes.categoryOf(type);
        return category == StructureTypes.Category.HEADING || category == StructureTypes.Category.PARAGRAPH
                || category == StructureTypes.Category.TABLE || List.of("L", "LBody", "Div", "Sect").contains(type);
    }

    private static void count(PDStructureElement element, int[] counts, int depth) {
        String type = StructureTypes.standard(element);
        if ("L".equals(type) || "Table".equals(type)) {
            counts[1]++;
        } else if (depth < MAX_DEPTH && (groupsBlocks(element) || "LBody".equals(type))) {
            for (Object kid : element.getKids()) {
                if (kid instanceof PDStructureElement child) {
                    count(child, counts, depth + 1);
                }
            }
        } else if (isBlock(element)) {
            counts[0]++;
        }
    }
}
