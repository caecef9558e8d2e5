package org.casereview.etl.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.digest.DigestTable;
import org.casereview.etl.digest.LayoutDigestText;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.guard.DocumentBudget;
import org.casereview.etl.guard.DocumentGuard;
import org.casereview.etl.guard.PageGlyphBudget;
import org.casereview.etl.guard.PageOperatorsExceededException;
import org.casereview.etl.guard.StepClock;
import org.casereview.etl.layout.TrackedLetterGaps;
import org.casereview.etl.pdf.ActualTextLength;
import org.casereview.etl.pdf.AttachedFiles;
import org.casereview.etl.pdf.JoinedContentPage;
import org.casereview.etl.pdf.LineSteps;
import org.casereview.etl.pdf.MarginLabels;
import org.casereview.etl.pdf.OutlinedActualText;
import org.casereview.etl.pdf.OverprintedText;
import org.casereview.etl.pdf.PdfOpener;
import org.casereview.etl.pdf.SideLabels;
import org.casereview.etl.pdf.SizeOnPage;
import org.casereview.etl.pdf.TurnedMarginText;
import org.casereview.etl.pdf.TurnedPages;
import org.casereview.etl.pdf.TurnedRuns;

/**
 * Tells a digest saved as PDF from a case review report: a digest's first pages read as several
 * entries, each with its own labelled sections and naming a review (a link, a child, a year or an
 * area); a report's do not. A short report's headings ("Key messages", "Learning", "Recommendations")
 * can read as labelled sections, but its "entries" name no review.
 * <p>
 * Every new PDF is sniffed before the report step reads it in full, so the sniff reads little:
 * the first two pages, and the first four only when two pages hold exactly one such entry (a
 * digest with long entries); pages with none are a report's cover and contents. Pages holding little text (slides:
 * a title and a few lines each, a review often over two of them) are read on a page at a time while fewer than two
 * entries have shown, until the pages read hold about a page of a report's text, and never past
 * {@value #SPARSE_PAGES_READ} pages. When the text layer shows no
 * such entries, its lines are read again with their bold run-in titles on lines of their own, as the digest step sets
 * them ({@link RunInLines}: numbered entries whose bold title runs into the summary); then with the paragraphs PDFBox finds
 * set apart, as Tika sets them for the digest step (a table's cells written one after another, a title cell after the row
 * before it); then a tagged file's first four pages are read through the layout model as the digest step reads them
 * ({@link LayoutDigestText}): a digest laid out as a table, one row per review, has its entries in the rows. An
 * untagged file is read from its layout the same way, but only when a line of its first pages names two or more
 * labelled sections, as such a table's header line does. A short cover that carries a file in a digest format
 * ({@link AttachedFiles}) is a digest: the digest step reads the attached file.
 */
public final class PdfDigestSniffer implements Predicate<Path> {

    private static final int FIRST_PAGES_READ = 2;
    private static final int PAGES_READ = 4;
    private static final int MIN_ENTRIES = 2;
    /** A label line is short: longer lines are not looked up as labels. */
    private static final int MAX_LABEL_CHARS = 60;
    /** About one full page of a report's text (a slide holds a tenth of it): pages read holding less are read on. */
    private static final int SPARSE_TEXT_CHARS = 3000;
    private static final int SPARSE_PAGES_READ = 8;
    /** Where PDFBox starts a paragraph, marked in the text read (U+2029, the paragraph separator) and taken out again. */
    private static final String PARAGRAPH_START = "\u2029";

    private final Supplier<DigestParser> parser;

    public PdfDigestSniffer(DigestParser parser) {
        this(() -> parser);
    }

    /** @param parser asked for when a PDF is sniffed */
    public PdfDigestSniffer(Supplier<DigestParser> parser) {
        this.parser = parser;
    }

    @Override
    public boolean test(Path pdf) {
        return decide(pdf).orElse(false); // a PDF that cannot be read: the report step rejects it with the precise reason
    }

