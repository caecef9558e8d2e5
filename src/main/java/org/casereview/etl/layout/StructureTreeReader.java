package org.casereview.etl.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.Revisions;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.text.TextPosition;
import org.casereview.etl.pdf.ObjectSpans;

/**
 * Typed blocks from a tagged PDF's structure tree: H1-H6 (and H) headings, P paragraphs, L/LI list items with
 * their Lbl marker and depth, Table/TR/TH/TD tables, Caption; TOC entries as furniture; Note (footnotes, endnotes)
 * as notes, out of the text that calls them. Custom types go through
 * the role map. Text is gathered from the marked content each element names (MCIDs on its page, or marked
 * content references), so each block carries the glyphs' page, position and style.
 */
final class StructureTreeReader {

    /** Blocks of a tagged file and, per page, how many of its non-furniture glyphs the tree reaches. */
    record Result(List<LayoutBlock> blocks, Map<Integer, Integer> reachedChars, Map<Integer, Integer> contentChars) {
    }

    private static final int MAX_ELEMENTS = 200_000;
    /** A marked-content reference's content stream when it is not its page's (a form XObject's). */
    private static final COSName STREAM = COSName.getPDFName("Stm");
    private static final int MAX_DEPTH = 64;
    private static final int MAX_PAGES = 2_000;
    /** The most words of a Figure's /Alt read as a line of the text (a label an icon stands for). */
    private static final int MAX_ALT_WORDS = 6;

    private final PDDocument document;
    private final int lastPage;
    private final Map<COSDictionary, Integer> pageNumbers = new HashMap<>();
    private final Map<Integer, MarkedContentText> pageText = new HashMap<>();
    private final Set<String> reached = new HashSet<>();
    private final Map<Integer, Integer> reachedChars = new HashMap<>();
    private final List<LayoutBlock> blocks = new ArrayList<>();
    private final Map<TextPosition, Integer> glyphPages = new IdentityHashMap<>();
    private final Map<Integer, List<PageLinks.Link>> pageLinks = new HashMap<>();
    private final Set<PDStructureElement> notes = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Notes read inside the element being read: they follow its block, as a note follows the text calling it. */
    private final List<LayoutBlock> pendingNotes = new ArrayList<>();
    /** The elements being read, outermost first: a tree that holds itself is read once round. */
    private final Set<COSDictionary> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private int elements;
    /** Kids are measured in the file before PDFBox parses them. */
    private final ObjectSpans spans;

    private StructureTreeReader(PDDocument document, int lastPage, ObjectSpans spans) {
        this.document = document;
        this.spans = spans;
        this.lastPage = Math.min(lastPage, MAX_PAGES);
        int n = 0;
        for (PDPage page : document.getPages()) {
            pageNumbers.put(page.getCOSObject(), ++n);
        }
    }

    /** Empty when the file has no structure tree. */
    static Result read(PDDocument document) throws IOException {
        return read(document, MAX_PAGES);
    }

