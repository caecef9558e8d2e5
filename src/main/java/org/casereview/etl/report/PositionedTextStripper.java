package org.casereview.etl.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.TextPosition;
import org.casereview.etl.guard.DocumentBudget;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.PageGlyphBudget;
import org.casereview.etl.pdf.DeviceRgbFill;
import org.casereview.etl.pdf.GlyphRows;
import org.casereview.etl.pdf.JoinedContentPage;
import org.casereview.etl.pdf.PathOperators;
import org.casereview.etl.pdf.SizeOnPage;
import org.casereview.etl.pdf.StripperWords;
import org.casereview.etl.pdf.TurnedMarginText;
import org.casereview.etl.pdf.TurnedText;
import org.casereview.etl.pdf.VisibleTextStripper;
import org.casereview.etl.text.ControlCharacters;

/**
 * Reads every page's glyphs with their position, size and weight, and hands back lines in
 * reading order. Duplicate overlapping text (fake bold) is dropped per fragment here instead of
 * by PDFBox's per-glyph suppression: on the corpus (1,920 pages, warm, 2 shared cores) the
 * lines came out identical, at 630-780 pages/s without suppression against 560-570 with it.
 */
final class PositionedTextStripper extends VisibleTextStripper {

    private final List<PageText> pages = new ArrayList<>();
    private final Map<Integer, String> failedPages = new LinkedHashMap<>();
    /** The pages read whole or in part, by number, until {@link #read} puts them in order. */
    private final Map<Integer, PageText> readPages = new HashMap<>();
    /** Words of the current page's content that are no PDF operator, outside BX/EX compatibility sections. */
    private int foreignOperators;
    private int compatibilityDepth;
    private List<TextFragment> fragments = new ArrayList<>();
    private Map<String, List<TextFragment>> seen = new HashMap<>();
    /*
     * Hash maps, not identity maps: a PDFont equals another over the same font dictionary, which is all these answers
     * read. An IdentityHashMap's probe wrapping round its table, too rare to show while the JIT profiles it, sent the
     * compiled glyph loop (writeRun, styled, style) back to the interpreter to be compiled again (ten compiled methods
     * dropped in one JVM reading the 120 benchmark reports three times).
     */
    private final Map<PDFont, Boolean> boldFonts = new HashMap<>();
    /** Italic faces, kept out of the run style so that an italic word does not split a fragment. */
    private final Map<PDFont, Boolean> italicFonts = new HashMap<>();
    private final Map<PDFont, Boolean> smallCapsFonts = new HashMap<>();
    /** Glyphs drawn filled and stroked (fake bold) or in colour, noted while the graphics state is known. */
    private final Map<TextPosition, Integer> glyphStyles = new IdentityHashMap<>();
    /** Where each character of the page's fragments stands, to take struck-through letters out at the page's end. */
    private final Map<TextFragment, StruckText.Glyphs> fragmentGlyphs = new IdentityHashMap<>();
    private final FragmentText fragmentText = new FragmentText();
    private PDColor lastColour;
    private boolean lastColoured;
    private PDFont lastFont;
    private boolean lastFontBold;
    /** The font whose faces {@link #styled} looked up last (a run's glyphs mostly share one), and its answers. */
    private PDFont lastFaceFont;
    private boolean lastFaceItalic;
    private boolean lastFaceSmallCaps;
    private final DrawnBullets drawnBullets = new DrawnBullets(this);
    private final LineNumbers lineNumbers = new LineNumbers();
    /** The page's rotation in degrees, and the glyphs that do not read left to right on the page as viewed. */
    private int rotation;
    /** The page's width as viewed, for telling turned text in its side margins. */
    private float viewedWidth;
    private List<TurnedText.Glyph> turnedGlyphs = new ArrayList<>();
    /** The runs of turned glyphs as handed over, to read as the page's lines where most of the page is turned. */
    private List<List<TextPosition>> turnedRuns = new ArrayList<>();
    private int uprightGlyphs;
    /**
     * Whether the page handed PDFBox a glyph that does not read left to right as viewed: noted as each glyph comes, so
     * that the common page without one is not walked again for {@link TurnedMarginText#remove}.
     */
    private boolean notUprightSeen;
    private final PageGlyphBudget pageGlyphs = new PageGlyphBudget();
    /** The page's glyphs drawn visibly and invisibly (render mode 3), to know an OCR text layer. */
    private int visibleGlyphs;
    private int invisibleGlyphs;
    /**
     * Each page's fragments grouped into rows across the page, with no column, box or sidebar reading but every mark
     * of the page's drawings (rules, bands, cards) as the job sets them: the self-check survey's bad reading.
     */
    private boolean rowsAcross;
    private final SizeOnPage.Memo sizes = new SizeOnPage.Memo();
    /**
     * The page's glyphs as PDFBox keeps them (its one article), taken into rows as each comes, with its style: the word
     * test and the runs read them there, not from the glyphs gone cold by the page's end. False once the page has
     * articles (thread beads) or its list went another way than the rows followed: the page is read from its glyphs.
     */
    private final GlyphRows rows = new GlyphRows();
    private boolean rowsFollow;
    /** The font family of each font met, for the fragments' {@link TextFragment#face}. */
    private final FontFaces faces = new FontFaces();
    /** Fonts whose glyphs are read by their glyph names, their /ToUnicode map making no words. */
    private FontReadings readings = FontReadings.NONE;

