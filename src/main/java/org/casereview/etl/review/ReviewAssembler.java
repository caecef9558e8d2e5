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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
     * report sections and items are never all in memory at once. The pure work of each review runs on a worker per
     * core (the job's default --threads).
     */
    public Assembly.Checks assemble(String month, List<ReviewRow> entries, List<StoredReport> reports,
                                    ReportContents contents, OperatorLinks operator, Predicate<String> refusedLink,
                                    Consumer<LoadedReview> each) {
        return assemble(month, entries, reports, contents, operator, refusedLink, each,
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * As {@link #assemble(String, List, List, ReportContents, OperatorLinks, Predicate, Consumer)}: the reviews are
     * handed on on the caller's thread (the step's one transaction), in order; what each review needs nothing else for
     * (reading its report's sections and items from the content cache, which the extract step committed, its items'
     * themes when the cache has none for the vocabulary in use, the entry merged with its report, a report of its own
     * coded by the normaliser, the report's self-check) runs on {@code workers} threads, a few reviews ahead. The same
     * reviews in the same order, and the same verdicts, for any number of workers.
     */
    public Assembly.Checks assemble(String month, List<ReviewRow> entries, List<StoredReport> reports,
                                    ReportContents contents, OperatorLinks operator, Predicate<String> refusedLink,
                                    Consumer<LoadedReview> each, int workers) {
        Map<String, StoredReport> byFile = new LinkedHashMap<>();
        reports.stream().filter(r -> r.document().status() != DocumentStatus.DUPLICATE)
                .forEach(r -> byFile.put(r.document().sourceFile(), r));
        LinkResult links = linker.link(
                entries.stream().map(r -> new LinkCandidateEntry(r.reviewId(), r.title(), r.childName(),
                        r.reviewType(), r.reportLink(), refusedLink.test(r.reportLink()))).toList(),
                byFile.values().stream().map(ReviewAssembler::candidate).toList(),
                operator);
        try (ReviewWork work = new ReviewWork(workers); Judgements judgements = new Judgements(work.workers)) {
            for (ReviewRow entry : entries) {
                Optional<EntryLink> link = links.linkFor(entry.reviewId());
                if (link.isPresent() && byFile.containsKey(link.get().file())) {
                    work.add(linked(entry, byFile.get(link.get().file()), link.get(), contents, work, judgements, each));
                }
            }
            Set<String> takenIds = entries.stream().map(ReviewRow::reviewId).collect(Collectors.toCollection(HashSet::new));
            for (String file : links.unmatchedReports()) {
                if (byFile.containsKey(file)) {
                    work.add(ofItsOwn(month, byFile.get(file), contents, takenIds, work, judgements, each));
                }
            }
            work.finishAll();
            return new Assembly.Checks(linkProblems(links), judgements.verdicts());
        }
    }

    /**
     * A linked entry's merge: its report's sections and items read and merged with the entry on a worker (the content
     * cache, committed by the extract step, over the worker's own connection), then (in order, on this thread) the
     * review handed on and its report judged against the entry.
     */
    private Runnable linked(ReviewRow entry, StoredReport report, EntryLink link, ReportContents contents, ReviewWork work,
                            Judgements judgements, Consumer<LoadedReview> each) {
        Runnable logged = () -> log.info("Linked {} to report {} ({}, score {})", LogSafe.text(entry.reviewId()),
                LogSafe.text(link.file()), link.method().code(), String.format("%.2f", link.score()));
        if (report.extract().rejected()) {
            return () -> {
                each.accept(unreadable(entry, report));
                logged.run();
            };
        }
        String sha256 = report.document().sha256();
        Future<Merged> merged = work.submit(() -> {
            List<Section> sections = contents.sections(sha256);
            List<ItemRow> items = themedItems(contents, sha256);
            return new Merged(merged(entry, report, sections, items), evidence(report, sections, items),
                    expectation(entry, contents));
        });
        return () -> {
            Merged m = Futures.unchecked(merged, "merging an entry with its report");
            each.accept(m.review());
            judgements.judge(report.document().sourceFile(), true, m.evidence(), m.expected());
            logged.run();
        };
    }

    /** A linked entry merged with its report, and what its report's self-check is given. */
    private record Merged(LoadedReview review, ReportEvidence evidence, DigestExpectation expected) {
    }

    /**
     * A report no entry links to: its sections and items read and coded on a worker, then (in order, on this thread)
     * its review id claimed, the review handed on and the report judged.
     */
    private Runnable ofItsOwn(String month, StoredReport report, ReportContents contents, Set<String> takenIds,
                              ReviewWork work, Judgements judgements, Consumer<LoadedReview> each) {
        boolean rejected = report.extract().rejected();
        String sha256 = report.document().sha256();
        Future<Coded> coded = work.submit(() -> {
            List<Section> sections = rejected ? List.<Section>of() : contents.sections(sha256);
            List<ItemRow> items = rejected ? List.<ItemRow>of() : themedItems(contents, sha256);
            return new Coded(normaliser.normalise(text(report.extract().metadata(), sections)), sections, items);
        });
        return () -> {
            Coded c = Futures.unchecked(coded, "coding a report of its own");
            each.accept(reportOnly(month, report, c, takenIds));
            if (!rejected) {
                judgements.judge(report.document().sourceFile(), false, evidence(report, c.sections(), c.themedItems()),
                        null);
            }
        };
    }

    /** The report's items with their themes: as the extract step kept them, else matched here (on a worker). */
    private List<ItemRow> themedItems(ReportContents contents, String sha256) {
        return contents.themedItems(sha256).orElseGet(() -> themed(contents.items(sha256)));
    }

    /** What a report of its own is coded with: the normaliser's facts from its texts, its sections, and its items with their themes. */
    private record Coded(ReviewFacts facts, List<Section> sections, List<ItemRow> themedItems) {
    }

    /**
     * The workers of one assembly, and the reviews under way in order: each review's pure work is submitted when it is
     * added, and the oldest is finished (on the caller's thread) once more than {@link #ahead} are under way, so that
     * only a few reviews' sections and items are held.
     */
    private static final class ReviewWork implements AutoCloseable {
        private final ExecutorService workers;
        private final int ahead;
        private final Deque<Runnable> underWay = new ArrayDeque<>();

        ReviewWork(int threads) {
            int n = Math.max(1, threads);
            AtomicInteger number = new AtomicInteger();
            this.workers = Executors.newFixedThreadPool(n, task -> {
                Thread t = new Thread(task, "assemble-" + number.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            this.ahead = 2 * n;
        }

        <T> Future<T> submit(Callable<T> pure) {
            return workers.submit(pure);
        }

        /** @param finish what is done on the caller's thread once the review's work is done, in the order added */
        void add(Runnable finish) {
            underWay.add(finish);
            if (underWay.size() > ahead) {
                underWay.remove().run();
            }
        }

        void finishAll() {
            while (!underWay.isEmpty()) {
                underWay.remove().run();
            }
        }

        @Override
        public void close() {
            workers.shutdownNow();
        }
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
     * The items with their themes, in order, each matched on its own by the thread-safe normaliser (the month's items are
     * many: 50,581 at 480 reports); called on a worker, one review at a time.
     */
    private List<ItemRow> themed(List<ItemRow> items) {
        return items.stream().map(i -> new ItemRow(i.type(), i.itemNo(), i.text(), i.page(),
                normaliser.themes(i.text()))).toList();
    }

    /** An entry whose report could not be read: unreadable, with the entry's own counts. */
    private static LoadedReview unreadable(ReviewRow entry, StoredReport report) {
        return new LoadedReview(withReport(entry, report.document(), null, ReportStatus.UNREADABLE, List.of()), "report",
                List.of(), List.of(), List.of());
    }

    /** The entry matched with its report's sections and its items with their themes. */
    private LoadedReview merged(ReviewRow entry, StoredReport report, List<Section> sections, List<ItemRow> themedItems) {
        ReportMetadata m = report.extract().metadata();
        ReviewRow row = withReport(fillGaps(entry, m), report.document(), m.pages(), ReportStatus.MATCHED, themedItems);
        return new LoadedReview(row, "report", sections, themedItems, List.of());
    }

    /**
     * A report no entry links to, as a review of its own coded from its title page and sections ({@code coded}: on a
     * worker); its id is claimed here, in order.
     */
    private static LoadedReview reportOnly(String month, StoredReport report, Coded coded, Set<String> takenIds) {
        List<Section> sections = coded.sections();
        DocumentRow doc = report.document();
        ReportMetadata m = report.extract().metadata();
        ReviewFacts f = coded.facts();
        List<ItemRow> items = coded.themedItems();
        String id = ReviewIds.claim(ReviewIds.of(month, m.childName(), m.title(), stripPdf(doc.sourceFile())), takenIds);
        String summary = sections.stream().filter(s -> s.type() == SectionType.SUMMARY).map(Section::text)
                .findFirst().orElse(null);
        ReviewRow row = ReviewRow.builder().facts(f)
                .reviewId(id).digestMonth(month).sourceFile(doc.sourceFile())
                .title(m.title() != null ? m.title() : doc.sourceFile())
                .childName(f.thematic() ? null : m.childName()).summary(summary)
                .area(m.area()).publicationYear(m.publicationYear())
                .build();
        ReportStatus status = report.extract().rejected() ? ReportStatus.UNREADABLE : ReportStatus.NOT_LINKED;
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
        for (ParseProblem p : links.sharedReports()) {
            rejects.add(new RejectRow(p.location(), "link", p.reason(), p.message()));
            log.warn("{}: {}", LogSafe.text(p.location()), LogSafe.text(p.message()));
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
