package org.casereview.etl.job;

import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.casereview.etl.document.ParseProblem;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.document.ReportMetadata;
import org.casereview.etl.document.ReviewFacts;
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
import org.casereview.etl.output.DocumentRow;
import org.casereview.etl.output.ItemRow;
import org.casereview.etl.output.LoadedReview;
import org.casereview.etl.output.RejectRow;
import org.casereview.etl.output.ReportStore;
import org.casereview.etl.output.ReviewRow;
import org.casereview.etl.output.ReviewStore;
import org.casereview.etl.review.ReviewIds;
import org.casereview.etl.text.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Links the month's digest entries to its extracted reports and merges them: the digest wins for
 * what it states, the report fills the gaps, and counts come from the report when it has items.
 * Reports no entry links to become reviews of their own.
 */
public class ReviewAssembler {

    private static final Logger log = LoggerFactory.getLogger(ReviewAssembler.class);
    private static final Set<String> USABLE = Set.of("loaded", "partial", "unchanged");

    private final ReviewStore reviews;
    private final ReportStore reports;
    private final ReportLinker linker;
    private final ReviewNormaliser normaliser;

    public ReviewAssembler(ReviewStore reviews, ReportStore reports, ReportLinker linker, ReviewNormaliser normaliser) {
        this.reviews = reviews;
        this.reports = reports;
        this.linker = linker;
        this.normaliser = normaliser;
    }

    /** Returns the number of reviews with a report. */
    public int assemble(JobRun run) throws IOException {
        String month = run.month();
        reviews.clearReportParts(month);
        List<ReviewRow> entries = reviews.reviews(month);
        Map<String, DocumentRow> reportDocs = new LinkedHashMap<>();
        Map<String, ReportStore.Extract> extracts = new LinkedHashMap<>();
        for (DocumentRow d : reviews.documents(month, "report")) {
            Optional<ReportStore.Extract> extract = d.sha256() == null ? Optional.empty() : reports.find(d.sha256());
            if (extract.isPresent() && !"duplicate".equals(d.status())) {
                reportDocs.put(d.sourceFile(), d);
                extracts.put(d.sourceFile(), extract.get());
            }
        }
        OperatorLinks operator = OperatorLinksReader.readFolder(run.input());
        LinkResult links = linker.link(
                entries.stream().map(r -> new LinkCandidateEntry(r.reviewId(), r.title(), r.childName(),
                        r.reviewType(), r.reportLink())).toList(),
                extracts.values().stream().map(ReviewAssembler::candidate).toList(),
                operator);
        reportProblems(run, links, operator);
        int linked = 0;
        Set<String> takenIds = entries.stream().map(ReviewRow::reviewId).collect(Collectors.toCollection(HashSet::new));
        for (ReviewRow entry : entries) {
            Optional<EntryLink> link = links.linkFor(entry.reviewId());
            if (link.isPresent() && extracts.containsKey(link.get().file())) {
                merge(run, entry, reportDocs.get(link.get().file()), extracts.get(link.get().file()));
                linked++;
                log.info("Linked {} to report {} ({}, score {})", LogSafe.text(entry.reviewId()), LogSafe.text(link.get().file()),
                        link.get().method().code(), String.format("%.2f", link.get().score()));
            }
        }
        for (String file : links.unmatchedReports()) {
            if (extracts.containsKey(file)) {
                addReportOnly(run, reportDocs.get(file), extracts.get(file), takenIds);
                linked++;
            }
        }
        return linked;
    }

    private static LinkCandidateReport candidate(ReportStore.Extract e) {
        ReportMetadata m = e.metadata();
        return new LinkCandidateReport(e.fileName(), m.title(), m.childName(), m.reviewTypeText());
    }

    private void merge(JobRun run, ReviewRow entry, DocumentRow doc, ReportStore.Extract extract) {
        if (extract.rejected()) {
            reviews.saveRow(withReport(entry, doc, null, "unreadable", List.of()), run.month());
            return;
        }
        List<Section> sections = reports.sections(doc.sha256());
        List<ItemRow> items = reports.items(doc.sha256());
        ReviewRow filled = fillGaps(entry, extract.metadata());
        reviews.saveRow(withReport(filled, doc, extract.metadata().pages(), "matched", items), run.month());
        reviews.replaceSections(entry.reviewId(), "report", sections, items);
    }