    /** "Caps" or "SmallCaps" in the name, Computer Modern's "CMCSC", or "SC" closing the face name or a style part. */
    private static final Pattern SMALL_CAPS_NAME = Pattern.compile(
            "(?i:small ?caps|caps\\d*(?=-|$)|^([A-Z]{6}\\+)?cmcsc|-sc\\d*$)|(?<=[a-z-])SC\\d*(?=-|$)");
    private static final int FAKE_BOLD = 1;
    private static final int COLOURED = 2;
    /** Fake bold or a bold font: what a fragment's weight counts. */
    private static final int BOLD = 4;
    /**
     * An OCR layer's '|': a table's vertical rule on the scan that the OCR engine read as a character, between the
     * words of two cells on one of its lines. It parts them (a fragment of its own) and is not text.
     */
    private static final int OCR_RULE = 8;

    PositionedTextStripper() {
        setSuppressDuplicateOverlappingText(false);
        setSortByPosition(false);
        // the text stripper ignores colour unless told to follow the fill colour operators
        addOperator(new SetNonStrokingColorSpace(this));
        addOperator(new SetNonStrokingColor(this));
        addOperator(new SetNonStrokingColorN(this));
        addOperator(new SetNonStrokingDeviceGrayColor(this));
        addOperator(new DeviceRgbFill(this));
        addOperator(new SetNonStrokingDeviceCMYKColor(this));
        PathOperators.combined(this, unseen.shown(drawnBullets.operators()), unseen.operators()).forEach(this::addOperator);
    }

    /** A stripper that reads each page's rows across it (see {@link #rowsAcross}). */
    static PositionedTextStripper readingRowsAcross() {
        PositionedTextStripper stripper = new PositionedTextStripper();
        stripper.rowsAcross = true;
        return stripper;
    }

    /**
     * Reads the pages in one pass, each on its own: a page without text, or one whose content cannot be
     * parsed, comes back with no lines (and its number in {@link #failedPages()} when it failed). A page
     * whose content streams are damaged keeps what could be read and is listed as failed too.
     */
    List<PageText> read(PDDocument document) {
        pages.clear();
        failedPages.clear();
        lineNumbers.reset();
        int count = document.getNumberOfPages();
        setStartPage(1);
        setEndPage(count);
        readings = FontReadings.of(document);
        try {
            // one pass: a pass per page walks the page tree and resets the engine once per page
            writeText(document, Writer.nullWriter());
        } catch (IOException | RuntimeException e) {
            DocumentGuard.rethrowIfStopped(e);
            // the page tree itself failed: the pages not reached cannot be read
            int reached = getCurrentPageNo();
            for (int number = Math.max(1, reached); number <= count; number++) {
                if (!readPages.containsKey(number)) {
                    failedPages.putIfAbsent(number, "its content cannot be parsed (" + e.getMessage() + ")");
                }
            }
        }
        for (int number = 1; number <= count; number++) {
            PageText page = readPages.get(number);
            if (page == null) {
                PDRectangle box = document.getPage(number - 1).getCropBox();
                page = new PageText(number, box.getWidth(), box.getHeight(), List.of());
            }
            pages.add(page);
        }
        readPages.clear();
        return List.copyOf(pages);
    }

