package org.casereview.etl.review;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.casereview.etl.concurrent.Futures;
import org.casereview.etl.document.DocumentRow;
import org.casereview.etl.document.DocumentStatus;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.LoadedReview;
import org.casereview.etl.document.ParseProblem;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.RejectRow;
import org.casereview.etl.document.ReportMetadata;
import org.casereview.etl.document.ReportStatus;
import org.casereview.etl.document.ReviewFacts;
import org.casereview.etl.document.ReviewRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.link.AmbiguousLink;
import org.casereview.etl.link.EntryLink;
import org.casereview.etl.link.LinkCandidateEntry;
import org.casereview.etl.link.LinkCandidateReport;
import org.casereview.etl.link.LinkResult;
import org.casereview.etl.link.OperatorLinks;
import org.casereview.etl.link.OperatorLinksReader;
import org.casereview.etl.link.ReportLinker;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.casereview.etl.normalise.ReviewText;
import org.casereview.etl.quality.DigestExpectation;
import org.casereview.etl.quality.ReportEvidence;
import org.casereview.etl.text.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links the month's digest entries to its extracted reports and merges them: the digest wins for
 * what it states, the report fills the gaps, and counts come from the report when it has items.
 * Reports no entry links to become reviews of their own.
 */
public final class ReviewAssembler {

    private static final Logger log = LoggerFactory.getLogger(ReviewAssembler.class);

    private final ReportLinker linker;
    private final ReviewNormaliser normaliser;

    public ReviewAssembler(ReportLinker linker, ReviewNormaliser normaliser) {
        this.linker = linker;
        this.normaliser = normaliser;
    }

    /**
     * @param entries  the month's digest reviews as stored
     * @param reports  the month's report PDFs with an extraction on record
     * @param contents sections and items of the extracted reports
     * @param operator the operator's links file, if any
     */
    public Assembly assemble(String month, List<ReviewRow> entries, List<StoredReport> reports,
                             ReportContents contents, OperatorLinks operator) {
        return assemble(month, entries, reports, contents, operator, link -> false);
    }

    /** @param refusedLink whether a report link was refused as unsafe: such an entry is linked by the operator only */
    public Assembly assemble(String month, List<ReviewRow> entries, List<StoredReport> reports,
                             ReportContents contents, OperatorLinks operator, Predicate<String> refusedLink) {
        List<LoadedReview> assembled = new ArrayList<>();
        Assembly.Checks checks = assemble(month, entries, reports, contents, operator, refusedLink, assembled::add);
        return new Assembly(assembled, checks.rejects(), checks.reportQuality());
    }

    /**
     * As {@link #assemble(String, List, List, ReportContents, OperatorLinks, Predicate)}, each review handed to
     * {@code each} as soon as it is merged, in the same order: the caller can store and drop it, so that the month's
     * report sections and items are never all in memory at once.
     */
    public Assembly.Checks assemble(String month, List<ReviewRow> entries, List<StoredReport> reports,
                                    ReportContents contents, OperatorLinks operator, Predicate<String> refusedLink,
                                    Consumer<LoadedReview> each) {
        ReportContents read = new LastReportRead(contents);
        Map<String, StoredReport> byFile = new LinkedHashMap<>();
        reports.stream().filter(r -> r.document().status() != DocumentStatus.DUPLICATE)
                .forEach(r -> byFile.put(r.document().sourceFile(), r));
        LinkResult links = linker.link(
                entries.stream().map(r -> new LinkCandidateEntry(r.reviewId(), r.title(), r.childName(),
                        r.reviewType(), r.reportLink(), refusedLink.test(r.reportLink()))).toList(),
                byFile.values().stream().map(ReviewAssembler::candidate).toList(),
                operator);
        try (Judgements judgements = new Judgements(); ThemesAhead ahead = new ThemesAhead()) {
            Deque<Merging> merging = new ArrayDeque<>();
            for (ReviewRow entry : entries) {
                Optional<EntryLink> link = links.linkFor(entry.reviewId());
                if (link.isPresent() && byFile.containsKey(link.get().file())) {
                    merging.add(startMerge(entry, byFile.get(link.get().file()), link.get(), read, ahead));
                    if (merging.size() > ThemesAhead.REVIEWS) {
                        finishMerge(merging.remove(), read, judgements, each);
                    }
                }
            }
            while (!merging.isEmpty()) {
                finishMerge(merging.remove(), read, judgements, each);
            }
            Set<String> takenIds = entries.stream().map(ReviewRow::reviewId).collect(Collectors.toCollection(HashSet::new));
            for (String file : links.unmatchedReports()) {
                if (byFile.containsKey(file)) {
                    each.accept(reportOnly(month, byFile.get(file), read, takenIds));
                    judge(byFile.get(file), null, read, false, judgements);
                }
            }
            return new Assembly.Checks(linkProblems(links), judgements.verdicts());
        }
    }

