package org.casereview.etl.digest;

import java.awt.image.BufferedImage;
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
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes tagged test digests with PDFBox: headings, paragraphs, lists, and tables whose cells hold several
 * paragraphs (one per line, as a cell with a list has them). Every line is its own marked content in the tree.
 */
public final class TaggedDigestPdf implements AutoCloseable {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDType1Font MONO = new PDType1Font(Standard14Fonts.FontName.COURIER);

    private final PDDocument document = new PDDocument();
    private final PDStructureElement root;
    private PDPage page;
    private PDPageContentStream stream;
    private int mcid;
    private float y;

    public TaggedDigestPdf() {
        PDStructureTreeRoot tree = new PDStructureTreeRoot();
        document.getDocumentCatalog().setStructureTreeRoot(tree);
        PDMarkInfo info = new PDMarkInfo();
        info.setMarked(true);
        document.getDocumentCatalog().setMarkInfo(info);
        root = new PDStructureElement("Document", tree);
        tree.appendKid(root);
    }

    public TaggedDigestPdf newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        mcid = 0;
        y = 800;
        return this;
    }

    public TaggedDigestPdf heading(int level, String text) throws IOException {
        line(element("H" + level, root), text, 72, true, 14);
        return this;
    }

    /**
     * A heading printed only as an image (a banner picture of its words, as a browser prints an {@code <img>} in a
     * heading): the heading element holds a Figure whose /Alt is the words; no glyph of them is printed.
     */
    public TaggedDigestPdf imageHeading(int level, String alt) throws IOException {
        PDStructureElement figure = element("Figure", element("H" + level, root));
        figure.setAlternateDescription(alt);
        BufferedImage banner = new BufferedImage(40, 4, BufferedImage.TYPE_INT_RGB);
        PDImageXObject image = LosslessFactory.createFromImage(document, banner);
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        stream.beginMarkedContent(COSName.getPDFName("Figure"), PDPropertyList.create(properties));
        stream.drawImage(image, 72, y - 4, 400, 20);
        stream.endMarkedContent();
        figure.appendKid(mcid++);
        y -= 30;
        return this;
    }

    /**
     * An icon standing alone before a list (a 14 x 14 picture) tagged as a Figure whose /Alt and /ActualText are
     * {@code words}: the words are printed nowhere else, as a Word export's icon labels have them.
     */
    public TaggedDigestPdf iconLabel(String words) throws IOException {
        PDStructureElement figure = element("Figure", root);
        figure.setAlternateDescription(words);
        figure.setActualText(words);
        PDImageXObject image = LosslessFactory.createFromImage(document, new BufferedImage(14, 14,
                BufferedImage.TYPE_INT_RGB));
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        stream.beginMarkedContent(COSName.getPDFName("Figure"), PDPropertyList.create(properties));
        stream.drawImage(image, 72, y - 3, 14, 14);
        stream.endMarkedContent();
        PDMarkedContentReference reference = new PDMarkedContentReference(); // as Word's exports name marked content
        reference.setMCID(mcid++);
        reference.setPage(page);
        figure.appendKid(reference);
        y -= 20;
        return this;
    }

    /**
     * One printed line tagged as an H1 of its own, whatever it is (an automatic tagger that makes every line a
     * heading): a title, a wrapped line of a paragraph, a label or an item, in its own font and size.
     */
    public TaggedDigestPdf lineAsH1(String text, float x, boolean bold, float size) throws IOException {
        line(element("H1", root), text, x, bold, size);
        return this;
    }

    public TaggedDigestPdf paragraph(String text) throws IOException {
        line(element("P", root), text, 72, false, 10);
        return this;
    }

    public TaggedDigestPdf list(String... items) throws IOException {
        PDStructureElement list = element("L", root);
        for (String item : items) {
            PDStructureElement li = element("LI", list);
            line(element("LBody", li), item, 86, false, 10);
        }
        return this;
    }

    /**
     * A list whose item {@code noted} calls a footnote, tagged where it is called (a {@code Note} inside the item's
     * LBody, as word processors tag it) and printed at the page's foot in small type.
     */
    public TaggedDigestPdf listWithNote(List<String> items, int noted, String note) throws IOException {
        PDStructureElement list = element("L", root);
        for (int i = 0; i < items.size(); i++) {
            PDStructureElement body = element("LBody", element("LI", list));
            line(body, items.get(i), 86, false, 10);
            if (i == noted) {
                float next = y;
                y = 50;
                line(element("Note", body), note, 72, false, 7);
                y = next;
            }
        }
        return this;
    }

    /**
     * A paragraph printed at {@code fromTop} points below the page's top, wherever the tree reads it (a producer that
     * tags its margin boxes where its page model puts them); the next block goes on where the last one ended.
     */
    public TaggedDigestPdf paragraphAt(String text, float x, float fromTop) throws IOException {
        float next = y;
        y = page.getMediaBox().getHeight() - fromTop;
        line(element("P", root), text, x, false, 8);
        y = next;
        return this;
    }

    /**
     * Two labelled lists side by side (a web page's grid row of two sections, each a label heading over its list),
     * whose labels end this page and whose lists start the next: the tree reads each section whole (its label, then
     * its list), the pages show both labels first, then both lists.
     */
    public TaggedDigestPdf sideBySideOverPageBreak(String leftLabel, List<String> leftItems, String rightLabel,
                                                   List<String> rightItems) throws IOException {
        PDStructureElement left = element("Sect", root);
        PDStructureElement right = element("Sect", root);
        float top = y;
        line(element("H3", left), leftLabel, 72, true, 11);
        y = top;
        line(element("H3", right), rightLabel, 320, true, 11);
        newPage();
        listAt(element("L", left), leftItems, 86);
        y = 800;
        listAt(element("L", right), rightItems, 334);
        return this;
    }

    private void listAt(PDStructureElement list, List<String> items, float x) throws IOException {
        for (String item : items) {
            PDStructureElement li = element("LI", list);
            line(element("LBody", li), item, x, false, 10);
        }
    }

    /**
     * Preformatted lines (a printed plain-text message) in a fixed font: one P for them all, each printed line its own
     * marked content under it; a blank line is a line's space with nothing printed. Goes on to a new page when full.
     */
    public TaggedDigestPdf preformatted(List<String> lines) throws IOException {
        PDStructureElement paragraph = element("P", root);
        for (String text : lines) {
            if (y < 60) {
                newPage();
            }
            if (text.isBlank()) {
                y -= 12;
                continue;
            }
            COSDictionary properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            stream.beginMarkedContent(COSName.getPDFName("P"), PDPropertyList.create(properties));
            stream.beginText();
            stream.setFont(MONO, 9.5f);
            stream.newLineAtOffset(56, y);
            stream.showText(text);
            stream.endText();
            stream.endMarkedContent();
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setMCID(mcid++);
            reference.setPage(page);
            paragraph.appendKid(reference);
            y -= 12;
        }
        return this;
    }

    /** Text outside the tree, marked as an artifact (a browser's print header and footer), at {@code fromTop}. */
    public TaggedDigestPdf artifactAt(String text, float x, float fromTop) throws IOException {
        stream.beginMarkedContent(COSName.getPDFName("Artifact"));
        stream.beginText();
        stream.setFont(REGULAR, 8);
        stream.newLineAtOffset(x, page.getMediaBox().getHeight() - fromTop);
        stream.showText(text);
        stream.endText();
        stream.endMarkedContent();
        return this;
    }

    /**
     * A table: the first row TH cells, each cell's lines its own P under the cell, rows one under the other; a null cell
     * is left out of the tree and the page, its column kept.
     */
    public TaggedDigestPdf table(List<List<List<String>>> rows) throws IOException {
        PDStructureElement table = element("Table", root);
        for (int r = 0; r < rows.size(); r++) {
            PDStructureElement tr = element("TR", table);
            float top = y;
            float lowest = y;
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (rows.get(r).get(c) == null) {
                    continue; // an empty cell a browser leaves out of the tree: nothing printed, its column kept
                }
                PDStructureElement cell = element(r == 0 ? "TH" : "TD", tr);
                y = top;
                for (String text : rows.get(r).get(c)) {
                    line(element("P", cell), text, 40 + 130 * c, r == 0, 8);
                }
                lowest = Math.min(lowest, y);
            }
            y = lowest - 6;
        }
        return this;
    }

    /** One entry of a {@link #timeline}: its date, title, summary, and each label with its items, in order. */
    public record TimelineEntry(String date, String title, String summary, List<Map.Entry<String, List<String>>> lists) {
    }

    /**
     * A timeline as Apache FOP tags an {@code fo:list-block} of reviews: one L for them all, each entry an LI whose
     * Lbl (a P) holds its date in the gutter and whose LBody holds one P grouping the entry's blocks, each a P of its
     * own: the bold title, the summary, a bold label over an L of '•' items (Lbl P and LBody P each), the link.
     */
    public TaggedDigestPdf timeline(List<TimelineEntry> entries) throws IOException {
        PDStructureElement list = element("L", root);
        for (TimelineEntry entry : entries) {
            PDStructureElement li = element("LI", list);
            float top = y;
            line(element("P", element("Lbl", li)), entry.date(), 40, true, 8);
            y = top;
            PDStructureElement group = element("P", element("LBody", li));
            line(element("P", group), entry.title(), 150, true, 12);
            line(element("P", group), entry.summary(), 150, false, 9);
            for (Map.Entry<String, List<String>> labelled : entry.lists()) {
                line(element("P", group), labelled.getKey(), 150, true, 9);
                PDStructureElement items = element("L", group);
                for (String item : labelled.getValue()) {
                    PDStructureElement itemLi = element("LI", items);
                    float at = y;
                    line(element("P", element("Lbl", itemLi)), "\u2022", 150, false, 9);
                    y = at;
                    line(element("P", element("LBody", itemLi)), item, 160, false, 9);
                }
            }
            line(element("P", group), "Read practice review (PDF)", 150, false, 9);
            y -= 10;
        }
        return this;
    }

    public Path save(Path file) throws IOException {
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

    private PDStructureElement element(String type, PDStructureElement parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        element.setPage(page);
        parent.appendKid(element);
        return element;
    }

    private void line(PDStructureElement element, String text, float x, boolean bold, float size) throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        stream.beginMarkedContent(COSName.getPDFName(element.getStructureType()), PDPropertyList.create(properties));
        stream.beginText();
        stream.setFont(bold ? BOLD : REGULAR, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
        stream.endMarkedContent();
        element.appendKid(mcid++);
        y -= size + 5;
    }
}