    /** One page, on its own: what it throws marks that page failed and the pass goes on with the next. */
    @Override
    public void processPage(PDPage page) throws IOException {
        int number = getCurrentPageNo();
        DocumentBudget.checkTime();
        foreignOperators = 0;
        compatibilityDepth = 0;
        try {
            super.processPage(JoinedContentPage.of(page));
            Optional<String> damage = damage(page);
            if (skippedPages().containsKey(number)) {
                failedPages.put(number, skippedPages().get(number));
            } else if (damage.isPresent()) {
                failedPages.put(number, damage.get());
            }
        } catch (IOException | RuntimeException e) {
            DocumentGuard.rethrowIfStopped(e);
            failedPages.put(number, "its content cannot be parsed (" + e.getMessage() + ")");
        }
    }

    /** Fonts whose text makes no words, whichever way they are read, with the first page each is on. */
    List<String> fontNotes() {
        return readings.notes();
    }

    /** Pages that failed or are damaged, with why, in page order. */
    Map<Integer, String> failedPages() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(failedPages));
    }

    private Optional<String> damage(PDPage page) {
        Optional<String> streams = ContentDamage.inStreams(page);
        if (streams.isPresent() || foreignOperators == 0) {
            return streams;
        }
        return Optional.of("its content stream holds " + foreignOperators + " words that are no PDF operator");
    }

    @Override
    protected void unsupportedOperator(Operator operator, List<COSBase> operands) throws IOException {
        String name = operator.getName();
        if ("BX".equals(name)) {
            compatibilityDepth++;
        } else if ("EX".equals(name)) {
            compatibilityDepth = Math.max(0, compatibilityDepth - 1);
        } else if (compatibilityDepth == 0 && !ContentDamage.PDF_OPERATORS.contains(name)) {
            foreignOperators++;
        }
        super.unsupportedOperator(operator, operands);
    }

    @Override
    protected void processTextPosition(TextPosition glyph) {
        pageGlyphs.count(glyph.getUnicode());
        if (unseen.leavesOut(glyph)) {
            return;
        }
        TextPosition text = sizes.of(glyph, this);
        if (!readings.repairsNothing()) {
            text = readings.read(text);
        }
        PDGraphicsState state = getGraphicsState();
        RenderingMode mode = state.getTextState().getRenderingMode();
        int style = 0;
        if (mode == RenderingMode.NEITHER) {
            invisibleGlyphs++;
            text = SkewedOcrGlyphs.straightened(text);
            style = "|".equals(text.getUnicode()) ? OCR_RULE : 0;
        } else {
            visibleGlyphs++;
        }
        if (mode == RenderingMode.FILL_STROKE) {
            style |= FAKE_BOLD;
        }
        if (isColoured(state.getNonStrokingColor())) {
            style |= COLOURED;
        }
        if (style != 0) {
            glyphStyles.put(text, style);
        }
        if (!notUprightSeen && !TurnedMarginText.upright(text, rotation)) {
            notUprightSeen = true;
        }
        super.processTextPosition(text);
        if (rowsFollow) {
            follow(text, style);
        }
    }

    /**
     * Takes the glyph just handed to PDFBox into {@link #rows} if PDFBox kept it; where PDFBox merged a diacritic and
     * the glyph before (whichever of the two it keeps has new text and widths), takes that row again.
     */
    private void follow(TextPosition text, int noted) {
        if (charactersByArticle.size() != 1) {
            rowsFollow = false;
            return;
        }
        List<TextPosition> article = charactersByArticle.get(0);
        int kept = article.size();
        if (kept == rows.size() + 1 && article.get(kept - 1) == text) {
            rows.add(text, style(noted, text.getFont()));
        } else if (kept == rows.size() && kept > 0) {
            TextPosition merged = article.get(kept - 1);
            rows.set(kept - 1, merged, style(merged));
        } else {
            rowsFollow = false;
        }
    }

    private boolean isColoured(PDColor colour) {
        if (colour != lastColour) {
            lastColour = colour;
            try {
                int rgb = colour.toRGB();
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                lastColoured = Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40;
            } catch (IOException | RuntimeException e) {
                lastColoured = false;
            }
        }
        return lastColoured;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        fragments = new ArrayList<>();
        seen = new HashMap<>();
        rotation = (page.getRotation() % 360 + 360) % 360;
        viewedWidth = TurnedMarginText.viewedWidth(page);
        turnedGlyphs = new ArrayList<>();
        turnedRuns = new ArrayList<>();
        uprightGlyphs = 0;
        notUprightSeen = false;
        rows.clear();
        rowsFollow = true;
        glyphStyles.clear();
        fragmentGlyphs.clear();
        pageGlyphs.reset();
        visibleGlyphs = 0;
        invisibleGlyphs = 0;
        drawnBullets.startPage();
        unseen.startPage(document);
        super.startPage(page);
    }

    @Override
    protected void writePage() throws IOException {
        unseen.dropCovered(charactersByArticle);
        if (notUprightSeen) { // the page's glyphs are a subset of those handed over: none can be turned else
            TurnedMarginText.remove(charactersByArticle, rotation, viewedWidth); // a side label is furniture
        }
        // PDFBox's words without their strings, bidi and paragraph tests: only the glyphs of each word are read here
        if (!notUprightSeen && rowsFollow && charactersByArticle.size() == 1
                && rows.keepOnly(charactersByArticle.get(0))) {
            StripperWords.writeRows(this, List.of(rows), this::writeUprightWord);
        } else {
            StripperWords.write(this, charactersByArticle, this::writeWord);
        }
    }

    /** One word of a page none of whose glyphs is turned, as rows: a run. */
    private void writeUprightWord(GlyphRows glyphs, int[] index, int count) {
        uprightGlyphs += count;
        writeRun(RunGlyphs.of(glyphs, index, count));
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        float width = turned ? box.getHeight() : box.getWidth();
        float height = turned ? box.getWidth() : box.getHeight();
        int number = getCurrentPageNo();
        if (!turned) {
            fragments = StruckText.drop(fragments, fragmentGlyphs,
                    drawnBullets.bars(box.getLowerLeftX(), box.getUpperRightY()));
        }
        fragments = LetterSpacedWords.join(lineNumbers.drop(fragments), fragmentGlyphs);
        addTurnedText();
        List<TextLine> lines;
        List<Float> acrossBoxes = List.of();
        if (turned) {
            TurnedRules drawnLines = drawnBullets.turned(box, rotation);
            lines = drawnLines.markLines(LineAssembler.assemble(number, width, drawnLines.markCells(fragments)));
        } else {
            float left = box.getLowerLeftX();
            float top = box.getUpperRightY();
            List<FloatedBoxes.Panel> panels = drawnBullets.panels(left, top);
            List<RuledLines.Rule> rules = drawnBullets.rules(left, top);
            List<DrawnBullets.Upright> uprights = new ArrayList<>(drawnBullets.uprights(left, top));
            uprights.addAll(SegmentedRuleJoints.uprights(rules));
            List<TextFragment> withBullets = DrawnBullets.attach(DrawnBullets.markRuled(fragments, uprights),
                    drawnBullets.dots(left, top), drawnBullets.marks(left, top), panels);
            List<FloatedBoxes.Panel> frames = drawnBullets.frames(left, top);
            List<TextLine> boxed = rowsAcross ? LineAssembler.lines(number, withBullets)
                    : BoxedColumns.read(number, width, withBullets, frames, rules);
            boxed = boxed != null ? boxed : OutlinedBoxes.read(number, width, withBullets, frames, rules);
            lines = boxed != null ? boxed : Sidebars.assemble(number, width, withBullets,
                    FloatedBoxes.widenedToText(panels, withBullets), rules,
                    drawnBullets.sideRules(left, top));
            if (!rowsAcross) { // the reading across rows (the self-check's survey) keeps the cards' rows as read
                lines = SideBySideCards.readByCards(number, lines, panels, width);
            }
            lines = FilledCards.mark(FilledBands.mark(RuledLines.markAbove(RuledLines.mark(lines, rules, uprights),
                    rules), drawnBullets.bands(left, top)), panels, width);
            acrossBoxes = FilledCards.linesAcross(lines, panels, width);
        }
        lines = IconBullets.mark(ArrowBullets.mark(RuledLines.typed(lines)));
        // an OCR layer: every glyph invisible (a stray visible glyph, a stamped page number, tolerated)
        boolean ocrLayer = invisibleGlyphs >= 20 * Math.max(1, visibleGlyphs);
        if (ocrLayer) {
            lines = OcrBullets.mark(lines);
        }
        readPages.putIfAbsent(number, new PageText(number, width, height, lines, acrossBoxes, ocrLayer));
        super.endPage(page);
    }

    /** One word's glyphs as PDFBox's text stripper parts a line, cut where they turn and read as runs. */
    private void writeWord(List<TextPosition> positions) {
        if (!notUprightSeen) { // none of the page's glyphs is turned: no glyph's direction to read again
            uprightGlyphs += positions.size();
            writeRun(positions);
            return;
        }
        int start = 0;
        boolean turned = !positions.isEmpty() && TurnedText.isTurned(positions.get(0), rotation);
        for (int i = 1; i <= positions.size(); i++) {
            boolean nextTurned = i < positions.size() && TurnedText.isTurned(positions.get(i), rotation);
            if (i == positions.size() || nextTurned != turned) {
                List<TextPosition> run = positions.subList(start, i);
                if (turned) {
                    turnedRuns.add(List.copyOf(run));
                    run.forEach(p -> turnedGlyphs.add(new TurnedText.Glyph(p, style(p))));
                } else {
                    uprightGlyphs += run.size();
                    writeRun(run);
                }
                start = i;
                turned = nextTurned;
            }
        }
    }

    /**
     * Turned glyphs among more that read across the page (a table's turned header) are read in their own
     * direction, a block as one fragment; a page mostly turned is read in its glyphs' direction as before.
     */
    private void addTurnedText() {
        if (turnedGlyphs.size() >= uprightGlyphs) {
            turnedRuns.forEach(this::writeRun);
            return;
        }
        for (TurnedText.Block block : TurnedText.blocks(turnedGlyphs, rotation)) {
            List<TextPosition> glyphs = new ArrayList<>();
            List<Integer> styles = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (TurnedText.Glyph glyph : block.glyphs()) {
                if (glyph == null) {
                    text.append(' ');
                } else {
                    text.append(glyph.position().getUnicode());
                    glyphs.add(glyph.position());
                    styles.add(glyph.style());
                }
            }
            Styled styled = styled(glyphs.stream().map(TextPosition::getFont).toArray(PDFont[]::new),
                    styles.stream().mapToInt(Integer::intValue).toArray(), 0, glyphs.size());
            String clean = LineAssembler.collapseSpaces(ControlCharacters.oneLine(text.toString())).strip();
            if (!clean.isEmpty()) {
                addUnlessDuplicate(new TextFragment(clean, block.x(), block.endX(), block.y(),
                        glyphs.get(0).getFontSizeInPt(), styled.bold(), styled.coloured(), styled.italic(), false,
                        styled.smallCaps()));
            }
        }
    }

    /**
     * A run of glyphs in the page's direction, parted into fragments where its style changes or a word gap opens. Each
     * glyph's style, size, left edge and width are read once (PDFBox works out a glyph's direction-adjusted place on
     * every call), and every figure below is computed from them as it was from the glyphs. The glyph loop and the
     * fragment loop are methods of their own: a run is a whole line, so each loop turns often enough to be compiled
     * on-stack, and one method holding both (with the fragment's work inlined) was compiled two to four times a 480 x 30
     * month, 60-78 kB of code each time (docs/BENCHMARKS.md, s27-jit and s28-jit).
     */
    private void writeRun(List<TextPosition> positions) {
        writeRun(runGlyphs(positions));
    }

    private void writeRun(RunGlyphs run) {
        float[] gaps = gaps(run);
        addFragments(run, gaps, WordGaps.limit(gaps, run.sizes()));
    }

    /** Each glyph's style, size, left edge, width, text, font and top, read once. */
    private RunGlyphs runGlyphs(List<TextPosition> positions) {
        int size = positions.size();
        RunGlyphs run = RunGlyphs.sized(size);
        for (int i = 0; i < size; i++) {
            TextPosition glyph = positions.get(i);
            run.styles[i] = style(glyph);
            run.sizes[i] = glyph.getFontSizeInPt();
            run.lefts[i] = glyph.getXDirAdj();
            run.widths[i] = glyph.getWidthDirAdj();
            run.texts[i] = glyph.getUnicode();
            run.fonts[i] = glyph.getFont();
            run.tops[i] = glyph.getYDirAdj();
        }
        return run;
    }

    /** The gap before glyph i + 1: next.x - (previous.x + previous.width). */
    private static float[] gaps(RunGlyphs run) {
        float[] lefts = run.lefts();
        float[] widths = run.widths();
        float[] gaps = new float[Math.max(0, lefts.length - 1)];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = lefts[i + 1] - (lefts[i] + widths[i]);
        }
        return gaps;
    }

    /** The run parted where {@link #breaksRun} says or a gap is wider than the word gap, each part a fragment. */
    private void addFragments(RunGlyphs run, float[] gaps, float wordGap) {
        int size = run.styles.length;
        int start = 0;
        for (int i = 1; i < size; i++) {
            if (breaksRun(run.styles, run.sizes, gaps, i) || gaps[i - 1] > wordGap) {
                addFragment(run, start, i);
                start = i;
            }
        }
        addFragment(run, start, size);
    }

    /**
     * A run's glyphs' styles, sizes in points, left edges and widths (in their direction), texts, fonts and tops, read
     * once, from the glyphs or from the page's rows ({@link GlyphRows}).
     */
    private record RunGlyphs(int[] styles, float[] sizes, float[] lefts, float[] widths, String[] texts, PDFont[] fonts,
            float[] tops) {

        static RunGlyphs sized(int size) {
            return new RunGlyphs(new int[size], new float[size], new float[size], new float[size], new String[size],
                    new PDFont[size], new float[size]);
        }

        /** The rows {@code index[0]} to {@code index[count - 1]}, their marks the styles. */
        static RunGlyphs of(GlyphRows rows, int[] index, int count) {
            RunGlyphs run = sized(count);
            for (int k = 0; k < count; k++) {
                int i = index[k];
                run.styles[k] = rows.mark(i);
                run.sizes[k] = rows.sizeInPt(i);
                run.lefts[k] = rows.left(i);
                run.widths[k] = rows.widthDirAdj(i);
                run.texts[k] = rows.text(i);
                run.fonts[k] = rows.font(i);
                run.tops[k] = rows.top(i);
            }
            return run;
        }
    }

    /** Whether glyph {@code i} starts a new fragment: another style or size, or a gap too wide or overlapping. */
    private static boolean breaksRun(int[] styles, float[] sizes, float[] gaps, int i) {
        if (styles[i - 1] != styles[i]) {
            return true;
        }
        if (Math.abs(sizes[i - 1] - sizes[i]) > 0.5f) {
            return true;
        }
        float gap = gaps[i - 1];
        return gap > sizes[i - 1] * 1.2f || gap < -sizes[i - 1];
    }

    /** The glyphs {@code start} (inclusive) to {@code end} (exclusive) of a run of one style, as a fragment. */
    private void addFragment(RunGlyphs run, int start, int end) {
        if (start >= end || (run.styles[start] & OCR_RULE) != 0) {
            return;
        }
        FragmentText text = fragmentText.clear();
        for (int i = start; i < end; i++) {
            String unicode = run.texts[i];
            if (!cancelledSpace(unicode, run, i, start, end)) {
                text.add(unicode, run.lefts()[i], run.widths()[i]);
            }
        }
        // the one place report text enters: a glyph mapped to NUL or another control character is dropped
        String raw = text.text.toString();
        String clean = OverstruckGlyphs.isOverstrike(run.texts, run.lefts, run.widths, start, end) ? OverstruckGlyphs.BULLET
                : text.control ? ControlCharacters.oneLine(raw) : raw;
        if (clean.isBlank()) {
            return;
        }
        Styled styled = styled(run.fonts, run.styles, start, end);
        TextFragment fragment = new TextFragment(clean, run.lefts[start],
                run.lefts[end - 1] + run.widths[end - 1], run.tops[start], run.sizes[start],
                styled.bold(), styled.coloured(), styled.italic(), false, styled.smallCaps(),
                faces.of(run.fonts[start]));
        if (addUnlessDuplicate(fragment) && clean.length() == raw.length()) {
            StruckText.Glyphs glyphs = text.glyphs();
            if (glyphs != null) {
                fragmentGlyphs.put(fragment, glyphs);
            }
        }
    }

    /** A space glyph inside the fragment that the next glyph prints over ({@link WordGaps#printsNoGap}). */
    private static boolean cancelledSpace(String unicode, RunGlyphs run, int i, int start, int end) {
        return i > start && i + 1 < end && unicode != null && unicode.length() == 1 && unicode.charAt(0) == ' '
                && WordGaps.printsNoGap(run.lefts(), run.widths(), run.sizes(), i);
    }

    /**
     * A fragment's text as its glyphs are taken, with the left and right edge of each of its characters (a glyph of
     * several characters shared out), in one pass over the glyphs; one, reused, per stripper.
     */
    private static final class FragmentText {
        private final StringBuilder text = new StringBuilder();
        private boolean control;
        /** False once a glyph has no text: the characters are then not the glyphs' one by one. */
        private boolean edges;
        private float[] lefts = new float[64];
        private float[] rights = new float[64];

        FragmentText clear() {
            text.setLength(0);
            control = false;
            edges = true;
            return this;
        }

        void add(String unicode, float left, float width) {
            if (unicode == null) {
                edges = false;
            } else if (edges) {
                int c = text.length();
                if (c + unicode.length() > lefts.length) {
                    lefts = Arrays.copyOf(lefts, Math.max(2 * lefts.length, c + unicode.length()));
                    rights = Arrays.copyOf(rights, lefts.length);
                }
                float step = width / unicode.length();
                for (int k = 0; k < unicode.length(); k++, c++) {
                    lefts[c] = left + k * step;
                    rights[c] = lefts[c] + step;
                }
            }
            text.append(unicode);
            control |= hasControl(unicode);
        }

        /** Each character's edges; null when a glyph had no text. */
        StruckText.Glyphs glyphs() {
            int chars = text.length();
            return edges ? new StruckText.Glyphs(Arrays.copyOf(lefts, chars), Arrays.copyOf(rights, chars)) : null;
        }
    }

    /**
     * {@link ControlCharacters#containsAny} of one glyph's text, most often one character, tested without a loop over
     * the fragment's text: that loop, inlined into the glyph loop (writeRun), failed a speculation on report text and
     * had it compiled again, three to four times a run.
     */
    static boolean hasControl(String unicode) {
        if (unicode == null) {
            return false;
        }
        if (unicode.length() == 1) {
            char c = unicode.charAt(0);
            return c <= 0x1f || c >= 0x7f && c <= 0x9f;
        }
        return ControlCharacters.containsAny(unicode);
    }

    /** What most of a run's glyphs are set in. */
    private record Styled(boolean bold, boolean coloured, boolean italic, boolean smallCaps) {
    }

    private Styled styled(PDFont[] fonts, int[] styles, int start, int end) {
        int boldChars = 0;
        int colouredChars = 0;
        int italicChars = 0;
        int smallCapsChars = 0;
        for (int i = start; i < end; i++) {
            PDFont font = fonts[i];
            if (font != lastFaceFont) {
                lastFaceFont = font;
                lastFaceItalic = italicFont(font);
                lastFaceSmallCaps = font != null && smallCapsFonts.computeIfAbsent(font, PositionedTextStripper::isSmallCaps);
            }
            if (lastFaceItalic) {
                italicChars++;
            }
            if (lastFaceSmallCaps) {
                smallCapsChars++;
            }
            if ((styles[i] & BOLD) != 0) {
                boldChars++;
            }
            if ((styles[i] & COLOURED) != 0) {
                colouredChars++;
            }
        }
        int count = end - start;
        return new Styled(boldChars * 2 > count, colouredChars * 2 > count, italicChars * 2 > count,
                smallCapsChars * 2 > count);
    }

    private boolean addUnlessDuplicate(TextFragment fragment) {
        if (isDuplicate(fragment)) {
            return false;
        }
        fragments.add(fragment);
        return true;
    }

    private boolean isDuplicate(TextFragment fragment) {
        List<TextFragment> same = seen.computeIfAbsent(fragment.text(), k -> new ArrayList<>());
        for (TextFragment other : same) {
            if (Math.abs(other.x() - fragment.x()) < 2 && Math.abs(other.y() - fragment.y()) < 2) {
                return true;
            }
        }
        same.add(fragment);
        return false;
    }

    /** {@link #BOLD} (fake bold or a bold font) and {@link #COLOURED}, looked up once per glyph. */
    private int style(TextPosition position) {
        return style(glyphStyles.isEmpty() ? 0 : glyphStyles.getOrDefault(position, 0), position.getFont());
    }

    /** {@link #style(TextPosition)} from the glyph's noted {@link #FAKE_BOLD}, {@link #COLOURED} and {@link #OCR_RULE}
     * and its font. */
    private int style(int noted, PDFont font) {
        boolean bold = (noted & FAKE_BOLD) != 0 || boldFont(font);
        return (bold ? BOLD : 0) | noted & (COLOURED | OCR_RULE);
    }

    private boolean boldFont(PDFont font) {
        if (font == null) {
            return false;
        }
        if (font != lastFont) {
            lastFont = font;
            lastFontBold = boldFonts.computeIfAbsent(font, PositionedTextStripper::isBold);
        }
        return lastFontBold;
    }

    private boolean italicFont(PDFont font) {
        return font != null && italicFonts.computeIfAbsent(font, PositionedTextStripper::isItalic);
    }

    /** An italic or oblique face, by its name, its descriptor's italic flag or its italic angle. */
    static boolean isItalic(PDFont font) {
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("italic") || name.contains("oblique")) {
            return true;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor != null && (descriptor.isItalic() || Math.abs(descriptor.getItalicAngle()) > 1f);
    }

    /**
     * A small-capital face, by its descriptor's flag or its name: "TeXPalladioL-SC", "LMRomanCaps10-Regular",
     * "CMCSC10", "MinionPro-RegularSC", "Garamond-SmallCaps".
     */
    static boolean isSmallCaps(PDFont font) {
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor != null && descriptor.isSmallCap()
                || font.getName() != null && SMALL_CAPS_NAME.matcher(font.getName()).find();
    }

    /** A bold face: see {@link BoldFaces}. */
    static boolean isBold(PDFont font) {
        return BoldFaces.isBold(font);
    }
}
