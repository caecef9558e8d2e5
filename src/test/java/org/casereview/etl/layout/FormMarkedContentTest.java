package org.casereview.etl.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/**
 * Marked content drawn inside a form XObject has MCIDs of the form's own stream (a structure element reaches it by a
 * marked-content reference naming the stream, /Stm): Chromium prints a label set with {@code writing-mode: vertical-rl}
 * (turned a quarter turn) in a form of its own whose MCIDs 0 and 1 are the same numbers as the page's first two. Read
 * by number alone, the label's element had the page's heading and intro as its text, and every label of the page
 * those numbers too.
 */
class FormMarkedContentTest {

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    void aTurnedLabelInAFormIsReadByItsStreamNotByThePagesMcid() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf())) {
            LayoutDocument layout = LayoutReader.read(document);

            assertThat(layout.pages().get(0).evidence()).isEqualTo(Evidence.TAGS);
            assertThat(layout.pages().get(0).blocks()).extracting(LayoutBlock::text).containsExactly(
                    "Four case reviews were published this month.",
                    "LEARNING INCLUDES:",
                    "the school did not refer its concerns",
                    "RECOMMENDATIONS INCLUDE:",
                    "share every concern with the GP");
        }
    }

    /** Page MCIDs 0-2 for the intro and the items, and two forms whose own MCID 0 holds a turned label. */
    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            document.getDocumentCatalog().setStructureTreeRoot(tree);
            PDMarkInfo info = new PDMarkInfo();
            info.setMarked(true);
            document.getDocumentCatalog().setMarkInfo(info);
            PDStructureElement root = new PDStructureElement("Document", tree);
            tree.appendKid(root);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFormXObject learning = turnedLabel(document, "LEARNING INCLUDES:");
            PDFormXObject recommendations = turnedLabel(document, "RECOMMENDATIONS INCLUDE:");
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                line(stream, 0, 72, 760, "Four case reviews were published this month.");
                placed(stream, learning, 72, 600);
                line(stream, 1, 100, 700, "the school did not refer its concerns");
                placed(stream, recommendations, 72, 450);
                line(stream, 2, 100, 560, "share every concern with the GP");
            }
            element(root, page, "P").appendKid(0);
            element(root, page, "P").appendKid(reference(learning));
            element(root, page, "P").appendKid(1);
            element(root, page, "P").appendKid(reference(recommendations));
            element(root, page, "P").appendKid(2);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static PDFormXObject turnedLabel(PDDocument document, String text) throws IOException {
        PDFormXObject form = new PDFormXObject(document);
        form.setBBox(new PDRectangle(0, 0, 20, 160));
        form.setResources(new PDResources());
        try (PDFormContentStream stream = new PDFormContentStream(form)) {
            stream.beginMarkedContent(COSName.P, PDPropertyList.create(mcid(0)));
            stream.beginText();
            stream.setFont(HELVETICA, 8);
            stream.setTextMatrix(new Matrix(0, 1, -1, 0, 12, 4)); // reads bottom to top, as on a book's spine
            stream.showText(text);
            stream.endText();
            stream.endMarkedContent();
        }
        return form;
    }

    private static void placed(PDPageContentStream stream, PDFormXObject form, float x, float y) throws IOException {
        stream.saveGraphicsState();
        stream.transform(Matrix.getTranslateInstance(x, y));
        stream.drawForm(form);
        stream.restoreGraphicsState();
    }

    private static void line(PDPageContentStream stream, int mcid, float x, float y, String text) throws IOException {
        stream.beginMarkedContent(COSName.P, PDPropertyList.create(mcid(mcid)));
        stream.beginText();
        stream.setFont(HELVETICA, 11);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
        stream.endMarkedContent();
    }

    private static COSDictionary mcid(int mcid) {
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        return properties;
    }

    private static PDStructureElement element(PDStructureElement parent, PDPage page, String type) {
        PDStructureElement element = new PDStructureElement(type, parent);
        element.setPage(page);
        parent.appendKid(element);
        return element;
    }

    private static PDMarkedContentReference reference(PDFormXObject form) {
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setMCID(0);
        reference.getCOSObject().setItem(COSName.getPDFName("Stm"), form.getCOSObject());
        return reference;
    }
}