    /**
     * Whether the PDF is a digest; empty when it cannot be told (unreadable). Past a limit or the document's time while
     * sniffing, the {@link org.casereview.etl.guard.LimitExceededException} goes through to the caller's guard, which
     * rejects the file: read again by the report step, it took a second budget to reach the same end (session 38).
     */
    public Optional<Boolean> decide(Path pdf) {
        if (PdfOpener.tooLarge(pdf)) {
            return Optional.of(false); // the report step rejects it as too large
        }
        // as the digest step reads it: imposed sheets taken apart
        try (PDDocument document = PdfOpener.open(pdf, PdfOpener.SEPARATE_IMPOSED_PAGES)) {
            RunInLines runIn = new RunInLines();
            StepClock operators = new StepClock(); // one count of the busy pages left out, however often a page is read
            String firstPages = text(document, 1, FIRST_PAGES_READ, runIn, operators);
            long entries = entriesWithSections(lines(firstPages));
            int pages = document.getNumberOfPages();
            int read = Math.min(FIRST_PAGES_READ, pages);
            String text = firstPages;
            if (entries == MIN_ENTRIES - 1 && pages > FIRST_PAGES_READ) {
                // the pages read already are not read again
                text = text + text(document, FIRST_PAGES_READ + 1, PAGES_READ, runIn, operators);
                read = Math.min(PAGES_READ, pages);
                entries = entriesWithSections(lines(text));
            }
            while (entries < MIN_ENTRIES && read < Math.min(pages, SPARSE_PAGES_READ) && lines(text).length() < SPARSE_TEXT_CHARS) {
                read++;
                text = text + text(document, read, read, runIn, operators);
                entries = entriesWithSections(lines(text));
            }
            return Optional.of(entries >= MIN_ENTRIES
                    || runIn.text().map(this::entriesWithSections).orElse(0L) >= MIN_ENTRIES
                    || entriesWithSections(paragraphs(text)) >= MIN_ENTRIES
                    || taggedEntriesWithSections(document) >= MIN_ENTRIES
                    || DigestTable.hasHeaderLine(lines(firstPages)) && tableEntriesWithSections(document) >= MIN_ENTRIES
                    || labelLines(lines(firstPages)) >= MIN_ENTRIES && boxEntriesWithSections(document) >= MIN_ENTRIES
                    || !AttachedFiles.digestsBehindCover(document).isEmpty()
                    || portfolioEntries(document) >= MIN_ENTRIES);
        } catch (IOException | RuntimeException e) {
            // past a limit or the time: the file is rejected here with the reason, not read again to the same end
            DocumentGuard.rethrowIfStopped(e);
            return Optional.empty();
        }
    }

    /**
     * Stops at a page past the character limit: the stripper keeps a page's glyphs in memory. Follows which way the
     * lines step, so that pages written from the bottom up are read again in position order, as the digest step does.
     */
    private static final class LimitedStripper extends PDFTextStripper {
        private final RunInLines runIn;
        private final PageGlyphBudget pageGlyphs = new PageGlyphBudget();
        private final LineSteps steps = new LineSteps();
        /** Pages drawn turned a quarter as a whole are read in position order too ({@link TurnedPages}). */
        private final TurnedPages turnedPages = new TurnedPages();
        private boolean inLine;
        private MarginLabels marginLabels = MarginLabels.NONE;
        private boolean inLabel;
        private SideLabels sideLabels = SideLabels.NONE;
        private boolean inSideLabel;
        private boolean wordSeparator;
        private TrackedLetterGaps letterGaps = TrackedLetterGaps.NONE;
        private TextPosition lastGlyph;
        private int rotation;
        private float viewedWidth;
        /** A list's label turned up its band: one line, as the digest step reads it ({@link TurnedRuns}). */
        private final TurnedRuns turned = new TurnedRuns();
        private boolean turnedSeen;
        /** Pages with words given as marked content's /ActualText, as the digest step writes them in. */
        private final Set<Integer> actualTextPages = new TreeSet<>();
        /** Text drawn again over itself (a simulated bold, a shadow) read once, as the digest step reads it. */
        private final OverprintedText overprinted = new OverprintedText();
        /** The deadline, looked at between operators too; the sniff's count of busy pages. */
        private final StepClock operators;

        private LimitedStripper(RunInLines runIn, StepClock operators) {
            this.runIn = runIn;
            this.operators = operators;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            pageGlyphs.reset();
            overprinted.startPage();
            steps.startPage();
            turnedPages.startPage(page);
            inLine = false;
            turnedSeen = false;
            rotation = TurnedMarginText.rotation(page);
            viewedWidth = TurnedMarginText.viewedWidth(page);
            super.startPage(page);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            operators.step();
            super.processOperator(operator, operands);
        }

        /** A page read (in the page range: PDFBox passes every page here) parses its streams from one buffer. */
        @Override
        public void processPage(PDPage page) throws IOException {
            boolean read = getCurrentPageNo() >= getStartPage() && getCurrentPageNo() <= getEndPage();
            operators.startPage(getCurrentPageNo());
            try {
                super.processPage(read ? JoinedContentPage.of(page) : page);
            } catch (PageOperatorsExceededException e) {
                // that page is not read, as the report and digest steps leave it out; its glyphs go with the next page's start
            }
        }

        @Override
        protected void writePage() throws IOException {
            // a section's name turned down the page's edge is furniture, not a line of capitals between entries
            TurnedMarginText.remove(getCharactersByArticle(), rotation, viewedWidth);
            turned.page(getCharactersByArticle(), rotation, viewedWidth, turnedSeen);
            marginLabels = MarginLabels.arrange(getCharactersByArticle());
            sideLabels = SideLabels.find(getCharactersByArticle(), DigestTable::isSectionLabel);
            letterGaps = TrackedLetterGaps.of(getCharactersByArticle());
            super.writePage();
        }