    /** Only the glyphs of pages up to {@code lastPage} (1-based): a quick look at a document's first pages. */
    static Result read(PDDocument document, int lastPage) throws IOException {
        ObjectSpans spans = ObjectSpans.of(document);
        spans.checkStructure(document.getDocumentCatalog().getCOSObject().getItem(COSName.STRUCT_TREE_ROOT));
        PDStructureTreeRoot root = document.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return new Result(List.of(), Map.of(), Map.of());
        }
        StructureTreeReader reader = new StructureTreeReader(document, lastPage, spans);
        reader.walk(root, null, 0, 0);
        return new Result(List.copyOf(reader.blocks), reader.reachedChars, reader.contentChars());
    }

    private Map<Integer, Integer> contentChars() throws IOException {
        Map<Integer, Integer> chars = new HashMap<>();
        for (int p = 1; p <= Math.min(document.getNumberOfPages(), lastPage); p++) {
            chars.put(p, text(p).contentChars());
        }
        return chars;
    }

    private void walk(PDStructureNode node, PDPage inherited, int listDepth, int depth) throws IOException {
        List<TextPosition> loose = new ArrayList<>();
        spans.checkStructure(node.getCOSObject().getItem(COSName.K));
        for (Object kid : node.getKids()) {
            if (++elements > MAX_ELEMENTS || depth > MAX_DEPTH) {
                return;
            }
            if (kid instanceof PDStructureElement element) {
                flush(loose);
                element(element, pageOf(element, inherited), listDepth, depth);
            } else {
                loose.addAll(glyphs(kid, inherited));
            }
        }
        flush(loose);
    }

    private void element(PDStructureElement element, PDPage page, int listDepth, int depth) throws IOException {
        if (!open.add(element.getCOSObject())) {
            return; // an element inside itself (a list item naming its own list): a list item's pass counts depth anew
        }
        try {
            blockOf(element, page, listDepth, depth);
        } finally {
            open.remove(element.getCOSObject());
        }
        blocks.addAll(pendingNotes);
        pendingNotes.clear();
    }

    private void blockOf(PDStructureElement element, PDPage page, int listDepth, int depth) throws IOException {
        String type = StructureTypes.standard(element);
        switch (StructureTypes.categoryOf(type)) {
            case HEADING -> heading(element, page, StructureTypes.headingLevel(type));
            case PARAGRAPH -> add(BlockKind.PARAGRAPH, 0, "", collect(element, page));
            case CAPTION -> add(BlockKind.CAPTION, 0, "", collect(element, page));
            case FURNITURE -> add(BlockKind.FURNITURE, 0, "", collect(element, page));
            case NOTE -> note(element, page);
            case LIST_ITEM -> listItem(element, page, Math.max(1, listDepth));
            case TABLE -> table(element, page);
            case CONTAINER -> {
                if (!"Figure".equals(type) || !figure(element, page)) {
                    walk(element, page, "L".equals(type) ? listDepth + 1 : listDepth, depth + 1);
                }
            }
        }
    }

    /**
     * A Figure that prints no glyphs (an icon, a picture) and stands for words: its /ActualText, which replaces the
     * content, else an /Alt of a label's length ({@value #MAX_ALT_WORDS} words or fewer; a longer one describes a
     * picture, it is not a line of the text), read as a paragraph where the image is drawn, as a reader hears it.
     * False when it prints glyphs or stands for no words: it is then read as any group of elements.
     */
    private boolean figure(PDStructureElement figure, PDPage page) throws IOException {
        String actual = figure.getActualText() == null ? "" : figure.getActualText().replaceAll("\\s+", " ").strip();
        String alt = figure.getAlternateDescription() == null ? ""
                : figure.getAlternateDescription().replaceAll("\\s+", " ").strip();
        String words = !actual.isEmpty() ? actual : alt.split(" ").length <= MAX_ALT_WORDS ? alt : "";
        if (words.isEmpty() || !GlyphText.text(collect(figure, page)).isEmpty()) {
            return false;
        }
        return imageBlock(figure, page, BlockKind.PARAGRAPH, 0, words);
    }

    /** A block of {@code text} where the figure's first image is drawn; false when no image of it is found. */
    private boolean imageBlock(PDStructureElement figure, PDPage page, BlockKind kind, int level, String text)
            throws IOException {
        for (Object kid : figure.getKids()) {
            PDPage figurePage = pageOf(figure, page);
            Integer mcid = kid instanceof Integer id ? Integer.valueOf(id) : null;
            if (kid instanceof PDMarkedContentReference reference && reference.getCOSObject().getItem(STREAM) == null) {
                mcid = reference.getMCID(); // a reference to marked content of a page's own stream
                figurePage = reference.getPage() != null ? reference.getPage() : figurePage;
            }
            Integer number = figurePage == null ? null : pageNumbers.get(figurePage.getCOSObject());
            Optional<float[]> at = mcid != null && number != null && number <= lastPage
                    ? text(number).image(mcid) : Optional.empty();
            if (!text.isEmpty() && at.isPresent()) {
                blocks.add(LayoutBlock.of(kind, level, "", text, number,
                        new LayoutBlock.Style(at.get()[0], at.get()[1], 0, false)));
                return true;
            }
        }
        return false;
    }

    /**
     * A heading; one printed only as an image (a title drawn as a picture, as a web page's banner prints) has no
     * glyphs, and the words the image stands for are its text: the element's /ActualText, else its Figures' /Alt,
     * placed where the first image is drawn.
     */
    private void heading(PDStructureElement element, PDPage page, int level) throws IOException {
        List<TextPosition> glyphs = collect(element, page);
        if (!GlyphText.text(glyphs).isEmpty()) {
            add(BlockKind.HEADING, level, "", glyphs);
            return;
        }
        List<PDStructureElement> figures = new ArrayList<>();
        figures(element, figures, 0);
        String text = element.getActualText() != null ? element.getActualText() : String.join(" ", figures.stream()
                .map(PDStructureElement::getAlternateDescription).filter(a -> a != null && !a.isBlank()).toList());
        text = text.replaceAll("\\s+", " ").strip();
        for (PDStructureElement figure : figures) {
            if (imageBlock(figure, page, BlockKind.HEADING, level, text)) {
                return;
            }
        }
    }

    /** The Figure elements under an element, in tree order. */
    private void figures(PDStructureElement element, List<PDStructureElement> out, int depth) {
        for (Object kid : element.getKids()) {
            if (++elements > MAX_ELEMENTS || depth > MAX_DEPTH) {
                return;
            }
            if (kid instanceof PDStructureElement child) {
                if ("Figure".equals(StructureTypes.standard(child))) {
                    out.add(child);
                }
                figures(child, out, depth + 1);
            }
        }
    }

    private void listItem(PDStructureElement item, PDPage page, int depth) throws IOException {
        if (SectionItems.isSection(item)) {
            sectionItem(item, page, depth);
            return;
        }
        List<TextPosition> marker = new ArrayList<>();
        List<TextPosition> body = new ArrayList<>();
        for (Object kid : item.getKids()) {
            if (kid instanceof PDStructureElement child && "L".equals(StructureTypes.standard(child))) {
                flushItem(marker, body, depth);
                if (open.add(child.getCOSObject())) { // not the list the item stands in, named again
                    walk(child, pageOf(child, page), depth + 1, 1);
                    open.remove(child.getCOSObject());
                }
            } else if (kid instanceof PDStructureElement child && "Lbl".equals(StructureTypes.standard(child))) {
                marker.addAll(collect(child, pageOf(child, page)));
            } else if (kid instanceof PDStructureElement child) {
                body.addAll(collect(child, pageOf(child, page)));
            } else {
                body.addAll(glyphs(kid, page));
            }
        }
        flushItem(marker, body, depth);
    }

    /**
     * A list item that holds a section ({@link SectionItems}): its label (a date in a timeline's gutter, a number) is
     * furniture beside it, its body's blocks are read as the page's, its own lists one level up.
     */
    private void sectionItem(PDStructureElement item, PDPage page, int depth) throws IOException {
        for (Object kid : item.getKids()) {
            if (kid instanceof PDStructureElement child && "Lbl".equals(StructureTypes.standard(child))) {
                add(BlockKind.FURNITURE, 0, "", collect(child, pageOf(child, page)));
            } else if (kid instanceof PDStructureElement child) {
                sectionBlocks(child, pageOf(child, page), depth - 1, 0);
            } else {
                add(BlockKind.PARAGRAPH, 0, "", glyphs(kid, page));
            }
        }
    }

    /** The blocks of a section item's body, looking through the elements that only group blocks. */
    private void sectionBlocks(PDStructureElement element, PDPage page, int listDepth, int depth) throws IOException {
        String type = StructureTypes.standard(element);
        boolean group = "LBody".equals(type) || SectionItems.groupsBlocks(element);
        if (depth > MAX_DEPTH || !group || "L".equals(type) || "Table".equals(type)) {
            element(element, page, listDepth, depth);
            return;
        }
        List<TextPosition> loose = new ArrayList<>();
        for (Object kid : element.getKids()) {
            if (++elements > MAX_ELEMENTS) {
                return;
            }
            if (kid instanceof PDStructureElement child && SectionItems.isBlock(child)) {
                flush(loose);
                sectionBlocks(child, pageOf(child, page), listDepth, depth + 1);
            } else if (kid instanceof PDStructureElement child) {
                loose.addAll(collect(child, pageOf(child, page)));
            } else {
                loose.addAll(glyphs(kid, page));
            }
        }
        flush(loose);
    }

    private void flushItem(List<TextPosition> marker, List<TextPosition> body, int depth) {
        if (marker.isEmpty()) {
            // LibreOffice prints the bullet inside the item's body and tags no Lbl: it is the marker, not text
            List<TextPosition> bullet = body.subList(0, BulletGlyphs.leading(body));
            marker.addAll(bullet);
            bullet.clear();
        }
        if (!body.isEmpty() || !marker.isEmpty()) {
            List<TextPosition> all = new ArrayList<>(marker);
            all.addAll(body);
            blocks.add(LayoutBlock.of(BlockKind.LIST_ITEM, depth, GlyphText.text(marker), GlyphText.text(body),
                    pageOf(all), GlyphText.style(all)).withLink(link(body)));
        }
        marker.clear();
        body.clear();
    }

    private void table(PDStructureElement table, PDPage page) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> links = new ArrayList<>();
        List<Integer> rowPages = new ArrayList<>();
        List<TextPosition> all = new ArrayList<>();
        int[] headerRows = {0};
        List<float[]> cellLefts = new ArrayList<>();
        collectRows(table, page, false, new Cells(rows, links, rowPages, new TableSpans(), cellLefts), all, headerRows);
        if (rows.isEmpty()) {
            return;
        }
        ShortTableRows.placeByX(rows, links, cellLefts);
        String text = String.join(" ", rows.stream().map(r -> String.join(" ", r).replace('\n', ' ')).toList());
        LayoutBlock.Style style = GlyphText.style(all);
        blocks.add(new LayoutBlock(BlockKind.TABLE, 0, "", text, pageOf(all), style.x(), style.top(),
                style.fontSize(), style.bold(), rows, headerRows[0]).withCellLinks(links).withRowPages(rowPages));
    }

    /**
     * A table's cell texts row by row, the links over their lines in the same shape, the page of each row's first
     * glyph, and its merged cells.
     */
    private record Cells(List<List<String>> rows, List<List<String>> links, List<Integer> rowPages,
                         TableSpans spans, List<float[]> cellLefts) {
    }

    private void collectRows(PDStructureElement parent, PDPage page, boolean inHead, Cells table,
                             List<TextPosition> all, int[] headerRows) throws IOException {
        List<List<String>> rows = table.rows();
        for (Object kid : parent.getKids()) {
            if (!(kid instanceof PDStructureElement child)) {
                continue;
            }
            String type = StructureTypes.standard(child);
            PDPage childPage = pageOf(child, page);
            if ("TR".equals(type)) {
                boolean header = inHead;
                TableSpans spans = table.spans();
                spans.startRow();
                boolean allTh = true;
                boolean any = false;
                List<TextPosition> rowGlyphs = new ArrayList<>();
                List<Float> lefts = new ArrayList<>();
                for (Object cell : child.getKids()) {
                    if (cell instanceof PDStructureElement c) {
                        List<List<TextPosition>> lines = new ArrayList<>();
                        cellLines(c, pageOf(c, childPage), lines, 0);
                        lines.forEach(rowGlyphs::addAll);
                        List<List<TextPosition>> printed = lines.stream().filter(l -> !GlyphText.text(l).isEmpty())
                                .toList();
                        lefts.add(ShortTableRows.left(printed));
                        spans.add(String.join("\n", printed.stream().map(GlyphText::text).toList()),
                                String.join("\n", printed.stream().map(this::link).toList()), span(c, true),
                                span(c, false));
                        allTh &= "TH".equals(StructureTypes.standard(c));
                        any = true;
                    }
                }
                if ((header || allTh && any) && headerRows[0] == rows.size()) {
                    headerRows[0]++;
                }
                rows.add(spans.cells());
                table.cellLefts().add(ShortTableRows.lefts(lefts, rows.get(rows.size() - 1).size()));
                table.links().add(spans.links());
                table.rowPages().add(pageOf(rowGlyphs));
                all.addAll(rowGlyphs);
            } else {
                collectRows(child, childPage, inHead || "THead".equals(type), table, all, headerRows);
            }
        }
    }

    /** A cell's RowSpan (rows true) or ColSpan from its Table attributes; 1 when it has none. */
    private static int span(PDStructureElement cell, boolean rows) {
        Revisions<PDAttributeObject> attributes = cell.getAttributes();
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.getObject(i) instanceof PDTableAttributeObject table) {
                int span = rows ? table.getRowSpan() : table.getColSpan();
                if (span > 1) {
                    return span;
                }
            }
        }
        return 1;
    }

    /**
     * A cell's text, one line per paragraph, heading or list item in it (a list item's marker in front of its body),
     * so that a list in a cell stays a list.
     */
    private void cellLines(PDStructureElement element, PDPage page, List<List<TextPosition>> lines, int depth)
            throws IOException {
        List<TextPosition> line = new ArrayList<>();
        for (Object kid : element.getKids()) {
            if (++elements > MAX_ELEMENTS || depth > MAX_DEPTH) {
                break;
            }
            String type = kid instanceof PDStructureElement child ? StructureTypes.standard(child) : "";
            StructureTypes.Category category = StructureTypes.categoryOf(type);
            if (kid instanceof PDStructureElement child && category == StructureTypes.Category.CONTAINER
                    && ("L".equals(type) || "Div".equals(type) || "Sect".equals(type))) {
                addLine(lines, line);
                cellLines(child, pageOf(child, page), lines, depth + 1);
            } else if (kid instanceof PDStructureElement child && category != StructureTypes.Category.CONTAINER) {
                addLine(lines, line);
                addLine(lines, collect(child, pageOf(child, page)));
            } else if (kid instanceof PDStructureElement child) {
                List<TextPosition> inline = collect(child, pageOf(child, page));
                if ("Link".equals(type) && !line.isEmpty() && !inline.isEmpty()
                        && GlyphText.newLine(line.get(line.size() - 1), inline.get(0))) {
                    addLine(lines, line); // a link under the text, as a digest table's title cell has it
                }
                line.addAll(inline);
            } else {
                line.addAll(glyphs(kid, page));
            }
        }
        addLine(lines, line);
    }

    private static void addLine(List<List<TextPosition>> lines, List<TextPosition> line) {
        if (!line.isEmpty()) {
            lines.add(new ArrayList<>(line));
            line.clear();
        }
    }

    /**
     * Every glyph under an element, in tree order, but a note's: a footnote or endnote tagged where it is called (inside
     * the paragraph, list entry or cell) is printed apart and is no part of that text; it is read as a block of its own.
     */
    private List<TextPosition> collect(PDStructureElement element, PDPage page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        if (isNote(element)) {
            note(element, page);
        } else {
            collectInto(element, page, glyphs, 0);
        }
        return glyphs;
    }

    private static boolean isNote(PDStructureElement element) {
        return StructureTypes.categoryOf(StructureTypes.standard(element)) == StructureTypes.Category.NOTE;
    }

    /** A note's block, once however many texts hold it, after the block of the element being read. */
    private void note(PDStructureElement note, PDPage page) throws IOException {
        if (notes.add(note)) {
            List<TextPosition> glyphs = new ArrayList<>();
            collectInto(note, page, glyphs, 0);
            String text = GlyphText.text(glyphs);
            if (!text.isEmpty()) {
                pendingNotes.add(LayoutBlock.of(BlockKind.NOTE, 0, "", text, pageOf(glyphs), GlyphText.style(glyphs)));
            }
        }
    }

    private void collectInto(PDStructureElement element, PDPage page, List<TextPosition> out, int depth)
            throws IOException {
        for (Object kid : element.getKids()) {
            if (++elements > MAX_ELEMENTS || depth > MAX_DEPTH) {
                return;
            }
            if (kid instanceof PDStructureElement child && isNote(child)) {
                note(child, pageOf(child, page));
            } else if (kid instanceof PDStructureElement child && open.add(child.getCOSObject())) {
                // an element already open is not read again inside itself: a kid naming its own parent once made
                // each paragraph read the tree round and round, 200,000 elements' text in one block
                try {
                    collectInto(child, pageOf(child, page), out, depth + 1);
                } finally {
                    open.remove(child.getCOSObject());
                }
            } else if (!(kid instanceof PDStructureElement)) {
                out.addAll(glyphs(kid, page));
            }
        }
    }

    private List<TextPosition> glyphs(Object kid, PDPage page) throws IOException {
        int mcid;
        PDPage target = page;
        COSStream form = null;
        if (kid instanceof Integer id) {
            mcid = id;
        } else if (kid instanceof PDMarkedContentReference reference) {
            mcid = reference.getMCID();
            target = reference.getPage() != null ? reference.getPage() : page;
            form = reference.getCOSObject().getCOSStream(STREAM);
        } else {
            return List.of();
        }
        Integer number = target == null ? null : pageNumbers.get(target.getCOSObject());
        if (number == null || number > lastPage) {
            return List.of();
        }
        List<TextPosition> glyphs = text(number).glyphs(form, mcid);
        for (TextPosition glyph : glyphs) {
            glyphPages.put(glyph, number);
        }
        if (reached.add(number + ":" + (form == null ? "" : System.identityHashCode(form) + ":") + mcid)) {
            int visible = (int) glyphs.stream().filter(MarkedContentText::isVisible).count();
            reachedChars.merge(number, visible, Integer::sum);
        }
        return glyphs;
    }

    private MarkedContentText text(int pageNumber) throws IOException {
        MarkedContentText text = pageText.get(pageNumber);
        if (text == null) {
            text = MarkedContentText.of(document, document.getPage(pageNumber - 1));
            pageText.put(pageNumber, text);
        }
        return text;
    }

    private void flush(List<TextPosition> loose) {
        if (!loose.isEmpty()) {
            add(BlockKind.PARAGRAPH, 0, "", new ArrayList<>(loose));
            loose.clear();
        }
    }

    private void add(BlockKind kind, int level, String marker, List<TextPosition> glyphs) {
        String text = kind == BlockKind.PARAGRAPH ? GlyphText.keepingQuotedLines(glyphs) : GlyphText.text(glyphs);
        if (!text.isEmpty()) {
            blocks.add(LayoutBlock.of(kind, level, marker, text, pageOf(glyphs), GlyphText.style(glyphs))
                    .withLink(link(glyphs)));
        }
    }

    /** The web link whose annotation lies over the glyphs, read from their page's annotations. */
    private String link(List<TextPosition> glyphs) {
        int page = pageOf(glyphs);
        if (page < 1 || page > document.getNumberOfPages()) {
            return "";
        }
        List<PageLinks.Link> links = pageLinks.computeIfAbsent(page, p -> PageLinks.of(document.getPage(p - 1)));
        return PageLinks.over(glyphs, links);
    }

    private int pageOf(List<TextPosition> glyphs) {
        return glyphs.isEmpty() ? 0 : glyphPages.getOrDefault(glyphs.get(0), 0);
    }

    private static PDPage pageOf(PDStructureElement element, PDPage inherited) {
        PDPage own = element.getPage();
        return own != null ? own : inherited;
    }
}