    /**
     * A linked entry's merge under way: its report's sections and items read (none for a report that could not be
     * read), the items' themes being matched ahead.
     */
    private record Merging(ReviewRow entry, StoredReport report, EntryLink link, List<Section> sections,
                           List<ItemRow> items, Future<List<ItemRow>> themed) {
    }

    /**
     * Matches the themes of the next few linked reviews' items on a thread of their own while the caller stores and
     * judges the review before them: the themes are most of the merging's work (50,581 items at 480 reports), and the
     * store's writes have to stay on the caller's thread (the step's one transaction).
     */
    private final class ThemesAhead implements AutoCloseable {
        /** Reviews whose themes are matched ahead of the one being stored: their items are all that is held. */
        static final int REVIEWS = 2;
        private ExecutorService thread;

        Future<List<ItemRow>> themed(List<ItemRow> items) {
            if (thread == null) {
                thread = Executors.newSingleThreadExecutor(task -> {
                    Thread t = new Thread(task, "theme-items");
                    t.setDaemon(true);
                    return t;
                });
            }
            return thread.submit(() -> ReviewAssembler.this.themed(items));
        }

        @Override
        public void close() {
            if (thread != null) {
                thread.shutdownNow();
            }
        }
    }

    private static Merging startMerge(ReviewRow entry, StoredReport report, EntryLink link, ReportContents contents,
                                      ThemesAhead ahead) {
        if (report.extract().rejected()) {
            return new Merging(entry, report, link, null, null, null);
        }
        String sha256 = report.document().sha256();
        List<Section> sections = contents.sections(sha256);
        List<ItemRow> items = contents.items(sha256);
        return new Merging(entry, report, link, sections, items, ahead.themed(items));
    }

    /** Hands the merged review on and judges its report, as merging and judging it at once would. */
    private void finishMerge(Merging m, ReportContents contents, Judgements judgements, Consumer<LoadedReview> each) {
        if (m.sections() == null) {
            each.accept(merge(m.entry(), m.report(), contents));
        } else {
            each.accept(merged(m.entry(), m.report(), m.sections(), Futures.unchecked(m.themed(), "matching the items' themes")));
            judgements.judge(m.report().document().sourceFile(), true, evidence(m.report(), m.sections(), m.items()),
                    expectation(m.entry(), contents));
        }
        log.info("Linked {} to report {} ({}, score {})", LogSafe.text(m.entry().reviewId()),
                LogSafe.text(m.link().file()), m.link().method().code(), String.format("%.2f", m.link().score()));
    }

    /**
     * The sections and items of the report read last, kept for the next question about the same report: merging a
     * review and judging its report read them both, and only one report's are held.
     */
    private static final class LastReportRead implements ReportContents {
        private final ReportContents contents;
        private String sectionsOf;
        private List<Section> sections;
        private String itemsOf;
        private List<ItemRow> items;

        LastReportRead(ReportContents contents) {
            this.contents = contents;
        }

        @Override
        public List<Section> sections(String sha256) {
            if (sectionsOf == null || !sectionsOf.equals(sha256)) {
                sections = contents.sections(sha256);
                sectionsOf = sha256;
            }
            return sections;
        }

