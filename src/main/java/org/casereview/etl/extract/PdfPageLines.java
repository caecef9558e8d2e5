package org.casereview.etl.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.LimitExceededException;
import org.casereview.etl.guard.PageGlyphBudget;
import org.casereview.etl.layout.BoldGlyphs;
import org.casereview.etl.layout.PageLinks;
import org.casereview.etl.pdf.DrawnDots;
import org.casereview.etl.pdf.LineSteps;

/**
 * The text lines of each page of a PDF digest, each marked when a list bullet is drawn in front of
 * it, and with the web link whose annotation lies over it. Browsers print list bullets as small filled shapes, not as glyphs, so the text layer alone
 * loses them; this reader follows the path operators to find them.
 */
final class PdfPageLines extends PDFTextStripper {

    /**
     * One printed line; {@code bulleted} when a drawn dot stands just before its first glyph;
     * {@code top} is the baseline's distance from the top of the page, as a share of its height;
     * {@code link} the URI of the link annotation over the line's words, else empty; {@code boldLead} the words in
     * bold at the line's start when regular words follow them on the line (a run-in heading), else empty;
     * {@code bold} when every word of the line is bold.
     */
    record Line(String text, boolean bulleted, float top, String link, String boldLead, boolean bold) {
        Line(String text, boolean bulleted, float top) {
            this(text, bulleted, top, "");
        }

        Line(String text, boolean bulleted, float top, String link) {
            this(text, bulleted, top, link, "", false);
        }
    }

    /** The pages' lines; {@code byPosition} when they were put in position order (see {@link LineSteps}). */
    record Pages(List<List<Line>> lines, boolean byPosition) {
        static final Pages NONE = new Pages(List.of(), false);
    }

    private record Start(String text, float x, float y, float size, List<TextPosition> glyphs, String boldLead,
                         boolean bold) {
    }

    private final List<List<Line>> pages = new ArrayList<>();
    private final DrawnDots drawn = new DrawnDots(this);
    private final List<Start> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final List<TextPosition> lineGlyphs = new ArrayList<>();
    private TextPosition first;
    /** The line's text before its first word not in bold, once such a word came; null while all words are bold. */
    private String boldLead;
    private final PageGlyphBudget pageGlyphs = new PageGlyphBudget();
    private final LineSteps steps = new LineSteps();

    private PdfPageLines(boolean byPosition) throws IOException {
        setSortByPosition(byPosition);
        drawn.operators().forEach(this::addOperator);
    }

    /**
     * The lines of every page, in reading order: stream order, unless its lines mostly step up the pages, when they
     * are read again in position order; none when the PDF cannot be read.
     * A page past the character limit, or the deadline, stops the reading with {@link LimitExceededException}.
     */
    static Pages read(PDDocument document) {
        try {
            PdfPageLines reader = new PdfPageLines(false);
            reader.writeText(document, Writer.nullWriter());
            if (!reader.steps.runsUp()) {
                return new Pages(reader.pages, false);
            }
            PdfPageLines sorted = new PdfPageLines(true);
            sorted.writeText(document, Writer.nullWriter());
            return new Pages(sorted.pages, true);
        } catch (IOException | RuntimeException e) {
            DocumentGuard.rethrowIfStopped(e);
            return Pages.NONE;
        }
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        pageGlyphs.count();
        super.processTextPosition(text);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        drawn.startPage();
        steps.startPage();
        pageGlyphs.reset();
        lines.clear();
        line.setLength(0);
        lineGlyphs.clear();
        first = null;
        boldLead = null;
        super.startPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (first == null && !positions.isEmpty()) {
            first = positions.get(0);
        }
        if (boldLead == null && !positions.stream().allMatch(BoldGlyphs::isBold)) {
            boolean wordStart = line.isEmpty() || line.charAt(line.length() - 1) == ' ';
            boldLead = wordStart && positions.stream().noneMatch(BoldGlyphs::isBold) ? line.toString().strip() : "";
        }
        line.append(text);
        lineGlyphs.addAll(positions);
    }

    @Override
    protected void writeWordSeparator() {
        line.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        endLine();
        PDRectangle box = page.getCropBox();
        List<PageLinks.Link> links = PageLinks.of(page);
        List<Line> result = new ArrayList<>();
        for (Start s : lines) {
            steps.line(s.y(), s.size());
            result.add(new Line(s.text(), hasDotBefore(s, box), s.y() / Math.max(1f, box.getHeight()),
                    PageLinks.over(s.glyphs(), links), s.boldLead(), s.bold()));
        }
        pages.add(result);
        super.endPage(page);
    }

    private void endLine() {
        String text = line.toString().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty() && first != null) {
            lines.add(new Start(text, first.getXDirAdj(), first.getYDirAdj(), first.getFontSizeInPt(),
                    List.copyOf(lineGlyphs), boldLead == null ? "" : boldLead.replaceAll("\\s+", " "),
                    boldLead == null));
        }
        line.setLength(0);
        lineGlyphs.clear();
        first = null;
        boldLead = null;
    }

    private boolean hasDotBefore(Start s, PDRectangle box) {
        for (DrawnDots.Dot dot : drawn.dots()) {
            float gap = s.x() - (dot.maxX() - box.getLowerLeftX());
            float rise = s.y() - (box.getUpperRightY() - dot.centreY());
            if (gap > 0 && gap < 3f * s.size() && rise > 0 && rise < 0.8f * s.size()) {
                return true;
            }
        }
        return false;
    }
}
