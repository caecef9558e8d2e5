package org.casereview.etl.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.TextPosition;
import org.casereview.etl.digest.DigestTable;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.LimitExceededException;
import org.casereview.etl.guard.PageGlyphBudget;
import org.casereview.etl.layout.BoldGlyphs;
import org.casereview.etl.layout.BoldLead;
import org.casereview.etl.layout.BulletGlyphs;
import org.casereview.etl.layout.DropCaps;
import org.casereview.etl.layout.PageLinks;
import org.casereview.etl.layout.TrackedLetterGaps;
import org.casereview.etl.pdf.DrawnDots;
import org.casereview.etl.pdf.LineSteps;
import org.casereview.etl.pdf.MarginLabels;
import org.casereview.etl.pdf.OutlinedActualText;
import org.casereview.etl.pdf.PathOperators;
import org.casereview.etl.pdf.SideLabels;
import org.casereview.etl.pdf.SizeOnPage;
import org.casereview.etl.pdf.TurnedMarginText;
import org.casereview.etl.pdf.TurnedPages;
import org.casereview.etl.pdf.TurnedRuns;
import org.casereview.etl.pdf.TurnedText;
import org.casereview.etl.pdf.UnseenGlyphs;
import org.casereview.etl.pdf.UnseenTextRemoval;
import org.casereview.etl.pdf.VisibleTextStripper;

/**
 * The text lines of each page of a PDF digest, each marked when a list bullet is drawn in front of
 * it, and with the web link whose annotation lies over it. Browsers print list bullets as small filled shapes, not as glyphs, so the text layer alone
 * loses them; this reader follows the path operators to find them.
 */
final class PdfPageLines extends VisibleTextStripper {

    /**
     * One printed line; {@code bulleted} when a drawn dot stands just before its first glyph;
     * {@code top} is the baseline's distance from the top of the page, as a share of its height;
     * {@code link} the URI of the link annotation over the line's words, else empty; {@code boldLead} the words in
     * bold at the line's start, after its list number if any, when regular words follow them on the line (a run-in
     * heading), else empty; {@code bold} when every word of the line is bold (see {@link BoldLead}); {@code ruledOff} when it is the page's top line and a rule
     * drawn across the page's text width lies under it, between it and the next line (a running head's rule);
     * {@code marginLabel} when it is a label of the page's label column ({@link MarginLabels}), read apart from the
     * body line beside it, which follows it; {@code left} and {@code right} where its first glyph starts and its last
     * glyph ends, as shares of the page's width (both 0 when not known); {@code size} its first glyph's font size, as
     * a share of the page's height (0 when not known); {@code sideLabel} when it is a label set in a column of its own
     * left of the list it names ({@link SideLabels}).
     */
    record Line(String text, boolean bulleted, float top, String link, String boldLead, boolean bold,
                boolean ruledOff, boolean marginLabel, float left, float right, float size, boolean sideLabel) {
        Line(String text, boolean bulleted, float top, String link, String boldLead, boolean bold,
             boolean ruledOff, boolean marginLabel, float left, float right, float size) {
            this(text, bulleted, top, link, boldLead, bold, ruledOff, marginLabel, left, right, size, false);
        }

        Line(String text, boolean bulleted, float top) {
            this(text, bulleted, top, "");
        }

        Line(String text, boolean bulleted, float top, String link) {
            this(text, bulleted, top, link, "", false, false, false, 0f, 0f, 0f);
        }

        Line(String text, float top, float left, float right) {
            this(text, false, top, "", "", false, false, false, left, right, 0f);
        }

        Line(String text, float top, float left, float right, float size) {
            this(text, false, top, "", "", false, false, false, left, right, size);
        }
    }