        @Override
        public List<ItemRow> items(String sha256) {
            if (itemsOf == null || !itemsOf.equals(sha256)) {
                items = contents.items(sha256);
                itemsOf = sha256;
            }
            return items;
        }

        @Override
        public List<ItemRow> digestItems(String reviewId) {
            return contents.digestItems(reviewId);
        }
    }

    /**
     * The self-check of a loaded report, against the entry that links to it when there is one: its evidence is read
     * here, on the caller's thread (the store's transaction), and judged by {@code judgements}.
     */
    private static void judge(StoredReport report, ReviewRow entry, ReportContents contents, boolean addToEarlier,
                              Judgements judgements) {
        DocumentRow doc = report.document();
        if (report.extract().rejected()) {
            return;
        }
        judgements.judge(doc.sourceFile(), addToEarlier,
                evidence(report, contents.sections(doc.sha256()), contents.items(doc.sha256())),
                expectation(entry, contents));
    }

    /** What the self-check looks at for a loaded report: one place, so that linked and unlinked reports see the same. */
    private static ReportEvidence evidence(StoredReport report, List<Section> sections, List<ItemRow> items) {
        return new ReportEvidence(report.extract().metadata().pages(), sections, items, report.extract().layoutNotes());
    }

    private static DigestExpectation expectation(ReviewRow entry, ReportContents contents) {
        return entry == null ? null : new DigestExpectation(entry.learningCount(), entry.recommendationCount(),
                contents.digestItems(entry.reviewId()));
    }

    private static LinkCandidateReport candidate(StoredReport r) {
        ReportMetadata m = r.extract().metadata();
        return new LinkCandidateReport(r.extract().fileName(), m.title(), m.childName(), m.reviewTypeText());
    }

    /**
     * The items with their themes, in order, matched on the common fork-join pool as well as this thread: the
     * month's items are many (12,656 at 120 reports), each matched on its own by the thread-safe normaliser, and
     * this step has the cores to itself.
     */
    private List<ItemRow> themed(List<ItemRow> items) {
        return items.parallelStream().map(i -> new ItemRow(i.type(), i.itemNo(), i.text(), i.page(),
                normaliser.themes(i.text()))).toList();
    }

    /** The entry with its report: unreadable, or matched with the report's sections and items. */
    LoadedReview merge(ReviewRow entry, StoredReport report, ReportContents contents) {
        DocumentRow doc = report.document();
        if (report.extract().rejected()) {
            return new LoadedReview(withReport(entry, doc, null, ReportStatus.UNREADABLE, List.of()), "report",
                    List.of(), List.of(), List.of());
        }
        return merged(entry, report, contents.sections(doc.sha256()), themed(contents.items(doc.sha256())));
    }

    /** The entry matched with its report's sections and its items with their themes. */
    private LoadedReview merged(ReviewRow entry, StoredReport report, List<Section> sections, List<ItemRow> themedItems) {
        ReportMetadata m = report.extract().metadata();
        ReviewRow row = withReport(fillGaps(entry, m), report.document(), m.pages(), ReportStatus.MATCHED, themedItems);
        return new LoadedReview(row, "report", sections, themedItems, List.of());
    }

    /** A report no entry links to, as a review of its own coded from its title page and sections. */
    LoadedReview reportOnly(String month, StoredReport report, ReportContents contents, Set<String> takenIds) {
        DocumentRow doc = report.document();
        boolean rejected = report.extract().rejected();
        ReportMetadata m = report.extract().metadata();
        List<Section> sections = rejected ? List.of() : contents.sections(doc.sha256());
        List<ItemRow> items = rejected ? List.of() : themed(contents.items(doc.sha256()));
        ReviewFacts f = normaliser.normalise(text(m, sections));
        String id = ReviewIds.claim(ReviewIds.of(month, m.childName(), m.title(), stripPdf(doc.sourceFile())), takenIds);
        String summary = sections.stream().filter(s -> s.type() == SectionType.SUMMARY).map(Section::text)
                .findFirst().orElse(null);
        ReviewRow row = ReviewRow.builder().facts(f)
                .reviewId(id).digestMonth(month).sourceFile(doc.sourceFile())
                .title(m.title() != null ? m.title() : doc.sourceFile())
                .childName(f.thematic() ? null : m.childName()).summary(summary)
                .area(m.area()).publicationYear(m.publicationYear())
                .build();
        ReportStatus status = rejected ? ReportStatus.UNREADABLE : ReportStatus.NOT_LINKED;
        log.info("Report {} matches no digest entry: review {} of its own", LogSafe.text(doc.sourceFile()),
                LogSafe.text(id));
        return new LoadedReview(withReport(row, doc, m.pages() > 0 ? m.pages() : null, status, items), "report",
                sections, items, f.evidence());
    }