        /** As the digest step reads the page: a margin label is a line of its own, before the line beside it. */
        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (turned.hold(positions)) {
                return;
            }
            writeTurnedLines();
            if (marginLabels.writeSplit(positions, this::writeString)) {
                return;
            }
            boolean label = marginLabels.isLabel(positions);
            if (inLine && label != inLabel) {
                writeLineSeparator();
            } else if (wordSeparator && (positions.isEmpty() || !letterGaps.joins(lastGlyph, positions.get(0)))) {
                super.writeWordSeparator();
                runIn.wordSeparator();
            }
            wordSeparator = false;
            inLabel = label;
            inSideLabel |= sideLabels.isLabel(positions);
            if (!positions.isEmpty()) {
                TextPosition first = positions.get(0);
                TextPosition end = positions.get(positions.size() - 1);
                steps.line(first.getYDirAdj(), first.getFontSizeInPt(), first.getXDirAdj(),
                        end.getXDirAdj() + end.getWidthDirAdj());
                inLine = true;
                lastGlyph = end;
            }
            runIn.word(text, positions);
            super.writeString(text, positions);
        }

        @Override
        protected void writeWordSeparator() {
            wordSeparator = true; // written before the next word, unless a margin label ends there
        }

        /** A side label ('LEARNING' beside its list) gets the colon the grammar reads a label by inside a paragraph. */
        @Override
        protected void writeLineSeparator() throws IOException {
            if (turned.holding()) {
                return; // the line ends PDFBox writes between turned glyphs
            }
            if (inSideLabel) {
                super.writeString(":");
                inSideLabel = false;
            }
            inLine = false;
            inLabel = false;
            wordSeparator = false;
            runIn.endLine();
            super.writeLineSeparator();
        }

        /** The turned glyphs held back, each block a line of its own before the line that comes next. */
        private void writeTurnedLines() throws IOException {
            for (TurnedRuns.Line line : turned.release()) {
                if (inLine) {
                    writeLineSeparator();
                }
                runIn.word(line.text(), List.of());
                super.writeString(line.text(), List.of());
                inLine = true;
                writeLineSeparator();
            }
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            ActualTextLength.check(properties);
            if (OutlinedActualText.carries(properties)) {
                actualTextPages.add(getCurrentPageNo());
            }
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        protected void writeParagraphStart() throws IOException {
            runIn.paragraph();
            super.writeParagraphStart();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            writeTurnedLines();
            runIn.endLine();
            super.endPage(page);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (overprinted.repeats(text)) {
                return;
            }
            pageGlyphs.count(text.getUnicode());
            turnedSeen |= text.getDir() != 0f;
            turnedPages.glyph(text);
            super.processTextPosition(SizeOnPage.of(text, this));
        }
    }

    /**
     * The entries of a portfolio's attached PDFs ({@link AttachedFiles#portfolioParts}) read together, each part's first
     * pages as a file's are read; 0 for any other PDF.
     */
    private long portfolioEntries(PDDocument document) throws IOException {
        StringBuilder text = new StringBuilder();
        long maxBytes = DocumentBudget.current().limits().maxFileBytes();
        for (AttachedFiles.Attached part : AttachedFiles.portfolioParts(document)) {
            byte[] bytes = part.bytes(maxBytes);
            if (bytes != null && !PdfOpener.tooLarge(bytes.length)) {
                try (PDDocument pdf = PdfOpener.load(bytes)) {
                    text.append(lines(text(pdf, 1, FIRST_PAGES_READ, new RunInLines(), new StepClock()))).append("\n\n");
                }
            }
        }
        return text.isEmpty() ? 0 : entriesWithSections(text.toString());
    }

    /** The pages' text; their lines, with the bold words that open them, go to {@code runIn}. */
    private static String text(PDDocument document, int firstPage, int lastPage, RunInLines runIn, StepClock operators)
            throws IOException {
        RunInLines lines = new RunInLines();
        LimitedStripper stripper = stripper(firstPage, lastPage, lines, operators);
        String text = stripper.getText(document);
        if (OutlinedActualText.writeIn(document, stripper.actualTextPages)) {
            lines = new RunInLines(); // outlined words written in as text where they are drawn
            stripper = stripper(firstPage, lastPage, lines, operators);
            text = stripper.getText(document);
        }
        if (stripper.steps.byPosition() || stripper.turnedPages.byPosition()) {
            lines = new RunInLines();
            LimitedStripper byPosition = stripper(firstPage, lastPage, lines, operators);
            byPosition.setSortByPosition(true);
            text = byPosition.getText(document);
        }
        runIn.add(lines);
        return text;
    }

