package org.casereview.etl.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Writes report-like PDFs for tests: a cover, running header and footer ("Page N of M"), a
 * contents page with dotted leaders, styled and numbered headings (optionally bookmarked),
 * paragraphs that flow over pages, lists, labelled items, tables and two-column text.
 */
final class PdfFixtureBuilder {

    static final float BODY = 11;
    private static final float MARGIN = 60;
    private static final float TOP = 80;
    private static final float BOTTOM = 80;

    /** A piece of a line in one face. */
    record Run(String text, boolean bold) {
    }

    private final PDDocument doc = new PDDocument();
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final float width = PDRectangle.A4.getWidth();
    private final float height = PDRectangle.A4.getHeight();
    private final Set<PDPage> plainPages = new HashSet<>();
    private PDDocumentOutline outline;
    private String headerLeft;
    private String headerRight;
    private String footer;
    private PDPage page;
    private PDPageContentStream out;
    private float y;
    private int blockStart = -1;
    private final List<Integer> rowPages = new ArrayList<>();

    /** 1-based number of the page being written. */
    int currentPage() {
        return doc.getNumberOfPages();
    }

    /** Page where the last paragraph, list entry or heading began. */
    int lastBlockPage() {
        return blockStart;
    }

    /** Pages where the body rows of the last table began. */
    List<Integer> lastRowPages() {
        return List.copyOf(rowPages);
    }

    PdfFixtureBuilder runningHeader(String left, String right) {
        this.headerLeft = left;
        this.headerRight = right;
        return this;
    }

    PdfFixtureBuilder footer(String pattern) {
        this.footer = pattern;
        return this;
    }

    PdfFixtureBuilder withOutline() {
        outline = new PDDocumentOutline();
        doc.getDocumentCatalog().setDocumentOutline(outline);
        return this;
    }

