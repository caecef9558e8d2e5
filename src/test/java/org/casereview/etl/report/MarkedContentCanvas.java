package org.casereview.etl.report;

import java.io.IOException;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/** Draws one page's text as marked content of structure elements, numbering it by MCID (tests' tagged PDFs). */
class MarkedContentCanvas {
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDPageContentStream out;
    private final PDPage page;
    private int mcid;

    MarkedContentCanvas(PDPageContentStream out, PDPage page) {
        this.out = out;
        this.page = page;
    }

    /** A new structure element of the given type, on this page, appended to the parent. */
    PDStructureElement child(PDStructureElement parent, String type) {
        PDStructureElement element = new PDStructureElement(type, parent);
        element.setPage(page);
        parent.appendKid(element);
        return element;
    }

    /** One line of text at (x, y) as the next marked content of the element. */
    void text(PDStructureElement element, String text, float x, float y, boolean bold, float size) throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        out.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
        out.beginText();
        out.setFont(bold ? BOLD : REGULAR, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
        out.endMarkedContent();
        element.appendKid(mcid++);
    }

    /** One line of text running up the page from (x, y), turned a quarter turn by its text matrix. */
    void upwardText(PDStructureElement element, String text, float x, float y, boolean bold, float size)
            throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        out.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
        out.beginText();
        out.setFont(bold ? BOLD : REGULAR, size);
        out.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, x, y));
        out.showText(text);
        out.endText();
        out.endMarkedContent();
        element.appendKid(mcid++);
    }

    /** An image drawn at (x, y), its lower left corner, as the next marked content of the element (a Figure). */
    void image(PDStructureElement element, PDImageXObject image, float x, float y, float width, float height)
            throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        out.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
        out.drawImage(image, x, y, width, height);
        out.endMarkedContent();
        element.appendKid(mcid++);
    }
}
