package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereview.etl.guard.PageGlyphBudget;
import org.casereview.etl.layout.BlockKind;
import org.casereview.etl.layout.BoxReader;
import org.casereview.etl.layout.GlyphCounter;
import org.casereview.etl.layout.Evidence;
import org.casereview.etl.layout.LayoutBlock;
import org.casereview.etl.layout.LayoutDocument;
import org.casereview.etl.layout.LayoutReader;
import org.casereview.etl.layout.OutlineReader;
import org.casereview.etl.layout.PageLayout;
import org.casereview.etl.layout.UntaggedTableReader;

/**
 * A PDF digest read through the layout model, as the light markdown the entry grammar reads for every format:
 * headings as {@code #} lines with their level, list items as {@code - } lines, paragraphs apart, a digest table's
 * rows as entries ({@link DigestTable}); furniture (artifacts, running heads and feet, printed link URLs, see
 * {@link DigestFurniture}) is left out. Only for a tagged file whose structure tree covers the text of every page:
 * otherwise the caller reads the text layer (the grammar then finds the shape from the lines).
 */
public final class LayoutDigestText {

    /** Share of a page's text the tree must reach, as {@code LayoutReader} requires for its own choice. */
    private static final double MIN_COVERAGE = 0.9;
    private static final int MAX_TITLE_LINES = 4;
    /** A section number printed before a heading ('2 ', '1.2 ', '3.1.4. '), which its bookmark's title leaves out. */
    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3})*\\.?\\s+(?=\\S)");
    /** A first line of this many words or fewer over a line starting a sentence is a label, not wrapped text. */
    private static final int LABEL_WORDS = 3;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][\"'\u2019\u201d)]*$");
    private static final DigestGrammar GRAMMAR = DigestGrammar.standard();

    private LayoutDigestText() {
    }

    /**
     * The first {@code pages} pages of a PDF (all with {@link Integer#MAX_VALUE}) when tags cover them, else when
     * they hold a table laid out as a digest ({@link #readTable}), else when their text sits in drawn boxes that the
     * content stream does not read in order ({@link #readBoxes}); empty otherwise.
     */
    public static Optional<String> read(PDDocument document, int pages) {
        return readTagged(document, pages).or(() -> readTable(document, pages)).or(() -> readBoxes(document, pages));
    }

    /** The first {@code pages} pages of a tagged PDF; empty when not covered by tags. */
    public static Optional<String> readTagged(PDDocument document, int pages) {
        return of(LayoutReader.read(document, pages));
    }

    /**
     * An untagged PDF laid out as a table, one row per review, read from its layout ({@link UntaggedTableReader}):
     * a line whose cells name labelled sections ({@link DigestTable#isHeader}) heads the table, or one of two column
     * names over rows that are the reviews' fields ({@link FieldSheet}: the gridlines part the rows, whatever order the
     * cells were written in); a table that goes on over pages is one. Empty when no page has such a table.
     */
    public static Optional<String> readTable(PDDocument document, int pages) {
        List<LayoutBlock> blocks = tables(document, pages, cells -> DigestTable.isHeader(cells) || FieldSheet.isHeader(cells));
        if (blocks.stream().anyMatch(LayoutDigestText::isUnreadFieldSheet)) {
            blocks = tables(document, pages, DigestTable::isHeader); // two column names over rows of something else
        }
        if (blocks.stream().noneMatch(b -> b.kind() == BlockKind.TABLE && b.rows().size() > b.headerRows())) {
            return Optional.empty();
        }
        return Optional.of(markdown(blocks));
    }

    private static List<LayoutBlock> tables(PDDocument document, int pages, Predicate<List<String>> header) {
        return joinedTables(UntaggedTableReader.read(document, pages, header, pageBudget()).blocks(Evidence.LAYOUT));
    }

    /** A table under two column names ({@link FieldSheet}) whose rows are no reviews' fields. */
    private static boolean isUnreadFieldSheet(LayoutBlock block) {
        return block.kind() == BlockKind.TABLE && block.headerRows() > 0 && block.rows().size() >= block.headerRows()
                && FieldSheet.isHeader(block.rows().get(block.headerRows() - 1))
                && DigestTable.entries(block.rows(), block.headerRows()).isEmpty();
    }

    /**
     * An untagged PDF whose pages hold their text in drawn boxes (cards, panels) written out of reading order, read
     * box by box ({@link BoxReader}). Empty when no page is laid out so.
     */
    public static Optional<String> readBoxes(PDDocument document, int pages) {
        return BoxReader.read(document, pages, pageBudget(), DigestTable::isSectionLabel).map(layout -> markdown(layout.blocks(Evidence.LAYOUT)));
    }

    /** Each page read stops past the page character limit, as the text layer's reading does. */
    private static GlyphCounter pageBudget() {
        PageGlyphBudget budget = new PageGlyphBudget();
        return new GlyphCounter() {
            @Override
            public void startPage() {
                budget.reset();
            }

            @Override
            public void glyph() {
                budget.count();
            }
        };
    }

    public static Optional<String> of(LayoutDocument layout) {
        if (!layout.tagged() || !covered(layout)) {
            return Optional.empty();
        }
        List<LayoutBlock> blocks = LabelsOverPageBreaks.keptOverTheirText(layout.blocks(Evidence.TAGS), layout.treeOrder());
        return Optional.of(markdown(Overlays.asFurniture(SideColumns.atTheirHeight(blocks))));
    }

    /** A table and the next one, furniture between them aside, as one table (a table over a page break). */
    private static List<LayoutBlock> joinedTables(List<LayoutBlock> blocks) {
        List<LayoutBlock> out = new ArrayList<>();
        int lastTable = -1;
        for (LayoutBlock read : blocks) {
            LayoutBlock block = withCellLinks(read); // before joining: a row joined over a page break has no line shape
            if (block.kind() == BlockKind.TABLE && lastTable >= 0 && onlyFurnitureAfter(out, lastTable)) {
                LayoutBlock table = out.get(lastTable);
                out.set(lastTable, new LayoutBlock(BlockKind.TABLE, 0, "", table.text() + " " + block.text(),
                        table.page(), table.x(), table.top(), table.fontSize(), table.bold(),
                        DigestTable.joined(table.rows(), block.rows(), table.headerRows()), table.headerRows()));
                continue;
            }
            out.add(block);
            if (block.kind() == BlockKind.TABLE) {
                lastTable = out.size() - 1;
            }
        }
        return out;
    }

    /**
     * Nothing but furniture after block {@code at}: running lines, or a line of page furniture the grammar drops ('Continued
     * on the next page' under a table's part, 'Page 1 of 2').
     */
    private static boolean onlyFurnitureAfter(List<LayoutBlock> blocks, int at) {
        return blocks.subList(at + 1, blocks.size()).stream().allMatch(b -> b.kind() == BlockKind.FURNITURE
                || b.kind() != BlockKind.TABLE && GRAMMAR.pageFurniture.matcher(b.text().strip()).matches());
    }

    /**
     * A tagged footnote or endnote ({@link BlockKind#NOTE}) is words about the text printed apart from it (a page's
     * foot, the end), no part of an entry: left out, as a report leaves it out of its sections.
     */
    private static String markdown(List<LayoutBlock> blocks) {
        DigestFurniture furniture = DigestFurniture.of(blocks);
        StringBuilder out = new StringBuilder();
        boolean inList = false;
        for (int i = 0; i < blocks.size(); i++) {
            LayoutBlock block = blocks.get(i);
            if (block.kind() == BlockKind.FURNITURE || furniture.isFurniture(block) || isIndex(block, blocks, i)
                    || block.kind() == BlockKind.NOTE) {
                continue;
            }
            if (inList && block.kind() != BlockKind.LIST_ITEM) {
                out.append('\n');
            }
            inList = block.kind() == BlockKind.LIST_ITEM;
            switch (block.kind()) {
                case HEADING -> out.append("#".repeat(Math.max(1, Math.min(6, block.level())))).append(' ')
                        .append(linked(block)).append("\n\n");
                case LIST_ITEM -> out.append("- ").append(linked(block)).append('\n');
                case TABLE -> out.append(DigestTable.text(withCellLinks(block))).append("\n\n");
                case LABEL -> out.append(asLabel(block.text())).append("\n\n");
                default -> out.append(linked(block)).append("\n\n");
            }
        }
        return out.toString().strip();
    }

    /** A table listing the reviews whose headings follow it ({@link IndexTables}), not one laid out as a digest. */
    private static boolean isIndex(LayoutBlock block, List<LayoutBlock> blocks, int at) {
        return block.kind() == BlockKind.TABLE && DigestTable.entries(block.rows(), block.headerRows()).isEmpty()
                && IndexTables.isIndex(block, blocks.subList(at + 1, blocks.size()));
    }

    /** A label cell as a label line the grammar reads: "Summary" becomes "Summary:". */
    private static String asLabel(String text) {
        return text.endsWith(":") ? text : text + ":";
    }

    /** A block under a web link as a markdown link ("[Read the review (PDF)](https://...)"), else its text. */
    private static String linked(LayoutBlock block) {
        return linked(block.text(), block.link());
    }

    private static String linked(String text, String uri) {
        if (uri.isEmpty() || text.contains("](")) {
            return text;
        }
        return "[" + text.replace("[", "(").replace("]", ")") + "](" + uri.replace(" ", "%20").replace(")", "%29") + ")";
    }

    /** A table whose cells' lines under a web link are markdown links, so an entry read from a row keeps its link. */
    private static LayoutBlock withCellLinks(LayoutBlock table) {
        if (table.kind() != BlockKind.TABLE || table.cellLinks().size() != table.rows().size()) {
            return table;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> cells = new ArrayList<>(table.rows().get(r));
            List<String> links = table.cellLinks().get(r);
            for (int c = 0; c < Math.min(cells.size(), links.size()); c++) {
                String[] lines = cells.get(c).split("\n", -1);
                String[] uris = links.get(c).split("\n", -1);
                for (int i = 0; i < Math.min(lines.length, uris.length); i++) {
                    lines[i] = linked(lines[i], uris[i]);
                }
                cells.set(c, String.join("\n", lines));
            }
            rows.add(cells);
        }
        return new LayoutBlock(table.kind(), table.level(), table.marker(), table.text(), table.page(), table.x(),
                table.top(), table.fontSize(), table.bold(), rows, table.headerRows(), table.link());
    }

    /**
     * The text layer's lines with the outline's titles marked as headings: a bookmark's title printed over one to
     * {@value #MAX_TITLE_LINES} lines becomes a {@code #} line of its level, set apart from the text around it, so a
     * wrapped title does not run into the summary under it. Titles are looked for in order, each after the last.
     */
    public static String withOutlineHeadings(String text, List<OutlineReader.Entry> outline) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int from = 0;
        for (OutlineReader.Entry entry : outline) {
            String title = oneLine(entry.title());
            for (int i = from; i < lines.size() && !title.isEmpty(); i++) {
                int end = titleEnd(lines, i, title);
                if (end > i) {
                    List<String> heading = List.of("", "#".repeat(Math.min(6, entry.level())) + " " + title, "");
                    lines.subList(i, end).clear();
                    lines.addAll(i, heading);
                    from = i + heading.size();
                    joinFirstBodyLine(lines, from);
                    break;
                }
            }
        }
        return String.join("\n", lines);
    }

    /**
     * The first line under a heading is body text, not another heading: when it stops short of a sentence's end
     * ("... groomed online by adults in" over "2024. Two of ..."), the next line goes on it.
     */
    private static void joinFirstBodyLine(List<String> lines, int from) {
        int first = from;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first + 1 >= lines.size() || lines.get(first + 1).isBlank()) {
            return;
        }
        String line = lines.get(first).strip();
        String next = lines.get(first + 1).strip();
        if (line.split("\\s+").length <= LABEL_WORDS && Character.isUpperCase(next.codePointAt(0))) {
            return; // a label on a line of its own ('Summary', a label column's), over the text it names
        }
        if (!SENTENCE_END.matcher(line).find() && !next.startsWith("#") && !UnitShapes.BULLET.matcher(next).find()
                && !line.startsWith("#") && !UnitShapes.BULLET.matcher(line).find()) {
            lines.set(first, line + " " + next);
            lines.remove(first + 1);
        }
    }

    /**
     * The index after the last of the lines from {@code start} that print {@code title}, or -1; the first may print
     * the heading's section number before it.
     */
    private static int titleEnd(List<String> lines, int start, String title) {
        StringBuilder joined = new StringBuilder();
        for (int j = start; j < Math.min(lines.size(), start + MAX_TITLE_LINES); j++) {
            String line = oneLine(lines.get(j));
            if (line.isEmpty()) {
                return -1;
            }
            if (j == start && !title.startsWith(line)) {
                line = SECTION_NUMBER.matcher(line).replaceFirst(""); // the bookmark leaves out the printed number
            }
            joined.append(joined.isEmpty() ? "" : " ").append(line);
            if (joined.toString().equals(title)) {
                return j + 1;
            }
            if (!title.startsWith(joined.toString())) {
                return -1;
            }
        }
        return -1;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /**
     * Every page is covered, a page without any text (blank, or an image) aside: the first must be covered. A page
     * whose tags reach its text but were not believed (the tree has blocks on it, the page is not read from them:
     * every line a heading, see {@code LayoutReader}) is not: the text layer reads the file.
     */
    private static boolean covered(LayoutDocument layout) {
        for (PageLayout page : layout.pages()) {
            boolean blank = page.coverage() == 0 && page.blocks().isEmpty() && page.page() > 1;
            boolean doubted = page.evidence() != Evidence.TAGS
                    && layout.treeOrder().stream().anyMatch(b -> b.page() == page.page());
            if (page.coverage() < MIN_COVERAGE && !blank || doubted) {
                return false;
            }
        }
        return !layout.pages().isEmpty();
    }
}
