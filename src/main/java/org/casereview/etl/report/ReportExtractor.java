package org.casereview.etl.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.casereview.etl.document.ParseProblem;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.ReportMetadata;
import org.casereview.etl.document.UnreadableDocumentException;
import org.casereview.etl.layout.Evidence;
import org.casereview.etl.layout.LayoutDocument;
import org.casereview.etl.layout.LayoutReader;
import org.casereview.etl.layout.OutlineReader;
import org.casereview.etl.text.ControlCharacters;
import org.casereview.etl.text.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one report PDF into headed sections with their items and pages, and its metadata.
 * One document is open at a time, backed by temp files, and closed before the text is analysed.
 * Thread-safe: every call works on its own objects.
 */
public final class ReportExtractor {

    private static final Logger log = LoggerFactory.getLogger(ReportExtractor.class);
    private static final int MIN_TEXT_CHARS = 20;

    private final SectionTyper typer;
    private final ItemLabels labels;
    private final MetadataReader metadataReader;
    private final AnsweredQuestions answeredQuestions;

    private ReportExtractor(Vocabulary vocabulary) {
        this.typer = new SectionTyper(vocabulary);
        this.labels = new ItemLabels(vocabulary);
        this.metadataReader = new MetadataReader(vocabulary);
        this.answeredQuestions = new AnsweredQuestions(vocabulary, labels);
    }

    public static ReportExtractor withDefaultSynonyms() {
        return new ReportExtractor(Vocabulary.defaults());
    }

    /** With the word lists of the given vocabulary (the bundled one with an operator's file merged on top). */
    public static ReportExtractor withVocabulary(org.casereview.etl.vocabulary.Vocabulary vocabulary) {
        return new ReportExtractor(Vocabulary.from(vocabulary));
    }

    public ReportDocument extract(Path pdf) throws UnreadableDocumentException {
        return extractWithItems(pdf).document();
    }

    public ExtractedReport extractWithItems(Path pdf) throws UnreadableDocumentException {
        RawReport raw = read(pdf);
        List<ParseProblem> problems = new ArrayList<>();
        int chars = pageProblems(raw, problems);
        if (!raw.failedPages().isEmpty() && raw.failedPages().size() == raw.pageCount()) {
            throw raw.skippedPages().isEmpty() ? new UnreadableDocumentException(RejectReason.CORRUPT, "no page could be read")
                    : new UnreadableDocumentException(RejectReason.TOO_LARGE, "no page could be read: "
                    + raw.skippedPages().values().iterator().next());
        }
        if (chars < MIN_TEXT_CHARS) {
            throw new UnreadableDocumentException(RejectReason.NO_TEXT_LAYER, raw.drawnAsShapes()
                    ? "no text layer: the pages are drawn as vector shapes (text converted to outlines)"
                    : "no text layer: the PDF holds images of pages only");
        }
        Optional<String> undecodable = PrivateUseText.unreadable(raw.pages());
        if (undecodable.isPresent()) {
            throw new UnreadableDocumentException(RejectReason.NO_TEXT_LAYER, undecodable.get());
        }
        BodyStyle body = BodyStyle.of(raw.pages()); // the metadata's and the analysis's: one count a report
        ReportMetadata metadata = metadataReader.read(raw.pages(), body, raw.info(), raw.pageCount());
        ExtractedReport report = new ReportAnalyser(typer, labels, answeredQuestions).analyse(
                String.valueOf(pdf.getFileName()), raw.pages(), body, raw.outline(), raw.layout().blocks(Evidence.TAGS),
                metadata, problems);
        report = new SheetPages(raw.sheets()).onSheets(report);
        List<String> imagePages = ImageOnlyPages.notes(problems);
        if (!raw.fontNotes().isEmpty() || !imagePages.isEmpty()) {
            List<String> notes = new ArrayList<>(raw.fontNotes());
            notes.addAll(imagePages);
            notes.addAll(report.layoutNotes());
            report = new ExtractedReport(report.document(), report.items(), notes);
        }
        log.debug("Extracted {}: {} pages, {} sections, {} items", LogSafe.text(pdf.getFileName()), raw.pageCount(),
                report.document().sections().size(), report.items().size());
        return report;
    }