    private void addReportOnly(JobRun run, DocumentRow doc, ReportStore.Extract extract, Set<String> takenIds) {
        ReportMetadata m = extract.metadata();
        List<Section> sections = extract.rejected() ? List.of() : reports.sections(doc.sha256());
        List<ItemRow> items = extract.rejected() ? List.of() : reports.items(doc.sha256());
        ReviewFacts f = normaliser.normalise(text(m, sections));
        String id = unique(ReviewIds.of(run.month(), m.childName(), m.title(), stripPdf(doc.sourceFile())), takenIds);
        String summary = sections.stream().filter(s -> s.type() == SectionType.SUMMARY).map(Section::text).findFirst().orElse(null);
        ReviewRow row = new ReviewRow(id, run.month(), doc.sourceFile(), null, m.title() != null ? m.title() : doc.sourceFile(),
                f.thematic() ? null : m.childName(), f.reviewType(), f.thematic(), f.documentType(), summary, f.outcome(),
                f.incidentYear(), f.ageText(), f.ageYears(), f.ageBand(), f.sex(), f.nChildren(), f.ethnicity(),
                String.join("; ", f.harmTypes()), String.join("; ", f.riskFactors()), String.join("; ", f.childContext()),
                0, 0, 0, false, null, null, null, null, null, m.area(), m.publicationYear());
        String status = extract.rejected() ? "unreadable" : "not_linked";
        reviews.replaceReview(new LoadedReview(withReport(row, doc, m.pages() > 0 ? m.pages() : null, status, items),
                "report", sections, items, f.evidence()), run.month());
        log.info("Report {} matches no digest entry: review {} of its own", LogSafe.text(doc.sourceFile()), LogSafe.text(id));
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
    private ReviewRow fillGaps(ReviewRow e, ReportMetadata m) {
        String reviewType = e.reviewType();
        if (reviewType == null || "unknown".equals(reviewType)) {
            // Only the title page's words: coding the whole report to learn its type would be slow and no surer.
            reviewType = normaliser.normalise(new ReviewText(m.title(), m.childName(), null, null, null, null, null,
                    null, null, m.reviewTypeText())).reviewType();
        }
        String childName = e.childName() == null && !e.thematic() ? m.childName() : e.childName();
        return new ReviewRow(e.reviewId(), e.digestMonth(), e.sourceFile(), e.entryNo(), e.title(), childName,
                reviewType, e.thematic(), e.documentType(), e.summary(), e.outcome(), e.incidentYear(), e.ageText(),
                e.ageYears(), e.ageBand(), e.sex(), e.nChildren(), e.ethnicity(), e.harmTypes(), e.riskFactors(),
                e.childContext(), e.learningCount(), e.recommendationCount(), e.goodPracticeCount(),
                e.noRecommendations(), e.reportLink(), e.reportFile(), e.reportSha256(), e.reportPages(),
                e.reportStatus(), e.area() != null ? e.area() : m.area(),
                e.publicationYear() != null ? e.publicationYear() : m.publicationYear());
    }

    /** The row with its report's file, checksum, pages and status; counts from the report where it has items. */
    private static ReviewRow withReport(ReviewRow r, DocumentRow doc, Integer pages, String status, List<ItemRow> items) {
        return new ReviewRow(r.reviewId(), r.digestMonth(), r.sourceFile(), r.entryNo(), r.title(), r.childName(),
                r.reviewType(), r.thematic(), r.documentType(), r.summary(), r.outcome(), r.incidentYear(), r.ageText(),
                r.ageYears(), r.ageBand(), r.sex(), r.nChildren(), r.ethnicity(), r.harmTypes(), r.riskFactors(),
                r.childContext(), count(items, SectionType.LEARNING, r.learningCount()),
                count(items, SectionType.RECOMMENDATIONS, r.recommendationCount()),
                count(items, SectionType.GOOD_PRACTICE, r.goodPracticeCount()), r.noRecommendations(), r.reportLink(),
                doc.sourceFile(), doc.sha256(), pages, status, r.area(), r.publicationYear());
    }

    private static int count(List<ItemRow> items, SectionType type, int fallback) {
        int n = ItemRow.count(items, type);
        return n > 0 ? n : fallback;
    }

    private void reportProblems(JobRun run, LinkResult links, OperatorLinks operator) {
        for (AmbiguousLink a : links.ambiguous()) {
            String file = a.files().isEmpty() ? "" : a.files().get(0);
            reviews.addReject(run.runId(), run.month(), new RejectRow(file, "link", RejectReason.OTHER,
                    "ambiguous link, not guessed: " + a.message() + " (write the match into " + OperatorLinksReader.FILE_NAME + ")"));
        }
        for (ParseProblem p : links.problems()) {
            reviews.addReject(run.runId(), run.month(), new RejectRow(OperatorLinksReader.FILE_NAME, "link",
                    p.reason(), p.location() + ": " + p.message()));
            log.warn("{} {}: {}", OperatorLinksReader.FILE_NAME, LogSafe.text(p.location()), LogSafe.text(p.message()));
        }
    }

    private static String stripPdf(String name) {
        return name.replaceAll("(?i)\\.pdf$", "");
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