    /**
     * The pages' lines; {@code byPosition} when they were put in position order (see {@link LineSteps});
     * {@code respaced} the lines given word spaces PDFBox did not see ({@link LineWordGaps}), by {@link WordSpaces#key};
     * {@code unseenPages} the pages (1-based) with glyphs or forms a viewer does not show, which the lines leave out
     * and {@link UnseenTextRemoval} takes out of the document before another reader reads it; {@code dropCapped} the
     * first lines of paragraphs opened by a drop cap ({@link DropCaps}), as the text layer has them, each with its cap
     * (the lines hold them joined); {@code displayQuotes} the lines of display quotes set inside the flow
     * ({@link DisplayQuotes}), which the text leaves out; {@code badgeNumbered} the lines opened by a number printed in a
     * drawn badge, as the text layer has them, each with its text without the number ({@link BadgeNumbers}).
     */
    record Pages(List<List<Line>> lines, boolean byPosition, Map<String, String> respaced, List<Integer> unseenPages,
                 Map<String, String> dropCapped, List<String> displayQuotes, Map<String, String> badgeNumbered) {
        static final Pages NONE = new Pages(List.of(), false, Map.of(), List.of(), Map.of(), List.of(), Map.of());
    }

    /** Share of the page's text width a rule under a running head spans. */
    private static final float TEXT_WIDTH = 0.9f;
    /** A line's glyphs reach this share of its font size above its baseline. */
    private static final float RULE_CLEARANCE = 0.7f;
    /** Baselines this share of the font size apart are one baseline. */
    private static final float SAME_BASELINE = 0.3f;

    private record Start(String text, float x, float y, float size, List<TextPosition> glyphs, String boldLead,
                         boolean bold, boolean marginLabel, boolean sideLabel) {
    }

    private final List<List<Line>> pages = new ArrayList<>();
    private final DrawnDots drawn = new DrawnDots(this, true);
    /** The pages (1-based) on which something is left out as a viewer does not show it ({@link UnseenGlyphs}). */
    private final List<Integer> unseenPages = new ArrayList<>();
    private final List<Start> lines = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    /** The line as PDFBox parts its words (as Tika's text has it), when word spaces were added to it. */
    private final StringBuilder asPdfBoxParts = new StringBuilder();
    private final Map<String, String> respacedLines = new HashMap<>();
    private final Map<String, String> dropCapped = new HashMap<>();
    private final List<String> displayQuotes = new ArrayList<>();
    private final Map<String, String> badgeNumbered = new HashMap<>();
    /** The page's paragraph first lines opened by a drop cap, each with the cap as it goes before the line's text. */
    private final Map<Start, String> capText = new IdentityHashMap<>();
    private LineWordGaps wordGaps = LineWordGaps.NONE;
    private TrackedLetterGaps letterGaps = TrackedLetterGaps.NONE;
    /** PDFBox parted words here; the space is written before the next word unless both are one letter-spaced word's. */
    private boolean separator;
    private boolean respaced;
    private final List<TextPosition> lineGlyphs = new ArrayList<>();
    private TextPosition first;
    private final BoldLead boldLead = new BoldLead();
    private final PageGlyphBudget pageGlyphs = new PageGlyphBudget();
    private final LineSteps steps = new LineSteps();
    private final TurnedPages turnedPages = new TurnedPages();
    private MarginLabels marginLabels = MarginLabels.NONE;
    private boolean inLabel;
    private SideLabels sideLabels = SideLabels.NONE;
    private boolean inSideLabel;
    /** A list's label turned up its band: read in its own direction, one line where the stream drew it. */
    private final TurnedRuns turned = new TurnedRuns();
    private boolean turnedSeen;

    private PdfPageLines(boolean byPosition) throws IOException {
        setSortByPosition(byPosition);
        PathOperators.combined(this, unseen.shown(drawn.operators()), unseen.operators()).forEach(this::addOperator);
        UnseenGlyphs.fillColourOperators(this).forEach(this::addOperator);
    }