    private static ReviewText text(ReportMetadata m, List<Section> sections) {
        return new ReviewText(m.title(), m.childName(), joined(sections, SectionType.SUMMARY, SectionType.INTRODUCTION),
                joined(sections, SectionType.LEARNING, SectionType.FINDINGS), joined(sections, SectionType.RECOMMENDATIONS),
                joined(sections, SectionType.GOOD_PRACTICE), joined(sections, SectionType.BACKGROUND), null, null,
                m.reviewTypeText());
    }

    private static String joined(List<Section> sections, SectionType... types) {
        Set<SectionType> wanted = Set.of(types);
        String text = sections.stream().filter(s -> wanted.contains(s.type())).map(Section::text)
                .collect(Collectors.joining("\n"));
        return text.isBlank() ? null : text;
    }

    /** The digest entry with what it leaves empty taken from the report's title page. */
    ReviewRow fillGaps(ReviewRow e, ReportMetadata m) {
        String reviewType = e.reviewType();
        if (reviewType == null || "unknown".equals(reviewType)) {
            // Only the title page's words: coding the whole report to learn its type would be slow and no surer.
            reviewType = normaliser.normalise(new ReviewText(m.title(), m.childName(), null, null, null, null, null,
                    null, null, m.reviewTypeText())).reviewType();
        }
        return e.toBuilder()
                .reviewType(reviewType)
                .childName(e.childName() == null && !e.thematic() ? m.childName() : e.childName())
                .area(e.area() != null ? e.area() : m.area())
                .publicationYear(e.publicationYear() != null ? e.publicationYear() : m.publicationYear())
                .build();
    }

    /** The row with its report's file, checksum, pages and status; counts from the report where it has items. */
    static ReviewRow withReport(ReviewRow r, DocumentRow doc, Integer pages, ReportStatus status, List<ItemRow> items) {
        return r.toBuilder()
                .learningCount(count(items, SectionType.LEARNING, r.learningCount()))
                .recommendationCount(count(items, SectionType.RECOMMENDATIONS, r.recommendationCount()))
                .goodPracticeCount(count(items, SectionType.GOOD_PRACTICE, r.goodPracticeCount()))
                .reportFile(doc.sourceFile()).reportSha256(doc.sha256()).reportPages(pages).reportStatus(status)
                .build();
    }

    private static int count(List<ItemRow> items, SectionType type, int fallback) {
        int n = ItemRow.count(items, type);
        return n > 0 ? n : fallback;
    }

    private static List<RejectRow> linkProblems(LinkResult links) {
        List<RejectRow> rejects = new ArrayList<>();
        for (AmbiguousLink a : links.ambiguous()) {
            String file = a.files().isEmpty() ? "" : a.files().get(0);
            rejects.add(new RejectRow(file, "link", RejectReason.OTHER, "ambiguous link, not guessed: " + a.message()
                    + " (write the match into " + OperatorLinksReader.FILE_NAME + ")"));
        }
        for (ParseProblem p : links.problems()) {
            rejects.add(new RejectRow(OperatorLinksReader.FILE_NAME, "link", p.reason(), p.location() + ": " + p.message()));
            log.warn("{} {}: {}", OperatorLinksReader.FILE_NAME, LogSafe.text(p.location()), LogSafe.text(p.message()));
        }
        return rejects;
    }

    private static String stripPdf(String name) {
        return name.replaceAll("(?i)\\.pdf$", "");
    }
}