    PdfFixtureBuilder info(String title, String author, int year) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreationDate(new GregorianCalendar(year, Calendar.MARCH, 1));
        return this;
    }

    /** A page without header and footer, lines given as text and size (bold above 14pt). */
    PdfFixtureBuilder cover(Object... textAndSize) throws IOException {
        newPage();
        plainPages.add(page);
        y = 160;
        for (int i = 0; i < textAndSize.length; i += 2) {
            float size = ((Number) textAndSize[i + 1]).floatValue();
            draw(MARGIN, y, List.of(new Run((String) textAndSize[i], size > 14)), size);
            y += size * 2.2f;
        }
        return this;
    }

    PdfFixtureBuilder contents(Object... titleAndPage) throws IOException {
        newPage();
        heading("Contents", 16, true, false);
        for (int i = 0; i < titleAndPage.length; i += 2) {
            String title = (String) titleAndPage[i];
            String number = String.valueOf(titleAndPage[i + 1]);
            StringBuilder dots = new StringBuilder(title).append(' ');
            while (textWidth(dots + ". " + number, regular, BODY) < width - 2 * MARGIN) {
                dots.append(". ");
            }
            line(List.of(new Run(dots + number, false)), MARGIN, BODY);
        }
        return this;
    }

    PdfFixtureBuilder newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = TOP;
        return this;
    }

    /** A level-1 heading at 16pt bold, bookmarked when the outline is on. */
    PdfFixtureBuilder heading1(String text) throws IOException {
        return heading(text, 16, true, true);
    }

    PdfFixtureBuilder heading2(String text) throws IOException {
        return heading(text, 12.5f, true, false);
    }

    PdfFixtureBuilder heading(String text, float size, boolean isBold, boolean bookmark) throws IOException {
        ensureRoom(size * 4);
        blockStart = -1;
        y += size * 0.8f;
        if (bookmark && outline != null) {
            PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
            destination.setPage(page);
            destination.setTop((int) (height - y + size));
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(text);
            item.setDestination(destination);
            outline.addLast(item);
        }
        line(List.of(new Run(text, isBold)), MARGIN, size);
        y += size * 0.4f;
        return this;
    }

    PdfFixtureBuilder paragraph(String text) throws IOException {
        return runs(MARGIN, List.of(new Run(text, false)));
    }

    /** "4.2" in the margin, the text at a hanging indent. */
    PdfFixtureBuilder numberedParagraph(String number, String text) throws IOException {
        return marked(number, text, 28);
    }

    /** A label in bold followed by the item text in the regular face: "Recommendation 1: ...". */
    PdfFixtureBuilder labelled(String label, String text) throws IOException {
        return runs(MARGIN, List.of(new Run(label, true), new Run(text, false)));
    }

    /** A whole paragraph in bold, as a call-out box would print. */
    PdfFixtureBuilder boldParagraph(String text) throws IOException {
        return runs(MARGIN + 12, List.of(new Run(text, true)));
    }

    PdfFixtureBuilder bullets(String... items) throws IOException {
        for (String item : items) {
            marked("\u2022", item, 16);
        }
        return this;
    }

    PdfFixtureBuilder numbered(String... items) throws IOException {
        for (int i = 0; i < items.length; i++) {
            marked((i + 1) + ".", items[i], 22);
        }
        return this;
    }

    /** One entry of a numbered list, numbered as given. */
    PdfFixtureBuilder numberedFrom(int number, String item) throws IOException {
        return marked(number + ".", item, 22);
    }

    /** One entry of a list marked with an en dash. */
    PdfFixtureBuilder dashed(String item) throws IOException {
        return marked("\u2013", item, 16);
    }

    /** A numbered list set wholly in bold, as some reports print their learning statements. */
    PdfFixtureBuilder numberedBold(String... items) throws IOException {
        for (int i = 0; i < items.length; i++) {
            ensureRoom(BODY * 1.4f);
            draw(MARGIN, y, List.of(new Run((i + 1) + ".", true)), BODY);
            runs(MARGIN + 22, List.of(new Run(items[i], true)));
        }
        return this;
    }

    /** Short filler lines until less than the given room is left on the page. */
    PdfFixtureBuilder fillPageLeaving(float room) throws IOException {
        int n = 1;
        while (y + BODY * 1.4f < height - BOTTOM - room) {
            line(List.of(new Run("Filler line " + n++ + " of the chronology.", false)), MARGIN, BODY);
        }
        y += BODY * 0.6f;
        return this;
    }

    /** Exact lines, for line-end effects such as hyphenation. */
    PdfFixtureBuilder lines(String... lines) throws IOException {
        for (String text : lines) {
            line(List.of(new Run(text, false)), MARGIN, BODY);
        }
        y += BODY * 0.6f;
        return this;
    }

    /** A table: bold header row, cells wrapped in their columns, widths as fractions of the text width. */
    PdfFixtureBuilder table(float[] widths, String[] header, String[]... rows) throws IOException {
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(List.of(rows));
        float textWidth = width - 2 * MARGIN;
        float size = BODY - 1;
        rowPages.clear();
        for (int r = 0; r < all.size(); r++) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < widths.length; c++) {
                List<String> wrapped = wrap(all.get(r)[c], widths[c] * textWidth - 10, r == 0 ? bold : regular, size);
                cells.add(wrapped);
                height = Math.max(height, wrapped.size());
            }
            ensureRoom(height * size * 1.4f);
            if (r > 0) {
                rowPages.add(currentPage());
            }
            float x = MARGIN;
            for (int c = 0; c < widths.length; c++) {
                for (int l = 0; l < cells.get(c).size(); l++) {
                    draw(x, y + l * size * 1.4f, List.of(new Run(cells.get(c).get(l), r == 0)), size);
                }
                x += widths[c] * textWidth;
            }
            y += height * size * 1.4f + size * 0.6f;
        }
        return this;
    }

    /** Two columns side by side on the current page; the left one is read first. */
    PdfFixtureBuilder twoColumns(String left, String right) throws IOException {
        float gutter = 24;
        float column = (width - 2 * MARGIN - gutter) / 2;
        List<String> leftLines = wrap(left, column, regular, BODY);
        List<String> rightLines = wrap(right, column, regular, BODY);
        for (int i = 0; i < leftLines.size(); i++) {
            draw(MARGIN, y + i * BODY * 1.4f, List.of(new Run(leftLines.get(i), false)), BODY);
        }
        for (int i = 0; i < rightLines.size(); i++) {
            draw(MARGIN + column + gutter, y + i * BODY * 1.4f, List.of(new Run(rightLines.get(i), false)), BODY);
        }
        y += Math.max(leftLines.size(), rightLines.size()) * BODY * 1.4f + BODY;
        return this;
    }

    /** A page holding only a picture: no text layer. */
    PdfFixtureBuilder imagePage() throws IOException {
        newPage();
        plainPages.add(page);
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        out.drawImage(LosslessFactory.createFromImage(doc, image), MARGIN, 400);
        return this;
    }

    Path save(Path file) throws IOException {
        finish();
        doc.save(file.toFile());
        doc.close();
        return file;
    }

    /** Saves with an owner password and, when given, a user password needed to open the file. */
    Path saveEncrypted(Path file, String ownerPassword, String userPassword) throws IOException {
        finish();
        AccessPermission permissions = new AccessPermission();
        permissions.setCanExtractContent(false);
        permissions.setCanModify(false);
        StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, permissions);
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
        doc.save(file.toFile());
        doc.close();
        return file;
    }

    private void finish() throws IOException {
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
                PDPageContentStream saved = out;
                out = furniture;
                if (headerLeft != null) {
                    draw(MARGIN, 40, List.of(new Run(headerLeft, false)), 8);
                    draw(width - MARGIN - textWidth(headerRight, bold, 8), 40, List.of(new Run(headerRight, true)), 8);
                }
                if (footer != null) {
                    String text = footer.replace("{page}", String.valueOf(i + 1)).replace("{pages}", String.valueOf(total));
                    draw((width - textWidth(text, regular, 8)) / 2, height - 40, List.of(new Run(text, false)), 8);
                }
                out = saved;
            }
        }
    }

    private PdfFixtureBuilder marked(String marker, String text, float indent) throws IOException {
        ensureRoom(BODY * 1.4f);
        draw(MARGIN, y, List.of(new Run(marker, false)), BODY);
        return runs(MARGIN + indent, List.of(new Run(text, false)));
    }

    /** Wraps styled runs from x to the right margin, flowing onto new pages. */
    private PdfFixtureBuilder runs(float x, List<Run> runs) throws IOException {
        blockStart = -1;
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
        return this;
    }

    private void line(List<Run> words, float x, float size) throws IOException {
        ensureRoom(size * 1.4f);
        if (blockStart < 0) {
            blockStart = currentPage();
        }
        draw(x, y, words, size);
        y += size * 1.4f;
    }

    private void draw(float x, float top, List<Run> words, float size) throws IOException {
        float cursor = x;
        for (int i = 0; i < words.size(); i++) {
            Run word = words.get(i);
            PDFont font = word.bold() ? bold : regular;
            String text = i + 1 < words.size() ? word.text() + " " : word.text();
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(cursor, height - top);
            out.showText(text);
            out.endText();
            cursor += textWidth(text, font, size);
        }
    }

    private void ensureRoom(float needed) throws IOException {
        if (page == null || y + needed > height - BOTTOM) {
            newPage();
        }
    }

    private List<String> wrap(String text, float max, PDFont font, float size) throws IOException {
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

    private static float textWidth(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }
}