    /**
     * The lines of every page, in reading order: stream order, unless its lines mostly step up the pages or its pages
     * are mostly turned a quarter as a whole ({@link TurnedPages}), when they are read again in position order; words
     * drawn only as outlines with /ActualText are first written into the document as text ({@link OutlinedActualText}); none
     * when the PDF cannot be read.
     * A page past the character limit, or the deadline, stops the reading with {@link LimitExceededException}.
     */
    static Pages read(PDDocument document) {
        try {
            PdfPageLines reader = new PdfPageLines(false);
            reader.writeText(document, Writer.nullWriter());
            if (OutlinedActualText.writeIn(document, reader.actualTextPages())) {
                reader = new PdfPageLines(false); // outlined words written in as text where they are drawn
                reader.writeText(document, Writer.nullWriter());
            }
            if (!reader.steps.byPosition() && !reader.turnedPages.byPosition()) {
                return new Pages(reader.pages, false, reader.respacedLines, reader.unseenPages, reader.dropCapped,
                        reader.displayQuotes, reader.badgeNumbered);
            }
            PdfPageLines sorted = new PdfPageLines(true);
            sorted.writeText(document, Writer.nullWriter());
            return new Pages(sorted.pages, true, sorted.respacedLines, sorted.unseenPages, sorted.dropCapped,
                    sorted.displayQuotes, sorted.badgeNumbered);
        } catch (IOException | RuntimeException e) {
            DocumentGuard.rethrowIfStopped(e);
            return Pages.NONE;
        }
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        pageGlyphs.count(text.getUnicode());
        if (!unseen.leavesOut(text)) {
            turnedSeen |= text.getDir() != 0f;
            turnedPages.glyph(text);
            super.processTextPosition(SizeOnPage.of(text, this));
        }
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        drawn.startPage();
        unseen.startPage(document);
        steps.startPage();
        turnedPages.startPage(page);
        pageGlyphs.reset();
        lines.clear();
        line.setLength(0);
        asPdfBoxParts.setLength(0);
        respaced = false;
        lineGlyphs.clear();
        first = null;
        boldLead.reset();
        turnedSeen = false;
        super.startPage(page);
    }

    @Override
    protected void writePage() throws IOException {
        unseen.dropCovered(charactersByArticle);
        if (unseen.pageHasCorrections()) {
            steps.wordsReplaced();
        }
        marginLabels = MarginLabels.arrange(getCharactersByArticle());
        sideLabels = SideLabels.find(getCharactersByArticle(), DigestTable::isSectionLabel);
        wordGaps = LineWordGaps.of(getCharactersByArticle());
        letterGaps = TrackedLetterGaps.of(getCharactersByArticle());
        PDPage page = getCurrentPage();
        turned.page(getCharactersByArticle(), TurnedMarginText.rotation(page), TurnedMarginText.viewedWidth(page), turnedSeen);
        super.writePage();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (turned.hold(positions)) {
            return;
        }
        writeTurnedLines();
        if (marginLabels.writeSplit(positions, this::writeString)) {
            return;
        }
        int start = 0;
        for (int end : wordGaps.breaks(text, positions)) {
            writeWord(text.substring(start, end), positions.subList(start, end));
            line.append(' ');
            respaced = true;
            start = end;
        }
        writeWord(start == 0 ? text : text.substring(start), positions.subList(start, positions.size()));
    }

    private void writeWord(String text, List<TextPosition> positions) {
        boolean label = marginLabels.isLabel(positions);
        if (label != inLabel && first != null) {
            endLine(); // a margin label and the body line beside it are two lines
        }
        inLabel = label;
        inSideLabel |= sideLabels.isLabel(positions);
        if (separator && first != null) {
            asPdfBoxParts.append(' ');
            if (!positions.isEmpty() && letterGaps.joins(lineGlyphs.get(lineGlyphs.size() - 1), positions.get(0))) {
                respaced = true;
            } else {
                line.append(' ');
            }
        }
        separator = false;
        if (first == null && !positions.isEmpty()) {
            first = positions.get(0);
        }
        boldLead.word(line, text, positions);
        line.append(text);
        asPdfBoxParts.append(text);
        lineGlyphs.addAll(positions);
    }

    @Override
    protected void writeWordSeparator() {
        separator = true;
    }

    @Override
    protected void writeLineSeparator() {
        if (!turned.holding()) {
            endLine();
        }
    }

