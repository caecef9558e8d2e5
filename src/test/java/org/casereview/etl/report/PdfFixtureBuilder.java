package org.casereview.etl.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.casereview.etl.report.FixtureCanvas.Run;

/**
 * Writes report-like PDFs for tests: a cover, running header and footer ("Page N of M"), a
 * contents page with dotted leaders, styled and numbered headings (optionally bookmarked),
 * paragraphs that flow over pages, lists, labelled items, tables and two-column text.
 */
final class PdfFixtureBuilder {

    static final float BODY = FixtureCanvas.BODY;
    private static final float MARGIN = FixtureCanvas.MARGIN;

    private final FixtureCanvas canvas = new FixtureCanvas();
    private final List<Integer> rowPages = new ArrayList<>();
    private PDDocumentOutline outline;
    private String headerLeft;
    private String headerRight;
    private String footer;
    private float furnitureSize = 8;
    private float listLeading = 1.4f;

    /** 1-based number of the page being written. */
    int currentPage() {
        return canvas.currentPage();
    }

    /** Page where the last paragraph, list entry or heading began. */
    int lastBlockPage() {
        return canvas.lastBlockPage();
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

    /** Header and footer in this size (8pt unless set). */
    PdfFixtureBuilder furnitureSize(float size) {
        this.furnitureSize = size;
        return this;
    }

    /** Line spacing inside list entries, as a multiple of the font size (1.4 like paragraphs unless set). */
    PdfFixtureBuilder listLeading(float leading) {
        this.listLeading = leading;
        return this;
    }

    PdfFixtureBuilder withOutline() {
        outline = new PDDocumentOutline();
        canvas.doc.getDocumentCatalog().setDocumentOutline(outline);
        return this;
    }

    PdfFixtureBuilder info(String title, String author, int year) {
        PDDocumentInformation info = canvas.doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreationDate(new GregorianCalendar(year, Calendar.MARCH, 1));
        return this;
    }

    /** A page without header and footer, lines given as text and size (bold above 14pt). */
    PdfFixtureBuilder cover(Object... textAndSize) throws IOException {
        canvas.newPage();
        canvas.plain();
        canvas.y = 160;
        for (int i = 0; i < textAndSize.length; i += 2) {
            float size = ((Number) textAndSize[i + 1]).floatValue();
            canvas.draw(MARGIN, canvas.y, List.of(new Run((String) textAndSize[i], size > 14)), size);
            canvas.y += size * 2.2f;
        }
        return this;
    }

    PdfFixtureBuilder contents(Object... titleAndPage) throws IOException {
        canvas.newPage();
        heading("Contents", 16, true, false);
        for (int i = 0; i < titleAndPage.length; i += 2) {
            String title = (String) titleAndPage[i];
            String number = String.valueOf(titleAndPage[i + 1]);
            StringBuilder dots = new StringBuilder(title).append(' ');
            while (FixtureCanvas.textWidth(dots + ". " + number, canvas.regular, BODY) < canvas.width - 2 * MARGIN) {
                dots.append(". ");
            }
            canvas.line(List.of(new Run(dots + number, false)), MARGIN, BODY);
        }
        return this;
    }

    PdfFixtureBuilder newPage() throws IOException {
        canvas.newPage();
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
        canvas.ensureRoom(size * 4);
        canvas.startBlock();
        canvas.y += size * 0.8f;
        if (bookmark && outline != null) {
            PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
            destination.setPage(canvas.page());
            destination.setTop((int) (canvas.height - canvas.y + size));
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(text);
            item.setDestination(destination);
            outline.addLast(item);
        }
        canvas.line(List.of(new Run(text, isBold)), MARGIN, size);
        canvas.y += size * 0.4f;
        return this;
    }

    /** A bold heading wrapped over several lines (a narrow column), bookmarked whole when the outline is on. */
    PdfFixtureBuilder wrappedHeading(float size, String... lines) throws IOException {
        canvas.ensureRoom(size * (lines.length + 3));
        canvas.startBlock();
        canvas.y += size * 0.8f;
        if (outline != null) {
            PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
            destination.setPage(canvas.page());
            destination.setTop((int) (canvas.height - canvas.y + size));
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(String.join(" ", lines));
            item.setDestination(destination);
            outline.addLast(item);
        }
        canvas.leading = 1.15f;
        for (String line : lines) {
            canvas.line(List.of(new Run(line, true)), MARGIN, size);
        }
        canvas.leading = 1.4f;
        canvas.y += size * 0.4f;
        return this;
    }

    /** Numbered notes in a smaller type, as a note block after a section's last list prints them. */
    PdfFixtureBuilder notes(float size, String... notes) throws IOException {
        canvas.y += BODY;
        for (int i = 0; i < notes.length; i++) {
            canvas.ensureRoom(size * 2);
            canvas.line(List.of(new Run((i + 1) + ". " + notes[i], false)), MARGIN, size);
            canvas.y += size * 0.6f;
        }
        return this;
    }

    /** A heading in the body's size and weight, set apart only by its colour. */
    PdfFixtureBuilder colouredHeading(String text) throws IOException {
        canvas.colour = new float[] {0.2f, 0.25f, 0.6f};
        heading(text, BODY, false, false);
        canvas.colour = null;
        return this;
    }

    /** A paragraph in the regular font drawn filled and stroked: bold to the eye, not by its font. */
    PdfFixtureBuilder fakeBoldParagraph(String text) throws IOException {
        canvas.fakeBold = true;
        canvas.runs(MARGIN + 12, List.of(new Run(text, false)));
        canvas.fakeBold = false;
        return this;
    }

    PdfFixtureBuilder paragraph(String text) throws IOException {
        canvas.runs(MARGIN, List.of(new Run(text, false)));
        return this;
    }

    /** A paragraph set right of the margin, as text beside a picture icon. */
    PdfFixtureBuilder indentedParagraph(float indent, String text) throws IOException {
        canvas.runs(MARGIN + indent, List.of(new Run(text, false)));
        return this;
    }

    /** "4.2" in the margin, the text at a hanging indent. */
    PdfFixtureBuilder numberedParagraph(String number, String text) throws IOException {
        return marked(number, text, 28);
    }

    /** A label in bold followed by the item text in the regular face: "Recommendation 1: ...". */
    PdfFixtureBuilder labelled(String label, String text) throws IOException {
        canvas.runs(MARGIN, List.of(new Run(label, true), new Run(text, false)));
        return this;
    }

    /**
     * A description list's entry as LaTeX sets it: the bold term at the margin, its text run in after it on
     * the same line, further lines at a hanging indent, no space between entries.
     */
    PdfFixtureBuilder describedTerm(String term, String text) throws IOException {
        canvas.startBlock();
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        List<Run> first = new ArrayList<>(List.of(new Run(term, true)));
        float room = canvas.width - 2 * MARGIN - FixtureCanvas.textWidth(term + " ", canvas.bold, BODY);
        while (!words.isEmpty() && FixtureCanvas.textWidth(words.get(0) + " ", canvas.regular, BODY) < room) {
            room -= FixtureCanvas.textWidth(words.get(0) + " ", canvas.regular, BODY);
            first.add(new Run(words.remove(0), false));
        }
        canvas.line(first, MARGIN, BODY);
        if (!words.isEmpty()) {
            for (String line : canvas.wrap(String.join(" ", words), canvas.width - 2 * MARGIN - 28, canvas.regular, BODY)) {
                canvas.line(List.of(new Run(line, false)), MARGIN + 28, BODY);
            }
        }
        return this;
    }

    /** Lines exactly as given, each of styled runs, at the margin and without paragraph spacing. */
    PdfFixtureBuilder styledLines(List<List<Run>> lines) throws IOException {
        canvas.startBlock();
        for (List<Run> line : lines) {
            canvas.line(line, MARGIN, BODY);
        }
        canvas.y += BODY * 0.6f;
        return this;
    }

    /** A whole paragraph in bold, as a call-out box would print. */
    PdfFixtureBuilder boldParagraph(String text) throws IOException {
        canvas.runs(MARGIN + 12, List.of(new Run(text, true)));
        return this;
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
            canvas.ensureRoom(BODY * 1.4f);
            canvas.draw(MARGIN, canvas.y, List.of(new Run((i + 1) + ".", true)), BODY);
            canvas.runs(MARGIN + 22, List.of(new Run(items[i], true)));
        }
        return this;
    }

