package org.casereview.etl.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The drawing side of {@link PdfFixtureBuilder}: A4 pages, a cursor measured from the top,
 * word-wrapped runs of Helvetica and Helvetica-Bold (one text object per word), page furniture
 * stamped on at the end, plain or encrypted saving.
 */
final class FixtureCanvas {

    static final float BODY = 11;
    static final float MARGIN = 60;
    private static final float TOP = 80;
    private static final float BOTTOM = 80;

    /** A piece of a line in one face. */
    record Run(String text, boolean bold) {
    }

    final PDDocument doc = new PDDocument();
    final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    final float width = PDRectangle.A4.getWidth();
    final float height = PDRectangle.A4.getHeight();
    private final Set<PDPage> plainPages = new HashSet<>();
    private PDPage page;
    private PDPageContentStream out;
    /** Distance of the next line's baseline from the top of the page. */
    float y;
    private int blockStart = -1;
    /** Line spacing as a multiple of the font size. */
    float leading = 1.4f;
    /** Text colour as RGB 0-1, null for black. */
    float[] colour;
    /** Regular glyphs filled and stroked, as word processors fake bold. */
    boolean fakeBold;

    PDPage page() {
        return page;
    }

    int currentPage() {
        return doc.getNumberOfPages();
    }

    int lastBlockPage() {
        return blockStart;
    }

    /** The next line starts a new block (paragraph, entry, heading). */
    void startBlock() {
        blockStart = -1;
    }

    void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = TOP;
    }

    /** The current page gets no header or footer. */
    void plain() {
        plainPages.add(page);
    }

    void ensureRoom(float needed) throws IOException {
        if (page == null || y + needed > height - BOTTOM) {
            newPage();
        }
    }

    boolean hasRoom(float needed) {
        return y + needed < height - BOTTOM;
    }

    /** Wraps styled runs from x to the right margin, flowing onto new pages. */
    void runs(float x, List<Run> runs) throws IOException {
        startBlock();
        List<Run> words = new ArrayList<>();
        for (Run run : runs) {
            for (String word : run.text().split(" ")) {
                words.add(new Run(word, run.bold()));
            }
        }
        List<Run> current = new ArrayList<>();
        float lineWidth = 0;
        float max = width - MARGIN - x;
        for (Run word : words) {
            float w = textWidth(word.text() + " ", word.bold() ? bold : regular, BODY);
            if (lineWidth + w > max && !current.isEmpty()) {
                line(current, x, BODY);
                current = new ArrayList<>();
                lineWidth = 0;
            }
            current.add(word);
            lineWidth += w;
        }
        line(current, x, BODY);
        y += BODY * 0.6f;
    }

    void line(List<Run> words, float x, float size) throws IOException {
        ensureRoom(size * leading);
        if (blockStart < 0) {
            blockStart = currentPage();
        }
        draw(x, y, words, size);
        y += size * leading;
    }

    void draw(float x, float top, List<Run> words, float size) throws IOException {
        float cursor = x;
        for (int i = 0; i < words.size(); i++) {
            Run word = words.get(i);
            PDFont font = word.bold() ? bold : regular;
            String text = i + 1 < words.size() ? word.text() + " " : word.text();
            out.beginText();
            out.setFont(font, size);
            out.setNonStrokingColor(colour == null ? 0 : colour[0], colour == null ? 0 : colour[1],
                    colour == null ? 0 : colour[2]);
            out.setRenderingMode(fakeBold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            out.newLineAtOffset(cursor, height - top);
            out.showText(text);
            out.endText();
            cursor += textWidth(text, font, size);
        }
    }

    void drawBlankImage() throws IOException {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        out.drawImage(LosslessFactory.createFromImage(doc, image), MARGIN, 400);
    }

    List<String> wrap(String text, float max, PDFont font, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (textWidth(candidate, font, size) > max && !current.isEmpty()) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    static float textWidth(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Header left and right (bold) and footer ("Page {page} of {pages}") on every page but plain ones. */
    void finish(String headerLeft, String headerRight, String footer, float size) throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage p = doc.getPage(i);
            if (plainPages.contains(p)) {
                continue;
            }
            try (PDPageContentStream furniture = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true)) {
                out = furniture;
                if (headerLeft != null) {
                    draw(MARGIN, 40, List.of(new Run(headerLeft, false)), size);
                    draw(width - MARGIN - textWidth(headerRight, bold, size), 40, List.of(new Run(headerRight, true)), size);
                }
                if (footer != null) {
                    String text = footer.replace("{page}", String.valueOf(i + 1)).replace("{pages}", String.valueOf(total));
                    draw((width - textWidth(text, regular, size)) / 2, height - 40, List.of(new Run(text, false)), size);
                }
            }
        }
        out = null;
    }

    Path save(Path file) throws IOException {
        doc.save(file.toFile());
        doc.close();
        return file;
    }

    /** Saves with an owner password and, when given, a user password needed to open the file. */
    Path saveEncrypted(Path file, String ownerPassword, String userPassword) throws IOException {
        AccessPermission permissions = new AccessPermission();
        permissions.setCanExtractContent(false);
        permissions.setCanModify(false);
        StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
        return save(file);
    }
}
