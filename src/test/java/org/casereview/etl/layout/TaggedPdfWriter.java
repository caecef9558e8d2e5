package org.casereview.etl.layout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Writes small test PDFs line by line with PDFBox: optionally tagged (a structure tree whose elements name the
 * marked content of each line by MCID, with a role map), optionally with an outline entry per heading.
 */
final class TaggedPdfWriter implements AutoCloseable {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final PDDocument document = new PDDocument();
    private final boolean tagged;
    private final boolean outline;
    private final PDStructureElement root;
    private final PDDocumentOutline bookmarks = new PDDocumentOutline();
    private PDPage page;
    private PDPageContentStream stream;
    private int mcid;
    private float y;

    TaggedPdfWriter(boolean tagged, boolean outline) {
        this.tagged = tagged;
        this.outline = outline;
        if (tagged) {
            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            tree.setRoleMap(Map.of("Heading1", "H1", "Standard", "P"));
            document.getDocumentCatalog().setStructureTreeRoot(tree);
            PDMarkInfo info = new PDMarkInfo();
            info.setMarked(true);
            document.getDocumentCatalog().setMarkInfo(info);
            root = new PDStructureElement("Document", tree);
            tree.appendKid(root);
        } else {
            root = null;
        }
        if (outline) {
            document.getDocumentCatalog().setDocumentOutline(bookmarks);
        }
    }