    /** A bold label at the margin, its text after a tab at a hanging indent: Word's 'Rec 1' + tab + text. */
    PdfFixtureBuilder labelBeforeTab(String label, String text, float indent) throws IOException {
        canvas.ensureRoom(BODY * 1.4f);
        canvas.draw(MARGIN, canvas.y, List.of(new Run(label, true)), BODY);
        canvas.runs(MARGIN + indent, List.of(new Run(text, false)));
        return this;
    }

    /** Short filler lines until less than the given room is left on the page. */
    PdfFixtureBuilder fillPageLeaving(float room) throws IOException {
        int n = 1;
        while (canvas.hasRoom(BODY * 1.4f + room)) {
            canvas.line(List.of(new Run("Filler line " + n++ + " of the chronology.", false)), MARGIN, BODY);
        }
        canvas.y += BODY * 0.6f;
        return this;
    }

    /** Exact lines, for line-end effects such as hyphenation; a tab leaves a wide gap. */
    PdfFixtureBuilder lines(String... lines) throws IOException {
        for (String text : lines) {
            String[] parts = text.split("\t");
            canvas.line(List.of(new Run(parts[0], false)), MARGIN, BODY);
            float x = MARGIN + FixtureCanvas.textWidth(parts[0], canvas.regular, BODY);
            for (int p = 1; p < parts.length; p++) {
                x += 4 * BODY;
                canvas.draw(x, canvas.y - BODY * canvas.leading, List.of(new Run(parts[p], false)), BODY);
                x += FixtureCanvas.textWidth(parts[p], canvas.regular, BODY);
            }
        }
        canvas.y += BODY * 0.6f;
        return this;
    }

