package org.casereview.etl.layout;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.casereview.etl.guard.PageGlyphBudget;

/** The visible glyphs (overprinted duplicates removed) and the drawn rulings of each of a PDF's first pages. */
final class PageGlyphs extends PDFTextStripper {

    /** One page: 1-based number, height in points, glyphs in content order, rulings. */
    record Page(int number, float height, List<TextPosition> glyphs, List<Ruling> rulings) {
    }

    private final DrawnRulings drawn = new DrawnRulings(this);
    private final PageGlyphBudget budget = new PageGlyphBudget();
    private final List<Page> pages = new ArrayList<>();

    private PageGlyphs() throws IOException {
        setSortByPosition(false);
        drawn.operators().forEach(this::addOperator);
    }

    /** A page past the character limit, or the deadline, stops the reading with a runtime exception. */
    static List<Page> read(PDDocument document, int lastPage) throws IOException {
        PageGlyphs reader = new PageGlyphs();
        reader.setEndPage(lastPage);
        reader.writeText(document, Writer.nullWriter());
        return reader.pages;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        drawn.startPage(page);
        budget.reset();
        super.startPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        budget.count();
        super.processTextPosition(text);
    }

    @Override
    protected void writePage() {
        List<TextPosition> glyphs = new ArrayList<>();
        for (List<TextPosition> article : charactersByArticle) {
            article.stream().filter(MarkedContentText::isVisible).forEach(glyphs::add);
        }
        pages.add(new Page(getCurrentPageNo(), getCurrentPage().getCropBox().getHeight(), glyphs, drawn.rulings()));
    }
}
