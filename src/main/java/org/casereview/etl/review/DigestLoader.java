package org.casereview.etl.review;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;


import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.BoundedProblems;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.DigestTraces;
import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.LoadedReview;
import org.casereview.etl.document.ParseProblem;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.RejectRow;
import org.casereview.etl.document.ReportStatus;
import org.casereview.etl.document.ReviewFacts;
import org.casereview.etl.document.ReviewRow;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.document.UnreadableDocumentException;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.extract.ExtractedText;
import org.casereview.etl.guard.DocumentBudget;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.casereview.etl.normalise.ReviewText;

/** Reads one digest file into review rows: text extraction, entry grammar, normalisation. */
public final class DigestLoader {

    /** The longest report link kept: the review table's {@code report_link} column. */
    static final int MAX_LINK_CHARS = 2000;

    private final DocumentTextExtractor extractor;
    private final DigestParser parser;
    private final ReviewNormaliser normaliser;

    public DigestLoader(DocumentTextExtractor extractor, DigestParser parser, ReviewNormaliser normaliser) {
        this.extractor = extractor;
        this.parser = parser;
        this.normaliser = normaliser;
    }

    /** Whether this loader is made of these very parts. */
    public boolean madeOf(DocumentTextExtractor textExtractor, DigestParser digestParser, ReviewNormaliser reviewNormaliser) {
        return extractor == textExtractor && parser == digestParser && normaliser == reviewNormaliser;
    }

    /** The digest file's text and entries: what the grammar reads, before any row is made. */
    public record ParsedFile(ExtractedText text, ParsedDigest parsed) {
    }

    /**
     * What a digest file gives before it is a document of a run: its rows and rejects for the file {@code name}, read
     * for the run's month {@code runMonth} (the month of a digest that names none).
     */
    public record Reading(String name, YearMonth runMonth, String mediaType, String charset,
                          List<LoadedReview> reviews, List<RejectRow> rejects, boolean noEntries, DigestTraces traces) {
        public Reading {
            reviews = List.copyOf(reviews);
            rejects = List.copyOf(rejects);
        }
    }

    public DigestLoad load(Path file, DocumentRow document, YearMonth runMonth) {
        try {
            return loaded(read(parse(file), document.sourceFile(), runMonth), document);
        } catch (UnreadableDocumentException e) {
            return rejected(document, e.reason(), e.getMessage());
        }
    }

    /**
     * The file's text and entries; a saved e-mail (or a PDF that is only a cover) whose own text has none, its first
     * attached file in a digest format that has ({@link #attachedDigest}); a PDF portfolio's cover, its attached PDFs
     * read together ({@link #portfolioDigest}).
     */
    public ParsedFile parse(Path file) throws UnreadableDocumentException {
        ExtractedText text = extractor.extract(file);
        ParsedFile parsed = new ParsedFile(text, parser.parse(text.text(), text.pageBreaks()));
        if (!parsed.parsed().entries().isEmpty()) {
            return parsed;
        }
        Optional<ParsedFile> attached = attachedDigest(file, text);
        return attached.isPresent() ? attached.get() : portfolioDigest(file, text).orElse(parsed);
    }

    /** A PDF portfolio's digest: its cover's text and its attached PDFs' together, when they have entries. */
    private Optional<ParsedFile> portfolioDigest(Path file, ExtractedText cover) throws UnreadableDocumentException {
        Optional<ExtractedText> text = extractor.portfolioText(file, cover);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        ParsedDigest parsed = parser.parse(text.get().text(), text.get().pageBreaks());
        return parsed.entries().isEmpty() ? Optional.empty() : Optional.of(new ParsedFile(text.get(), parsed));
    }

    /**
     * The digest an e-mail carries as an attachment, its covering note ('Please see the attached summary ...') having no
     * entries: the first attached file in a digest format whose text has entries, read as a file on disk is (its limits
     * too), and reported with the message's media type. An attachment that cannot be read rejects the file with a
     * reason naming it, unless a later one is the digest; none when the message has no such attachment.
     */
    private Optional<ParsedFile> attachedDigest(Path file, ExtractedText message) throws UnreadableDocumentException {
        UnreadableDocumentException unreadable = null;
        for (DocumentTextExtractor.Attachment attachment : extractor.attachments(file)) {
            try {
                ExtractedText text = extractor.extractAttached(file.getFileName().toString(), attachment);
                ParsedDigest parsed = parser.parse(text.text(), text.pageBreaks());
                if (!parsed.entries().isEmpty()) {
                    return Optional.of(new ParsedFile(new ExtractedText(message.mediaType(), text.charset(), text.text(),
                            text.edgeMonth(), text.wholeBlocks()), parsed));
                }
            } catch (UnreadableDocumentException e) {
                unreadable = unreadable == null ? e : unreadable;
            }
        }
        if (unreadable != null) {
            throw unreadable;
        }
        return Optional.empty();
    }