    /** A table: bold header row, cells wrapped in their columns, widths as fractions of the text width. */
    PdfFixtureBuilder table(float[] widths, String[] header, String[]... rows) throws IOException {
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(List.of(rows));
        float textWidth = canvas.width - 2 * MARGIN;
        float size = BODY - 1;
        rowPages.clear();
        for (int r = 0; r < all.size(); r++) {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < widths.length; c++) {
                List<String> wrapped = canvas.wrap(all.get(r)[c], widths[c] * textWidth - 10,
                        r == 0 ? canvas.bold : canvas.regular, size);
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            canvas.ensureRoom(lines * size * 1.4f);
            if (r > 0) {
                rowPages.add(canvas.currentPage());
            }
            float x = MARGIN;
            for (int c = 0; c < widths.length; c++) {
                for (int l = 0; l < cells.get(c).size(); l++) {
                    canvas.draw(x, canvas.y + l * size * 1.4f, List.of(new Run(cells.get(c).get(l), r == 0)), size);
                }
                x += widths[c] * textWidth;
            }
            canvas.y += lines * size * 1.4f + size * 0.6f;
        }
        return this;
    }

    /** Two columns side by side on the current page; the left one is read first. */
    PdfFixtureBuilder twoColumns(String left, String right) throws IOException {
        float gutter = 24;
        float column = (canvas.width - 2 * MARGIN - gutter) / 2;
        List<String> leftLines = canvas.wrap(left, column, canvas.regular, BODY);
        List<String> rightLines = canvas.wrap(right, column, canvas.regular, BODY);
        for (int i = 0; i < leftLines.size(); i++) {
            canvas.draw(MARGIN, canvas.y + i * BODY * 1.4f, List.of(new Run(leftLines.get(i), false)), BODY);
        }
        for (int i = 0; i < rightLines.size(); i++) {
            canvas.draw(MARGIN + column + gutter, canvas.y + i * BODY * 1.4f,
                    List.of(new Run(rightLines.get(i), false)), BODY);
        }
        canvas.y += Math.max(leftLines.size(), rightLines.size()) * BODY * 1.4f + BODY;
        return this;
    }

    /** A page holding only a picture: no text layer. */
    PdfFixtureBuilder imagePage() throws IOException {
        canvas.newPage();
        canvas.plain();
        canvas.drawBlankImage();
        return this;
    }

    Path save(Path file) throws IOException {
        canvas.finish(headerLeft, headerRight, footer, furnitureSize);
        return canvas.save(file);
    }

    /** Saves with an owner password and, when given, a user password needed to open the file. */
    Path saveEncrypted(Path file, String ownerPassword, String userPassword) throws IOException {
        canvas.finish(headerLeft, headerRight, footer, furnitureSize);
        return canvas.saveEncrypted(file, ownerPassword, userPassword);
    }

    private PdfFixtureBuilder marked(String marker, String text, float indent) throws IOException {
        canvas.ensureRoom(BODY * 1.4f);
        canvas.draw(MARGIN, canvas.y, List.of(new Run(marker, false)), BODY);
        canvas.leading = listLeading;
        canvas.runs(MARGIN + indent, List.of(new Run(text, false)));
        canvas.leading = 1.4f;
        return this;
    }
}