    /** The turned glyphs held back, each block a line of its own before the line that comes next. */
    private void writeTurnedLines() {
        for (TurnedRuns.Line turnedLine : turned.release()) {
            endLine();
            TurnedText.Block block = turnedLine.block();
            TextPosition glyph = block.glyphs().stream().filter(java.util.Objects::nonNull).findFirst().orElseThrow().position();
            lines.add(new Start(turnedLine.text(), block.x(), block.y(), glyph.getFontSizeInPt(), List.of(), "", false,
                    false, false));
        }
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        writeTurnedLines();
        endLine();
        PDRectangle box = page.getCropBox();
        List<PageLinks.Link> links = PageLinks.of(page);
        List<Line> result = new ArrayList<>();
        Start ruledOff = ruledOffTop(box);
        Map<Start, Start> bullets = bulletsWrittenApart();
        Map<Start, Start> capOf = dropCaps();
        for (Start s : lines) {
            steps.line(s.y(), s.size(), s.x(), end(s));
            if (bullets.containsKey(s) || capOf.containsValue(s)) {
                continue; // it marks the line it stands in front of; a drop cap is its paragraph's first letter
            }
            boolean bulleted = hasDotBefore(s, box) || bullets.containsValue(s);
            float width = Math.max(1f, box.getWidth());
            float height = Math.max(1f, box.getHeight());
            String text = capOf.containsKey(s) ? capText.get(s) + s.text() : unbadged(s, box);
            result.add(new Line(text, bulleted, s.y() / height, link(s, links), s.boldLead(), s.bold(),
                    s == ruledOff, s.marginLabel(), s.x() / width, end(s) / width, s.size() / height, s.sideLabel()));
        }
        pages.add(result);
        displayQuotes.addAll(DisplayQuotes.of(result, rules(box)));
        if (unseen.pageHasUnseen()) {
            unseenPages.add(getCurrentPageNo());
        }
        super.endPage(page);
    }

    /** The line's text, without an opening number printed in a drawn badge ({@link BadgeNumbers}). */
    private String unbadged(Start s, PDRectangle box) {
        String text = BadgeNumbers.withoutBadgeNumber(s.text(), s.glyphs(), drawn.shapes(), box);
        if (!text.equals(s.text())) {
            badgeNumbered.putIfAbsent(BadgeNumbers.key(s.text()), text);
        }
        return text;
    }

    /** The page's drawn rules, as shares of its width and height from its top left. */
    private List<DisplayQuotes.Rule> rules(PDRectangle box) {
        if (drawn.rules().size() < 2) {
            return List.of();
        }
        float width = Math.max(1f, box.getWidth());
        float height = Math.max(1f, box.getHeight());
        return drawn.rules().stream().map(r -> new DisplayQuotes.Rule((r.minX() - box.getLowerLeftX()) / width,
                (r.maxX() - box.getLowerLeftX()) / width, (box.getUpperRightY() - r.y()) / height)).toList();
    }

