package org.casereview.etl.layout;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.TextPosition;
import org.casereview.etl.pdf.PathOperators;
import org.casereview.etl.pdf.SizeOnPage;
import org.casereview.etl.pdf.UnseenGlyphs;
import org.casereview.etl.pdf.VisibleTextStripper;

/**
 * The visible glyphs (overprinted duplicates removed; none a viewer does not show as text: {@link UnseenGlyphs}), the drawn rulings, filled boxes and dots (list markers painted
 * as paths), and the link annotations of each of a PDF's first pages.
 */
final class PageGlyphs extends VisibleTextStripper {

    /** One page: 1-based number, width and height in points, glyphs in content order, rulings, boxes, links, dots. */
    record Page(int number, float width, float height, List<TextPosition> glyphs, List<Ruling> rulings,
                List<DrawnBox> boxes, List<PageLinks.Link> links, List<DrawnDot> dots) {
    }

    private final DrawnRulings drawn = new DrawnRulings(this);
    private final PageDots dots = new PageDots(this);
    private final GlyphCounter counter;
    private final List<Page> pages = new ArrayList<>();

    private PageGlyphs(GlyphCounter counter) throws IOException {
        this.counter = counter;
        setSortByPosition(false);
        PathOperators.combined(this, unseen.shown(drawn.operators()), unseen.shown(dots.operators()),
                unseen.operators()).forEach(this::addOperator);
        UnseenGlyphs.fillColourOperators(this).forEach(this::addOperator);
    }

    /** The counter may stop the reading with a runtime exception (a page past the character limit, a deadline). */
    static List<Page> read(PDDocument document, int lastPage, GlyphCounter counter) throws IOException {
        PageGlyphs reader = new PageGlyphs(counter);
        reader.setEndPage(lastPage);
        reader.writeText(document, Writer.nullWriter());
        return reader.pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        drawn.startPage(page);
        dots.startPage(page);
        counter.startPage();
        unseen.startPage(document);
        super.startPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        counter.glyph();
        if (!unseen.leavesOut(text)) {
            super.processTextPosition(SizeOnPage.of(text, this));
        }
    }

    @Override
    protected void writePage() {
        unseen.dropCovered(charactersByArticle);
        List<TextPosition> glyphs = new ArrayList<>();
        for (List<TextPosition> article : charactersByArticle) {
            article.stream().filter(MarkedContentText::isVisible).forEach(glyphs::add);
        }
        PDRectangle box = getCurrentPage().getCropBox();
        pages.add(new Page(getCurrentPageNo(), box.getWidth(), box.getHeight(), glyphs, drawn.rulings(), drawn.boxes(),
                PageLinks.of(getCurrentPage()), dots.dots()));
    }
}
