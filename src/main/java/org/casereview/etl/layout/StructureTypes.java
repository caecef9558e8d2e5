package org.casereview.etl.layout;

import java.util.Map;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
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

    /** The deepest tag tree looked up for its role map (a tree is rarely deeper than 20). */
    private static final int MAX_PARENTS = 256;

    private StructureTypes() {
    }

    /** The element's type after the role map (LibreOffice's "Standard" is "P"); the raw type when it maps to none. */
    static String standard(PDStructureElement element) {
        String type = element.getStructureType();
        Object mapped = type == null ? null : roleMap(element).getDictionaryObject(COSName.getPDFName(type));
        if (mapped instanceof COSName name) {
            return name.getName();
        }
        return mapped instanceof COSString string ? string.getString() : String.valueOf(type);
    }

    /**
     * The role map of the tree the element stands in, found up its /P parents at most {@link #MAX_PARENTS} steps:
     * PDFBox's own look-up ({@code getStandardStructureType}) follows /P while it names an element, so an element that
     * is its own ancestor (a broken writer's /P) kept it going for ever.
     */
    private static COSDictionary roleMap(PDStructureElement element) {
        COSDictionary node = element.getCOSObject();
        for (int step = 0; step < MAX_PARENTS && node != null; step++) {
            if (COSName.getPDFName("StructTreeRoot").equals(node.getCOSName(COSName.TYPE))) {
                COSDictionary map = node.getCOSDictionary(COSName.ROLE_MAP);
                return map != null ? map : new COSDictionary();
            }
            node = node.getCOSDictionary(COSName.P);
        }
        return new COSDictionary();
    }

    static Category categoryOf(String type) {
        return CATEGORIES.getOrDefault(type, Category.CONTAINER);
    }

    /** 1 for H1 (and H, and a document Title), 2 for H2 ... */
    static int headingLevel(String type) {
        return type.length() == 2 && Character.isDigit(type.charAt(1)) ? type.charAt(1) - '0' : 1;
    }
}