    TaggedPdfWriter newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        mcid = 0;
        y = 780;
        return this;
    }

    /** A heading line of structure type {@code type} ("H1", "H2", or a role-mapped "Heading1"). */
    TaggedPdfWriter heading(String type, String text) throws IOException {
        element(type, root, text, true, 16);
        if (outline) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(text);
            PDPageFitDestination destination = new PDPageFitDestination();
            destination.setPage(page);
            item.setDestination(destination);
            bookmarks.addLast(item);
        }
        return this;
    }

    TaggedPdfWriter paragraph(String type, String... lines) throws IOException {
        PDStructureElement p = tagged ? new PDStructureElement(type, root) : null;
        if (p != null) {
            p.setPage(page);
            root.appendKid(p);
        }
        for (String line : lines) {
            show(line, false, 11, p);
        }
        return this;
    }

    /** A list: each entry an LI with an Lbl marker and an LBody. */
    TaggedPdfWriter list(String marker, String... entries) throws IOException {
        PDStructureElement list = tagged ? append(new PDStructureElement("L", root), root) : null;
        for (String entry : entries) {
            PDStructureElement li = tagged ? append(new PDStructureElement("LI", list), list) : null;
            PDStructureElement lbl = tagged ? append(new PDStructureElement("Lbl", li), li) : null;
            showAt(marker, 72, false, 11, lbl);
            PDStructureElement body = tagged ? append(new PDStructureElement("LBody", li), li) : null;
            showAt(entry, 90, false, 11, body);
            y -= 17;
        }
        return this;
    }

    /**
     * A list as LibreOffice tags it: each entry an LI with only an LBody holding a paragraph, the bullet printed in
     * that paragraph's marked content in front of the text (no Lbl).
     */
    TaggedPdfWriter listWithBulletInBody(String bullet, String... entries) throws IOException {
        PDStructureElement list = tagged ? append(new PDStructureElement("L", root), root) : null;
        for (String entry : entries) {
            PDStructureElement li = tagged ? append(new PDStructureElement("LI", list), list) : null;
            PDStructureElement body = tagged ? append(new PDStructureElement("LBody", li), li) : null;
            PDStructureElement p = tagged ? append(new PDStructureElement("P", body), body) : null;
            showAt(bullet, 72, false, 11, p);
            showAt(entry, 90, false, 11, p);
            y -= 17;
        }
        return this;
    }

    /** A paragraph with a web link annotation over its words. */
    TaggedPdfWriter linkParagraph(String text, String uri) throws IOException {
        float top = y;
        paragraph("P", text);
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(72, top - 3, REGULAR.getStringWidth(text) / 1000 * 11, 14));
        PDActionURI action = new PDActionURI();
        action.setURI(uri);
        link.setAction(action);
        page.getAnnotations().add(link);
        return this;
    }

    /** A table whose first row is TH cells. */
    TaggedPdfWriter table(List<List<String>> rows) throws IOException {
        PDStructureElement table = tagged ? append(new PDStructureElement("Table", root), root) : null;
        for (int r = 0; r < rows.size(); r++) {
            PDStructureElement tr = tagged ? append(new PDStructureElement("TR", table), table) : null;
            float x = 72;
            for (String cell : rows.get(r)) {
                PDStructureElement c = tagged ? append(new PDStructureElement(r == 0 ? "TH" : "TD", tr), tr) : null;
                showAt(cell, x, r == 0, 10, c);
                x += 180;
            }
            y -= 14;
        }
        return this;
    }

    /**
     * A table whose first row is TH cells and whose cells hold lines (split on newlines), each line a P in its cell;
     * a line "words|uri" is printed as its words with a web link annotation over them.
     */
    TaggedPdfWriter linkedTable(List<List<String>> rows) throws IOException {
        PDStructureElement table = tagged ? append(new PDStructureElement("Table", root), root) : null;
        for (int r = 0; r < rows.size(); r++) {
            PDStructureElement tr = tagged ? append(new PDStructureElement("TR", table), table) : null;
            float x = 40;
            int height = 1;
            for (String cell : rows.get(r)) {
                PDStructureElement c = tagged ? append(new PDStructureElement(r == 0 ? "TH" : "TD", tr), tr) : null;
                String[] lines = cell.split("\n");
                for (int i = 0; i < lines.length; i++) {
                    PDStructureElement p = tagged ? append(new PDStructureElement("P", c), c) : null;
                    String[] parts = lines[i].split("\\|");
                    showAt(parts[0], x, r == 0, 9, p, y - 12 * i);
                    if (parts.length > 1) {
                        link(parts[0], parts[1], x, y - 12 * i, 9);
                    }
                }
                height = Math.max(height, lines.length);
                x += 130;
            }
            y -= 12 * height + 6;
        }
        return this;
    }

    private void link(String text, String uri, float x, float atY, float size) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(x, atY - 3, REGULAR.getStringWidth(text) / 1000 * size, size + 3));
        PDActionURI action = new PDActionURI();
        action.setURI(uri);
        link.setAction(action);
        page.getAnnotations().add(link);
    }

    /** A running footer marked as an artifact (outside the tree). */
    TaggedPdfWriter artifactFooter(String text) throws IOException {
        stream.beginMarkedContent(COSName.ARTIFACT);
        text(text, 72, 40, false, 8);
        stream.endMarkedContent();
        return this;
    }

    /** A body line marked as an artifact, as a tagger that tags only links marks all other text. */
    TaggedPdfWriter artifactLine(String text) throws IOException {
        stream.beginMarkedContent(COSName.ARTIFACT);
        text(text, 72, y, false, 11);
        stream.endMarkedContent();
        y -= 14;
        return this;
    }

    /** A line drawn without any marked content: untagged text on a tagged page. */
    TaggedPdfWriter untaggedLine(String text) throws IOException {
        text(text, 72, y, false, 11);
        y -= 14;
        return this;
    }

    Path save(Path file) throws IOException {
        stream.close();
        stream = null;
        document.save(file.toFile());
        return file;
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
        }
        document.close();
    }

    private void element(String type, PDStructureNode parent, String text, boolean bold, float size)
            throws IOException {
        PDStructureElement element = tagged ? append(new PDStructureElement(type, parent), parent) : null;
        show(text, bold, size, element);
    }

    private PDStructureElement append(PDStructureElement element, PDStructureNode parent) {
        element.setPage(page);
        if (parent instanceof PDStructureElement e) {
            e.appendKid(element);
        } else {
            ((PDStructureTreeRoot) parent).appendKid(element);
        }
        return element;
    }

    private void show(String text, boolean bold, float size, PDStructureElement element) throws IOException {
        showAt(text, 72, bold, size, element);
        y -= size + 6;
    }

    private void showAt(String text, float x, boolean bold, float size, PDStructureElement element) throws IOException {
        showAt(text, x, bold, size, element, y);
    }

    private void showAt(String text, float x, boolean bold, float size, PDStructureElement element, float atY)
            throws IOException {
        if (element == null) {
            text(text, x, atY, bold, size);
            return;
        }
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        stream.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
        text(text, x, atY, bold, size);
        stream.endMarkedContent();
        element.appendKid(mcid++);
    }

    private void text(String text, float x, float atY, boolean bold, float size) throws IOException {
        stream.beginText();
        stream.setFont(bold ? BOLD : REGULAR, size);
        stream.newLineAtOffset(x, atY);
        stream.showText(text);
        stream.endText();
    }
}
