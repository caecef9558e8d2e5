package org.casereview.etl.pdf;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.casereview.etl.guard.PageOperatorsExceededException;
import org.casereview.etl.guard.StepClock;

/**
 * A text stripper that follows what a viewer hides: it hands its marked-content sequences to {@link UnseenGlyphs} and
 * skips forms in a hidden layer. A subclass asks {@link #unseen} of each glyph, registers its operators, starts it on
 * each page and, where it keeps a page's glyphs, drops the covered ones before writing them. The glyphs of a simple
 * font are made by {@link LegacyGlyphs} (PDFBox's legacy glyph, its per-font look-ups done once per font).
 */
public abstract class VisibleTextStripper extends PDFTextStripper {

    protected final UnseenGlyphs unseen = new UnseenGlyphs(this, this::getCharactersByArticle);
    /** The pages (1-based) with a marked-content sequence giving its words as /ActualText ({@link OutlinedActualText}). */
    private final Set<Integer> actualTextPages = new TreeSet<>();
    /** The deadline, looked at between operators too. */
    private final StepClock operators = new StepClock();
    /** The pages (1-based) past the operators a page may draw, not read, with why. */
    private final Map<Integer, String> skippedPages = new LinkedHashMap<>();
    private final LegacyGlyphs legacyGlyphs = new LegacyGlyphs(this::computeFontHeight);

    @Override
    protected void startDocument(PDDocument document) throws IOException {
        legacyGlyphs.forgetFonts();
        operators.startDocument();
        skippedPages.clear();
        super.startDocument(document);
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        legacyGlyphs.startPage(page);
        operators.startPage(getCurrentPageNo());
        try {
            super.processPage(page);
        } catch (PageOperatorsExceededException e) {
            // the page is left unwritten: its glyphs so far are dropped with the next page's start
            skippedPages.put(e.page(), e.getMessage());
        }
    }

    /** The pages (1-based) that drew more operators than a page may and were not read, with why, in page order. */
    public Map<Integer, String> skippedPages() {
        return skippedPages;
    }

    @Override
    protected void showText(byte[] string) throws IOException {
        if (!legacyGlyphs.showText(string, getGraphicsState(), this::showGlyph)) {
            super.showText(string);
        }
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        TextPosition glyph = legacyGlyphs.glyph(textRenderingMatrix, font, code, displacement, getGraphicsState(),
                getTextMatrix());
        if (glyph == null) {
            super.showGlyph(textRenderingMatrix, font, code, displacement);
        } else {
            processTextPosition(glyph);
        }
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        ActualTextLength.check(properties);
        unseen.beginMarkedContent(tag, properties);
        if (OutlinedActualText.carries(properties)) {
            actualTextPages.add(getCurrentPageNo());
        }
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        operators.step();
        super.processOperator(operator, operands);
    }

    @Override
    public void endMarkedContentSequence() {
        unseen.endMarkedContent();
        super.endMarkedContentSequence();
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        if (!unseen.hides(form)) {
            super.showForm(form);
        }
    }

    /** A form with a transparency group (as Cairo and LibreOffice draw many) is drawn through here, not showForm. */
    @Override
    public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
        if (!unseen.hides(form)) {
            super.showTransparencyGroup(form);
        }
    }

    /** The pages read with a marked-content sequence that carries /ActualText, 1-based. */
    public Set<Integer> actualTextPages() {
        return actualTextPages;
    }
}