    /** The text read, its lines one after another as the stripper writes them. */
    private static String lines(String marked) {
        return marked.replace(PARAGRAPH_START, "");
    }

    /**
     * The text read with each paragraph PDFBox finds (a gap over the line spacing, an indent) a block of its own, as the
     * digest step's Tika text sets them apart: a table's cells written one after another (a row's last item, then the next
     * row's title cell) are told apart by their gaps, where the lines alone run the title on as the item's last words.
     */
    private static String paragraphs(String marked) {
        return marked.replace(PARAGRAPH_START, "\n");
    }

    private static LimitedStripper stripper(int firstPage, int lastPage, RunInLines runIn, StepClock operators) {
        LimitedStripper stripper = new LimitedStripper(runIn, operators);
        stripper.setParagraphStart(PARAGRAPH_START);
        // as Tika reads a digest PDF in the digest step (its default), and without the per-glyph cost
        stripper.setSuppressDuplicateOverlappingText(false);
        stripper.setStartPage(firstPage);
        stripper.setEndPage(lastPage);
        return stripper;
    }

    /**
     * The first pages of a tagged file through the layout model, as the digest step reads it: a digest whose shape
     * the text layer hides (a table with one row per review) still shows its entries. 0 when not covered by tags.
     */
    private long taggedEntriesWithSections(PDDocument document) {
        return LayoutDigestText.readTagged(document, PAGES_READ).map(this::reviewsWithSections).orElse(0L);
    }

    /**
     * The first pages of an untagged file laid out as a table, one row per review, read from their layout: only
     * when a line of the text layer names two or more labelled sections, as a digest table's header does.
     */
    private long tableEntriesWithSections(PDDocument document) {
        return LayoutDigestText.readTable(document, PAGES_READ).map(this::reviewsWithSections).orElse(0L);
    }

    /**
     * The first pages of an untagged file whose text sits in drawn boxes that the content stream does not write in
     * reading order (a board's cards written row by row across its columns), read box by box.
     */
    private long boxEntriesWithSections(PDDocument document) {
        return LayoutDigestText.readBoxes(document, PAGES_READ).map(this::reviewsWithSections).orElse(0L);
    }

    /** Lines that are a section's label alone ('Learning includes:'), as each entry of a digest has. */
    private static long labelLines(String lines) {
        return lines.lines().map(String::strip).filter(line -> !line.isEmpty() && line.length() <= MAX_LABEL_CHARS)
                .filter(DigestTable::isSectionLabel).count();
    }

    /**
     * Entries counted once per review they name, as {@link #reviewsWithSections} does; an entry that names no review
     * of its own (no link, child or area: a year at most, as any heading of a report's body may show) is not told
     * apart from the entry before it. A report's own headings ("How the review was carried out") read as entries
     * after its title, but name nothing of a review; a digest's entries each name theirs.
     */
    private long entriesWithSections(String text) {
        List<String> reviews = new ArrayList<>();
        entries(text).forEach(entry -> {
            String own = namesItsOwnReview(entry) || reviews.isEmpty() ? reviewKey(entry) : null;
            if (own != null && !reviews.contains(own)) {
                reviews.add(own);
            }
        });
        return reviews.size();
    }

    private static boolean namesItsOwnReview(DigestEntry entry) {
        return entry.linkTarget() != null || entry.linkText() != null || entry.childName() != null
                || entry.area() != null;
    }

    /**
     * Entries counted once per review they name: a tagged report's sub-headings ("Finding 1: Child H's voice
     * was not heard") read as entries too, but all of them name the one child of the report, where a digest's
     * entries name different reviews.
     */
    private long reviewsWithSections(String text) {
        return entries(text).map(PdfDigestSniffer::reviewKey).distinct().count();
    }

    /** Only entries with a section of items count, so a text without a list label is not parsed (a report's pages). */
    private Stream<DigestEntry> entries(String text) {
        return parser.get().parseWithListSections(text).stream().map(ParsedDigest::entries).flatMap(List::stream)
                .filter(e -> hasLabelledSection(e) && namesAReview(e));
    }

    private static String reviewKey(DigestEntry entry) {
        if (entry.linkTarget() != null) {
            return entry.linkTarget();
        }
        if (entry.childName() != null) {
            String child = entry.childName().replaceAll("['’]s$", "").toLowerCase(Locale.ROOT);
            return child + "|" + Objects.toString(entry.area(), "");
        }
        return entry.title();
    }

    private static boolean namesAReview(DigestEntry entry) {
        return entry.linkText() != null || entry.linkTarget() != null || entry.childName() != null
                || entry.headingYear() != null || entry.area() != null;
    }

    private static boolean hasLabelledSection(DigestEntry entry) {
        return entry.sections().stream().anyMatch(s -> s.type().hasItems());
    }
}
