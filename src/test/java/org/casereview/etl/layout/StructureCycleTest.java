package org.casereview.etl.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A structure tree that holds itself: a list item whose kids name the list it stands in again (a broken writer's
 * tree). Each list-item pass started the list's depth count afresh, so the walk went round the loop until it gave
 * up and the list gave no entry (e6f72d42); an element now is not read again inside itself, and the list reads once.
 * Invented text.
 */
class StructureCycleTest {

    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aListItemHoldingItsOwnListIsReadOnce() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            doc.getDocumentCatalog().setStructureTreeRoot(tree);
            PDMarkInfo info = new PDMarkInfo();
            info.setMarked(true);
            doc.getDocumentCatalog().setMarkInfo(info);
            PDStructureElement root = new PDStructureElement("Document", tree);
            tree.appendKid(root);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                int[] mcid = {0};
                show(out, child(root, "P", page), "The review found two things to change.", 60, 700, mcid);
                PDStructureElement list = child(root, "L", page);
                float y = 680;
                for (String entry : new String[] {"Share the plan with the school.", "Ask who lives in the home."}) {
                    PDStructureElement item = child(list, "LI", page);
                    show(out, child(item, "Lbl", page), "1.", 60, y, mcid);
                    show(out, child(item, "LBody", page), entry, 76, y, mcid);
                    // the list named again among its item's kids, its /P left as it was: a loop down the tree only
                    ((COSArray) item.getCOSObject().getDictionaryObject(COSName.K)).add(list.getCOSObject());
                    y -= 16;
                }
            }
            LayoutDocument layout = LayoutReader.read(doc);
            assertThat(layout.blocks(Evidence.TAGS)).filteredOn(b -> b.kind() == BlockKind.LIST_ITEM)
                    .extracting(LayoutBlock::text)
                    .containsExactly("Share the plan with the school.", "Ask who lives in the home.");
        }
    }

    /**
     * An element whose /P names its own child, so that going up never reaches the tree's root: PDFBox's role-map
     * look-up went up for ever; the role map is now looked up a bounded number of steps, and the paragraph reads.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anElementThatIsItsOwnAncestorStillReads() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            doc.getDocumentCatalog().setStructureTreeRoot(tree);
            PDStructureElement root = new PDStructureElement("Document", tree);
            tree.appendKid(root);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                int[] mcid = {0};
                PDStructureElement section = child(root, "Sect", page);
                PDStructureElement paragraph = child(section, "P", page);
                show(out, paragraph, "The school saw the children every day.", 60, 700, mcid);
                section.getCOSObject().setItem(COSName.P, paragraph.getCOSObject());
            }
            LayoutDocument layout = LayoutReader.read(doc);
            assertThat(layout.blocks(Evidence.TAGS)).extracting(LayoutBlock::kind, LayoutBlock::text)
                    .contains(org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH,
                            "The school saw the children every day."));
        }
    }

    private static PDStructureElement child(PDStructureElement parent, String type, PDPage page) {
        PDStructureElement element = new PDStructureElement(type, parent);
        element.setPage(page);
        parent.appendKid(element);
        return element;
    }

    private static void show(PDPageContentStream out, PDStructureElement element, String text, float x, float y,
                             int[] mcid) throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid[0]);
        out.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
        out.beginText();
        out.setFont(FONT, 10);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
        out.endMarkedContent();
        element.appendKid(mcid[0]++);
    }
}