    /** The problems of each page (not read whole, no text layer) added to {@code problems}; the characters read. */
    private static int pageProblems(RawReport raw, List<ParseProblem> problems) {
        int chars = 0;
        for (PageText page : raw.pages()) {
            int pageChars = page.lines().stream().mapToInt(l -> l.text().length()).sum();
            chars += pageChars;
            if (raw.skippedPages().containsKey(page.number())) {
                problems.add(new ParseProblem("page " + page.number(), RejectReason.TOO_LARGE,
                        raw.skippedPages().get(page.number())));
            } else if (raw.failedPages().containsKey(page.number())) {
                problems.add(new ParseProblem("page " + page.number(), RejectReason.CORRUPT,
                        "page " + page.number() + " could not be read whole: " + raw.failedPages().get(page.number())));
            } else if (pageChars == 0 && !raw.blankPages().contains(page.number())) {
                problems.add(new ParseProblem("page " + page.number(), RejectReason.NO_TEXT_LAYER,
                        "page " + page.number() + " has no text layer"));
            }
        }
        return chars;
    }

    /** {@code skippedPages}: those of {@code failedPages} past the operators a page may draw, not read at all. */
    private record RawReport(List<PageText> pages, Map<Integer, String> failedPages, Map<Integer, String> skippedPages,
                             List<OutlineReader.Entry> outline, LayoutDocument layout, PDDocumentInformation info,
                             int pageCount, Set<Integer> blankPages, boolean drawnAsShapes, List<String> fontNotes,
                             List<Integer> sheets) {
    }

    /** Numbers of the pages without text that paint nothing else either: blank, not missing a text layer. */
    private static Set<Integer> blankPages(PDDocument document, List<PageText> pages) {
        Set<Integer> blank = new HashSet<>();
        for (PageText page : pages) {
            boolean textless = page.lines().stream().allMatch(l -> l.text().isEmpty());
            if (textless && page.number() >= 1 && page.number() <= document.getNumberOfPages()
                    && BlankPages.isBlank(document.getPage(page.number() - 1))) {
                blank.add(page.number());
            }
        }
        return blank;
    }

    private static RawReport read(Path pdf) throws UnreadableDocumentException {
        ReportPdfFile.SheetedReport opened = ReportPdfFile.openOnSheets(pdf);
        PDDocument document = opened.document();
        try {
            PositionedTextStripper stripper = new PositionedTextStripper();
            List<PageText> pages = stripper.read(document);
            return new RawReport(pages, stripper.failedPages(), new TreeMap<>(stripper.skippedPages()),
                    OutlineReader.read(document), LayoutReader.read(document), copyInfo(document),
                    document.getNumberOfPages(), blankPages(document, pages), textless(pages)
                    && BlankPages.drawnAsShapes(document), stripper.fontNotes(), opened.sheets());
        } catch (RuntimeException e) {
            throw new UnreadableDocumentException(RejectReason.CORRUPT, "cannot read the text: " + e.getMessage(), e);
        } finally {
            try {
                document.close();
            } catch (IOException e) {
                log.warn("Closing {} failed: {}", LogSafe.text(pdf.getFileName()), LogSafe.text(e.getMessage()));
            }
        }
    }

    /** Fewer characters than a text layer has: why there is none is told apart (a scan, or text drawn as shapes). */
    private static boolean textless(List<PageText> pages) {
        return pages.stream().flatMap(p -> p.lines().stream()).mapToInt(l -> l.text().length()).sum() < MIN_TEXT_CHARS;
    }

    private static PDDocumentInformation copyInfo(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        PDDocumentInformation copy = new PDDocumentInformation();
        copy.setTitle(ControlCharacters.oneLine(info.getTitle()));
        copy.setAuthor(ControlCharacters.oneLine(info.getAuthor()));
        copy.setCreationDate(info.getCreationDate());
        copy.setModificationDate(info.getModificationDate());
        return copy;
    }
}