    /** The rows of a parsed digest file named {@code name}, normalised. */
    public Reading read(ParsedFile file, String name, YearMonth runMonth) {
        ExtractedText text = file.text();
        ParsedDigest parsed = file.parsed();
        List<RejectRow> rejects = new ArrayList<>();
        if (parsed.entries().isEmpty()) {
            rejects.addAll(rows(name, BoundedProblems.of(parsed.problems())));
            rejects.add(new RejectRow(name, "file", RejectReason.UNPARSEABLE_ENTRY,
                    "no review entries found (expected numbered or dated entry headings followed by a summary)"));
            return new Reading(name, runMonth, text.mediaType(), text.charset(), List.of(), rejects, true, parsed.traces());
        }
        // the text's own month first; then a PDF's running head, or its print date, which the text leaves out
        YearMonth month = parsed.month() != null ? parsed.month() : text.edgeMonth() != null ? text.edgeMonth() : runMonth;
        List<LoadedReview> reviews = new ArrayList<>();
        // the too-long links join the parsing's problems, so the document's rows are bounded together
        List<ParseProblem> problems = new ArrayList<>(parsed.problems());
        Set<String> ids = new HashSet<>();
        for (DigestEntry entry : parsed.entries()) {
            DocumentBudget.checkTime();
            ReviewFacts facts = normaliser.normalise(ReviewText.of(entry));
            YearMonth partMonth = parsed.partMonths().get(entry.entryNo());
            YearMonth entryMonth = partMonth != null ? partMonth : month;
            String link = withinLinkLimit(entry, problems);
            String id = ReviewIds.claim(ReviewIds.of(entryMonth.toString(), entry.childName(), entry.title(), name + "-" + entry.entryNo()), ids);
            reviews.add(new LoadedReview(row(id, entryMonth, name, entry, link, facts,
                    publicationYear(entry, parsed, partMonth, text.edgeMonth())),
                    "digest", entry.sections(),
                    ItemRow.themed(ItemRow.fromSections(entry.sections()), normaliser::themes), facts.evidence()));
        }
        rejects.addAll(rows(name, BoundedProblems.of(problems)));
        return new Reading(name, runMonth, text.mediaType(), text.charset(), reviews, rejects, false, parsed.traces());
    }

    private static List<RejectRow> rows(String name, List<ParseProblem> problems) {
        return problems.stream().map(p -> new RejectRow(name, p.location(), p.reason(), p.message())).toList();
    }

    /** The load of {@code document} from its reading (made for the same file name). */
    public static DigestLoad loaded(Reading reading, DocumentRow document) {
        DocumentRow read = new DocumentRow(document.sourceFile(), document.kind(), reading.mediaType(), reading.charset(),
                document.sha256(), document.bytes(), document.pages(), DocumentStatus.LOADED, null);
        List<RejectRow> rejects = reading.rejects();
        if (reading.noEntries()) {
            return new DigestLoad(read.withStatus(DocumentStatus.REJECTED, RejectReason.UNPARSEABLE_ENTRY.code()), List.of(), rejects);
        }
        DocumentRow status = rejects.isEmpty() ? read : read.withStatus(DocumentStatus.PARTIAL, rejects.get(0).reason().code());
        return new DigestLoad(status, reading.reviews(), rejects, reading.traces());
    }

    /**
     * Never the run's month: a digest that states no year gives no publication year; a one-review page may state it
     * at the top of its summary ("Published: January 2024"); an entry of a later part of the file has its part's; a
     * digest whose text names no month has the year of the month it names apart (a PDF's running head, an e-mail's
     * Date), as its digest month is.
     */
    private Integer publicationYear(DigestEntry e, ParsedDigest d, YearMonth partMonth, YearMonth edgeMonth) {
        if (e.headingYear() != null) {
            return e.headingYear();
        }
        if (partMonth != null) {
            return partMonth.getYear();
        }
        return d.publicationYear() != null ? d.publicationYear()
                : d.month() != null ? Integer.valueOf(d.month().getYear())
                : edgeMonth != null ? Integer.valueOf(edgeMonth.getYear())
                : normaliser.statedPublicationYear(e.summary()).orElse(null);
    }

    /**
     * The entry's report link, or null with a problem when it is longer than a link may be: no report is named by
     * a megabyte of address, and the row's column holds {@value #MAX_LINK_CHARS} characters.
     */
    private static String withinLinkLimit(DigestEntry entry, List<ParseProblem> problems) {
        String link = entry.linkTarget();
        if (link == null || link.length() <= MAX_LINK_CHARS) {
            return link;
        }
        problems.add(new ParseProblem("entry " + entry.entryNo() + " link", RejectReason.TOO_LARGE, "the report link of entry "
                + entry.entryNo() + " is " + link.length() + " characters, more than the " + MAX_LINK_CHARS
                + " a link may have; the entry is loaded without it"));
        return null;
    }

    private static ReviewRow row(String id, YearMonth month, String file, DigestEntry e, String link, ReviewFacts f,
                                 Integer publicationYear) {
        return ReviewRow.builder().facts(f)
                .reviewId(id).digestMonth(month.toString()).sourceFile(file).entryNo(e.entryNo())
                .title(e.title()).childName(e.childName()).summary(e.summary())
                .learningCount(count(e, SectionType.LEARNING))
                .recommendationCount(count(e, SectionType.RECOMMENDATIONS))
                .goodPracticeCount(count(e, SectionType.GOOD_PRACTICE))
                .noRecommendations(e.noRecommendations()).reportLink(link)
                .reportStatus(ReportStatus.MISSING).area(e.area()).publicationYear(publicationYear)
                .build();
    }

    private static int count(DigestEntry e, SectionType type) {
        return e.sections().stream().filter(s -> s.type() == type).mapToInt(s -> s.items().size()).sum();
    }

    public static DigestLoad rejected(DocumentRow document, RejectReason reason, String message) {
        return new DigestLoad(document.withStatus(DocumentStatus.REJECTED, reason.code()), List.of(),
                List.of(new RejectRow(document.sourceFile(), "file", reason, message)));
    }
}
