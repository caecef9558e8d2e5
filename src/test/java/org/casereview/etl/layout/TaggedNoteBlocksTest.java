package org.casereview.etl.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;

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

/**
 * A footnote tagged where it is called (a {@code Note} inside the paragraph, as word processors tag it) and an endnote
 * in a {@code Div} after the body: each is a NOTE block of its own, the note inside the paragraph right after the
 * paragraph's block, and the paragraph's text holds no word of it. The model is shared by reports and PDF digests.
 * Invented text.
 */
class TaggedNoteBlocksTest {

    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    void aNoteIsABlockOfItsOwnAfterTheTextCallingIt() throws IOException {
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
                PDStructureElement paragraph = child(root, "P", page);
                show(out, paragraph, "The family moved to the town in the spring of 2023.", 700, 10, mcid);
                show(out, child(paragraph, "Note", page), "1 The town and the family are invented.", 60, 7, mcid);
                show(out, child(root, "P", page), "The school saw the children every day.", 686, 10, mcid);
                PDStructureElement notes = child(root, "Div", page);
                show(out, child(notes, "Note", page), "i Progress will be reported in April.", 80, 7, mcid);
            }
            LayoutDocument layout = LayoutReader.read(doc);
            assertThat(layout.blocks(Evidence.TAGS)).extracting(LayoutBlock::kind, LayoutBlock::text).containsExactly(
                    tuple(BlockKind.PARAGRAPH, "The family moved to the town in the spring of 2023."),
                    tuple(BlockKind.NOTE, "1 The town and the family are invented."),
                    tuple(BlockKind.PARAGRAPH, "The school saw the children every day."),
                    tuple(BlockKind.NOTE, "i Progress will be reported in April."));
        }
    }

    private static PDStructureElement child(PDStructureElement parent, String type, PDPage page) {
        PDStructureElement element = new PDStructureElement(type, parent);
        element.setPage(page);
        parent.appendKid(element);
        return element;
    }

    private static void show(PDPageContentStream out, PDStructureElement element, String text, float y, float size,
                             int[] mcid) throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid[0]);
        out.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
        out.beginText();
        out.setFont(FONT, size);
        out.newLineAtOffset(60, y);
        out.showText(text);
        out.endText();
        out.endMarkedContent();
        element.appendKid(mcid[0]++);
    }
}
