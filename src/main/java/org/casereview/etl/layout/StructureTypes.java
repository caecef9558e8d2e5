package org.casereview.etl.layout;

import java.util.Map;

import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/** The standard structure types of PDF 1.7 / 2.0 that make blocks, and how each is read. */
final class StructureTypes {

    enum Category { HEADING, PARAGRAPH, CAPTION, FURNITURE, NOTE, LIST_ITEM, TABLE, CONTAINER }

    private static final Map<String, Category> CATEGORIES = Map.ofEntries(
            Map.entry("H", Category.HEADING), Map.entry("H1", Category.HEADING), Map.entry("H2", Category.HEADING),
            Map.entry("H3", Category.HEADING), Map.entry("H4", Category.HEADING), Map.entry("H5", Category.HEADING),
            Map.entry("H6", Category.HEADING), Map.entry("Title", Category.HEADING),
            Map.entry("P", Category.PARAGRAPH), Map.entry("Caption", Category.CAPTION),
            Map.entry("TOC", Category.FURNITURE), Map.entry("LI", Category.LIST_ITEM),
            Map.entry("Table", Category.TABLE),
            // a footnote or endnote (PDF 1.7 Note, PDF 2.0 FENote; a producer's own names when its role map leaves them)
            Map.entry("Note", Category.NOTE), Map.entry("FENote", Category.NOTE), Map.entry("Footnote", Category.NOTE),
            Map.entry("Endnote", Category.NOTE));

    private StructureTypes() {
    }

    /** The element's type after the role map (LibreOffice's "Standard" is "P"); the raw type when it maps to none. */
    static String standard(PDStructureElement element) {
        String standard = element.getStandardStructureType();
        return standard != null ? standard : String.valueOf(element.getStructureType());
    }

    static Category categoryOf(String type) {
        return CATEGORIES.getOrDefault(type, Category.CONTAINER);
    }

    /** 1 for H1 (and H, and a document Title), 2 for H2 ... */
    static int headingLevel(String type) {
        return type.length() == 2 && Character.isDigit(type.charAt(1)) ? type.charAt(1) - '0' : 1;
    }
}
