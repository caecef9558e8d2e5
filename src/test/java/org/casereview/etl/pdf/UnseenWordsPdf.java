package org.casereview.etl.pdf;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

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
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDInlineImage;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes one invented page line by line with PDFBox, tagged (each line its own marked content under an element of the
 * type given) or not, on which words are hidden the ways a viewer hides them: a line in a layer switched off when the
 * document opens, a word under a black box filled after it ({@code re f}), under a black path ({@code m l l l h f}),
 * under a black fill clipped to a rounded (curved) outline, under a black image (an image XObject) or a black inline
 * image; a word in a hole of its line's clip; a word painted in the page's white (near white, #FEFEFE) on no fill, and
 * one painted in the pale colour of the box filled under it; a diagonal watermark across the body; a dark panel with
 * white words of its own laid over a line; and a banner line, white words on a dark box filled before them.
 */
final class UnseenWordsPdf implements AutoCloseable {

    /** How a word of a line is hidden, or not. */
    enum Hide { NONE, RECT, PATH, ROUNDED_CLIP, IMAGE, INLINE_IMAGE, LAYER, PANEL, CLIPPED_OUT, WHITE, PALE_ON_PALE }

    static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float LEFT = 60;
    /** A pale blue box, and words painted in a blue one step off it (one unit of 255 in each channel). */
    private static final Color PALE_BOX = new Color(221, 230, 240);
    private static final Color PALE_WORDS = new Color(220, 231, 241);
    private static final Color NEAR_WHITE = new Color(254, 254, 254);

    private final PDDocument document = new PDDocument();
    private final PDPage page = new PDPage(PDRectangle.A4);
    private final PDPageContentStream out;
    private final PDOptionalContentGroup draft = new PDOptionalContentGroup("Reviewer notes");
    private final PDStructureElement root;
    private int mcid;
    private float y = 780;

    UnseenWordsPdf(boolean tagged) throws IOException {
        document.addPage(page);
        PDOptionalContentProperties layers = new PDOptionalContentProperties();
        layers.addGroup(draft);
        layers.setGroupEnabled(draft, false);
        document.getDocumentCatalog().setOCProperties(layers);
        if (tagged) {
            PDStructureTreeRoot tree = new PDStructureTreeRoot();
            document.getDocumentCatalog().setStructureTreeRoot(tree);
            PDMarkInfo info = new PDMarkInfo();
            info.setMarked(true);
            document.getDocumentCatalog().setMarkInfo(info);
            root = new PDStructureElement("Document", tree);
            tree.appendKid(root);
        } else {
            root = null;
        }
        out = new PDPageContentStream(document, page);
    }

    /** A line of the given structure type ("H1", "P"), bold or not, with {@code word} hidden as {@code hide} says. */
    UnseenWordsPdf line(String type, boolean bold, String text, Hide hide, String word) throws IOException {
        return line(type, bold, text, hide, word, Color.BLACK);
    }

    private UnseenWordsPdf line(String type, boolean bold, String text, Hide hide, String word, Color colour)
            throws IOException {
        PDFont font = bold ? BOLD : REGULAR;
        float size = bold ? 13 : 10;
        if (root != null) {
            PDStructureElement element = new PDStructureElement(type, root);
            element.setPage(page);
            root.appendKid(element);
            COSDictionary properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            out.beginMarkedContent(COSName.getPDFName(type), PDPropertyList.create(properties));
            element.appendKid(mcid++);
        }
        if (hide == Hide.LAYER) {
            out.beginMarkedContent(COSName.getPDFName("OC"), draft);
        }
        int at = text.indexOf(word);
        float x = LEFT + font.getStringWidth(text.substring(0, at)) / 1000 * size;
        float width = font.getStringWidth(word) / 1000 * size;
        if (hide == Hide.CLIPPED_OUT) {
            // the line drawn in a clip with a hole where the word is: the page paints none of the word
            out.saveGraphicsState();
            out.addRect(0, 0, 595, 842);
            out.addRect(x - 1, y - 3, width + 2, size + 3);
            out.clipEvenOdd();
        }
        if (hide == Hide.PALE_ON_PALE) {
            out.setNonStrokingColor(PALE_BOX);
            out.addRect(x - 1, y - 3, width + 2, size + 3);
            out.fill();
        }
        out.beginText();
        out.setNonStrokingColor(colour);
        out.setFont(font, size);
        out.newLineAtOffset(LEFT, y);
        if (hide == Hide.WHITE || hide == Hide.PALE_ON_PALE) {
            out.showText(text.substring(0, at));
            out.setNonStrokingColor(hide == Hide.WHITE ? NEAR_WHITE : PALE_WORDS);
            out.showText(word);
            out.setNonStrokingColor(Color.BLACK);
            out.showText(text.substring(at + word.length()));
        } else {
            out.showText(text);
        }
        out.endText();
        if (hide == Hide.CLIPPED_OUT) {
            out.restoreGraphicsState();
        }
        if (hide == Hide.LAYER) {
            out.endMarkedContent();
        }
        if (root != null) {
            out.endMarkedContent();
        }
        if (hide != Hide.NONE && hide != Hide.LAYER && hide != Hide.CLIPPED_OUT && hide != Hide.WHITE
                && hide != Hide.PALE_ON_PALE) {
            cover(hide, x - 1, y - 3, width + 2, size + 3);
        }
        y -= bold ? 22 : 15;
        return this;
    }

    UnseenWordsPdf line(String type, boolean bold, String text) throws IOException {
        return line(type, bold, text, Hide.NONE, "");
    }

    /** A banner line: a dark teal box filled across the page, then the line's words in white on it (seen). */
    UnseenWordsPdf banner(String type, String text) throws IOException {
        out.saveGraphicsState();
        out.setNonStrokingColor(new Color(0, 90, 100));
        out.addRect(LEFT - 6, y - 6, 480, 22);
        out.fill();
        out.restoreGraphicsState();
        float top = y;
        line(type, true, text, Hide.NONE, "", Color.WHITE);
        y = top - 28;
        return this;
    }

    UnseenWordsPdf gap() {
        y -= 8;
        return this;
    }

    /** Grey letters one by one along a line 40 degrees across the body, as a stamping tool sets a watermark. */
    UnseenWordsPdf watermark(String text) throws IOException {
        double angle = Math.toRadians(40);
        float x = 120;
        float wy = 420;
        out.setNonStrokingColor(new Color(225, 225, 225));
        for (char c : text.toCharArray()) {
            out.beginText();
            out.setFont(REGULAR, 72);
            out.setTextMatrix(Matrix.getRotateInstance(angle, x, wy));
            out.showText(String.valueOf(c));
            out.endText();
            float advance = REGULAR.getStringWidth(String.valueOf(c)) / 1000 * 72;
            x += (float) (advance * Math.cos(angle));
            wy += (float) (advance * Math.sin(angle));
        }
        return this;
    }

    private void cover(Hide hide, float x, float by, float width, float height) throws IOException {
        out.saveGraphicsState();
        out.setNonStrokingColor(Color.BLACK);
        switch (hide) {
            case RECT -> {
                out.addRect(x, by, width, height);
                out.fill();
            }
            case PATH -> {
                out.moveTo(x, by);
                out.lineTo(x + width, by);
                out.lineTo(x + width, by + height);
                out.lineTo(x, by + height);
                out.closePath();
                out.fill();
            }
            case ROUNDED_CLIP -> {
                roundedOutline(x, by, width, height, 3);
                out.clip();
                out.addRect(0, 0, 595, 842); // the whole page, painted only inside the outline
                out.fill();
            }
            case IMAGE -> out.drawImage(blackImage(), x, by, width, height);
            case INLINE_IMAGE -> out.drawImage(blackInlineImage(), x, by, width, height);
            case PANEL -> panel(x, by, width, height);
            default -> throw new IllegalArgumentException(hide.name());
        }
        out.restoreGraphicsState();
    }

    /** A dark band over the words, then white words of its own on the band (a cookie banner), painted after them. */
    private void panel(float x, float by, float width, float height) throws IOException {
        out.setNonStrokingColor(new Color(25, 30, 40));
        out.addRect(x, by - 2, width + 120, height + 4);
        out.fill();
        out.beginText();
        out.setNonStrokingColor(Color.WHITE);
        out.setFont(REGULAR, 8);
        out.newLineAtOffset(x + 4, by + 2);
        out.showText("Cookie settings saved");
        out.endText();
    }

    private void roundedOutline(float x, float by, float width, float height, float r) throws IOException {
        float k = 0.55f * r;
        out.moveTo(x + r, by);
        out.lineTo(x + width - r, by);
        out.curveTo(x + width - r + k, by, x + width, by + r - k, x + width, by + r);
        out.lineTo(x + width, by + height - r);
        out.curveTo(x + width, by + height - r + k, x + width - r + k, by + height, x + width - r, by + height);
        out.lineTo(x + r, by + height);
        out.curveTo(x + r - k, by + height, x, by + height - r + k, x, by + height - r);
        out.lineTo(x, by + r);
        out.curveTo(x, by + r - k, x + r - k, by, x + r, by);
        out.closePath();
    }

    private PDImageXObject blackImage() throws IOException {
        BufferedImage black = new BufferedImage(40, 10, BufferedImage.TYPE_INT_RGB); // all zero: black
        return LosslessFactory.createFromImage(document, black);
    }

    private PDInlineImage blackInlineImage() throws IOException {
        COSDictionary parameters = new COSDictionary();
        parameters.setInt(COSName.W, 8);
        parameters.setInt(COSName.H, 2);
        parameters.setInt(COSName.BPC, 8);
        parameters.setItem(COSName.CS, COSName.getPDFName("G"));
        return new PDInlineImage(parameters, new byte[16], page.getResources());
    }

    Path save(Path file) throws IOException {
        out.close();
        document.save(file.toFile());
        return file;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