    private void endLine() {
        String text = line.toString().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty() && first != null) {
            lines.add(new Start(text, first.getXDirAdj(), first.getYDirAdj(), first.getFontSizeInPt(),
                    List.copyOf(lineGlyphs), boldLead.lead(), boldLead.bold(), inLabel, inSideLabel));
            if (respaced) {
                respacedLines.putIfAbsent(WordSpaces.key(asPdfBoxParts), text);
            }
        }
        inLabel = false;
        inSideLabel = false;
        separator = false;
        respaced = false;
        asPdfBoxParts.setLength(0);
        line.setLength(0);
        lineGlyphs.clear();
        first = null;
        boldLead.reset();
    }

    /**
     * The page's top line when a rule lies under it, less than its font size below its baseline and above the top of
     * every other line, and the rule spans the page's text width (from the leftmost line start to the rightmost
     * line end); else null.
     */
    private Start ruledOffTop(PDRectangle box) {
        if (lines.size() < 2) {
            return null;
        }
        List<Start> byHeight = lines.stream().sorted(Comparator.comparingDouble(Start::y)).toList();
        Start top = byHeight.get(0);
        Start next = byHeight.get(1);
        float left = (float) lines.stream().mapToDouble(Start::x).min().orElse(0);
        float right = (float) lines.stream().flatMap(l -> l.glyphs().stream())
                .mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj()).max().orElse(0);
        float nextTop = next.y() - RULE_CLEARANCE * next.size();
        for (DrawnDots.Rule rule : drawn.rules()) {
            float y = box.getUpperRightY() - rule.y();
            float from = rule.minX() - box.getLowerLeftX();
            float to = rule.maxX() - box.getLowerLeftX();
            float spanned = Math.min(to, right) - Math.max(from, left);
            if (y > top.y() && y - top.y() < top.size() && y < nextTop && spanned >= TEXT_WIDTH * (right - left)) {
                return top;
            }
        }
        return null;
    }

    private static float end(Start s) {
        return (float) s.glyphs().stream().mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj()).max().orElse(s.x());
    }

    /**
     * The link over the line's words, or over the words after its bold lead when the lead is not linked (a run-in
     * label, 'Full report', before the linked words).
     */
    private static String link(Start s, List<PageLinks.Link> links) {
        String link = PageLinks.over(s.glyphs(), links);
        if (!link.isEmpty() || s.boldLead().isEmpty()) {
            return link;
        }
        return PageLinks.over(s.glyphs().stream().dropWhile(g -> BoldGlyphs.isBold(g) || g.getUnicode().isBlank()).toList(),
                links);
    }

    /**
     * The page's paragraphs opened by a drop cap: each first line with its cap ({@link DropCaps}); the first line's
     * text as the text layer has it is kept with its cap, so the page's text can be joined the same way.
     */
    private Map<Start, Start> dropCaps() {
        if (lines.stream().noneMatch(s -> DropCaps.isCapText(s.text()))) {
            return Map.of();
        }
        Map<DropCaps.Line, Start> starts = new IdentityHashMap<>();
        List<DropCaps.Line> placed = new ArrayList<>();
        for (Start s : lines) {
            DropCaps.Line line = new DropCaps.Line(s.text(), visibleStart(s), end(s), s.y(), s.size());
            starts.put(line, s);
            placed.add(line);
        }
        Map<Start, Start> capOf = new IdentityHashMap<>();
        capText.clear();
        DropCaps.of(placed).forEach((cap, first) -> {
            capOf.put(starts.get(first), starts.get(cap));
            // 'A' over 'boy of 3 ...' is a word of its own: a space after it, not 'Aboy'
            String joined = cap.text().strip() + (DropCaps.isWordOfItsOwn(cap, placed) ? " " : "");
            capText.put(starts.get(first), joined);
            dropCapped.putIfAbsent(first.text(), joined);
        });
        return capOf;
    }

    /** Where the line's first glyph that is not a space starts (a space glyph may open a line after a drop cap). */
    private static float visibleStart(Start s) {
        return s.glyphs().stream().filter(g -> !g.getUnicode().isBlank()).findFirst()
                .map(TextPosition::getXDirAdj).orElse(s.x());
    }

    /**
     * Lines that print only a bullet glyph, each with the line whose first glyph it stands just in front of, on the
     * same baseline: a producer that writes a page's list markers after all its text (WeasyPrint) leaves every item
     * line without its bullet and the bullets as lines of their own.
     */
    private Map<Start, Start> bulletsWrittenApart() {
        Map<Start, Start> placed = new IdentityHashMap<>();
        for (Start bullet : lines) {
            if (!BulletGlyphs.isBulletOnly(bullet.text())) {
                continue;
            }
            TextPosition glyph = bullet.glyphs().stream().filter(g -> !g.getUnicode().isBlank()).findFirst().orElseThrow();
            float right = glyph.getXDirAdj() + glyph.getWidthDirAdj();
            for (Start line : lines) {
                float gap = line.x() - right;
                boolean level = Math.abs(line.y() - bullet.y()) < SAME_BASELINE * line.size();
                if (!BulletGlyphs.isBulletOnly(line.text()) && level && gap > 0 && gap < 3f * line.size()
                        && !placed.containsValue(line)) {
                    placed.put(bullet, line);
                    break;
                }
            }
        }
        return placed;
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
