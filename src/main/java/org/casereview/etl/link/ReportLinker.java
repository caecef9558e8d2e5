package org.casereview.etl.link;

import org.casereview.etl.document.ParseProblem;
import org.casereview.etl.document.RejectReason;
import org.casereview.etl.vocabulary.Vocabulary;
import org.casereview.etl.text.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Matches digest entries to the report PDFs of the input. Evidence in order of strength:
 * (a) the operator's links.csv; (b) the file name in the entry's link; (c) child name, review
 * type and title similarity, accepted only above a threshold and with a margin over every rival
 * (see {@link SimilarityScorer}). Explicit evidence (a, b) may give one report to several entries
 * (the same review listed twice); similarity never does: rivals within the margin are reported
 * as ambiguous, not guessed.
 */
public final class ReportLinker {
    public static final double DEFAULT_THRESHOLD = 0.75;
    public static final double DEFAULT_MARGIN = 0.10;
    /** Entries one report's sections and items are given to, linked by name or likeness ({@link #sharedReports}). */
    public static final int MAX_ENTRIES_A_REPORT = 10;
    private static final Logger log = LoggerFactory.getLogger(ReportLinker.class);

    private final LinkVocabulary vocabulary;
    private final SimilarityScorer scorer;
    private final SimilarityMatcher matcher;

    public ReportLinker() {
        this(DEFAULT_THRESHOLD, DEFAULT_MARGIN);
    }

    public ReportLinker(double threshold, double margin) {
        this(Vocabulary.bundled(), threshold, margin);
    }

    /** With the words of the given vocabulary (the bundled one with an operator's file merged on top). */
    public ReportLinker(Vocabulary vocabulary) {
        this(vocabulary, DEFAULT_THRESHOLD, DEFAULT_MARGIN);
    }

    public ReportLinker(Vocabulary vocabulary, double threshold, double margin) {
        this.vocabulary = LinkVocabulary.from(vocabulary);
        this.scorer = new SimilarityScorer(this.vocabulary);
        this.matcher = new SimilarityMatcher(scorer, threshold, margin);
    }

    public LinkResult link(List<LinkCandidateEntry> entries, List<LinkCandidateReport> reports, OperatorLinks operator) {
        List<String> files = reports.stream().map(LinkCandidateReport::fileName).toList();
        Map<String, EntryLink> linked = new LinkedHashMap<>();
        Set<String> excluded = new HashSet<>(); // settled by the operator as having no report, or contested by link name
        List<ParseProblem> problems = new ArrayList<>(operator.problems());
        List<AmbiguousLink> ambiguous = new ArrayList<>();

        FileNames.Index named = FileNames.Index.of(files);
        applyOperatorLinks(entries, named, operator, linked, excluded, problems);
        // a refused link never leads to a report, not even to another entry's download of the same name
        entries.stream().filter(LinkCandidateEntry::linkRefused).forEach(e -> excluded.add(e.reviewId()));
        for (LinkCandidateEntry entry : entries) {
            if (!linked.containsKey(entry.reviewId()) && !excluded.contains(entry.reviewId())) {
                if (!linkByName(entry, named, linked, ambiguous)) {
                    excluded.add(entry.reviewId());
                }
            }
        }
        linkBySimilarity(entries, reports, linked, excluded, ambiguous);
        return result(entries, files, linked, ambiguous, problems, sharedReports(entries, reports, linked));
    }

    /**
     * Each report linked by more than {@value #MAX_ENTRIES_A_REPORT} entries, the operator's links aside, is kept for
     * the {@value #MAX_ENTRIES_A_REPORT} entries most like it (child name, review type, title: the likeness the
     * similarity linking scores), entry order among equals; the others are unlinked, and a problem naming the report
     * says how many and which. One report linked by 5,000 entries had its sections and items copied into each (session
     * 38: 45,035 sections, 246 of 256 MB of heap); a joint review is linked by a few entries, not thousands. By entry
     * order alone (session 39) the entry whose title names the report's child lost it when it came eleventh.
     */
    private List<ParseProblem> sharedReports(List<LinkCandidateEntry> entries, List<LinkCandidateReport> reports,
                                             Map<String, EntryLink> linked) {
        Map<String, List<LinkCandidateEntry>> byFile = new LinkedHashMap<>();
        for (LinkCandidateEntry entry : entries) {
            EntryLink link = linked.get(entry.reviewId());
            if (link != null && link.method() != LinkMethod.OPERATOR) {
                byFile.computeIfAbsent(link.file(), f -> new ArrayList<>()).add(entry);
            }
        }
        List<ParseProblem> shared = new ArrayList<>();
        byFile.forEach((file, linking) -> {
            if (linking.size() > MAX_ENTRIES_A_REPORT) {
                List<String> ranked = mostLikeFirst(linking, reports.stream()
                        .filter(r -> r.fileName().equals(file)).findFirst());
                List<String> kept = ranked.subList(0, MAX_ENTRIES_A_REPORT);
                List<String> dropped = ranked.subList(MAX_ENTRIES_A_REPORT, ranked.size());
                dropped.forEach(linked::remove);
                shared.add(new ParseProblem(file, RejectReason.OTHER, linking.size() + " entries link this report; the "
                        + MAX_ENTRIES_A_REPORT + " most like it by child name, review type and title, the earlier among"
                        + " equals (" + String.join(", ", kept) + ") take its sections and items, the other "
                        + dropped.size() + " (" + listed(dropped) + ") stay without a report (write a pair into links.csv"
                        + " to choose)"));
            }
        });
        return shared;
    }

    /** The entries' review ids, the one most like the report first; a stable sort keeps entry order among equals. */
    private List<String> mostLikeFirst(List<LinkCandidateEntry> linking, Optional<LinkCandidateReport> report) {
        if (report.isEmpty()) {
            return linking.stream().map(LinkCandidateEntry::reviewId).toList();
        }
        MatchProfile reportProfile = MatchProfile.ofReport(vocabulary, report.get());
        Map<String, Double> likeness = new HashMap<>();
        linking.forEach(e -> likeness.put(e.reviewId(), scorer.score(MatchProfile.ofEntry(vocabulary, e), reportProfile)));
        return linking.stream().map(LinkCandidateEntry::reviewId)
                .sorted(Comparator.comparingDouble((String id) -> likeness.get(id)).reversed()).toList();
    }

    private static String listed(List<String> ids) {
        return ids.size() <= 3 ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 3)) + " and " + (ids.size() - 3) + " more";
    }

    /**
     * The one file of {@code files} that a link names by its file name, as an entry's link is resolved here (exact
     * name first, then spaces, underscores and hyphens alike); empty when it names none or several.
     */
    public static Optional<String> fileNamedBy(String link, List<String> files) {
        return fileNamer(files).apply(link);
    }

    /** As {@link #fileNamedBy} for many links and the same files: the files are keyed once, not once per link. */
    public static Function<String, Optional<String>> fileNamer(List<String> files) {
        FileNames.Index index = FileNames.Index.of(files);
        return link -> {
            List<String> named = FileNames.fromLink(link).map(index::matching).orElse(List.of());
            return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
        };
    }

    private void applyOperatorLinks(List<LinkCandidateEntry> entries, FileNames.Index files, OperatorLinks operator,
                                    Map<String, EntryLink> linked, Set<String> excluded, List<ParseProblem> problems) {
        Set<String> settled = new HashSet<>();
        for (OperatorLink row : operator.links()) {
            String where = operator.source() + " line " + row.line();
            List<LinkCandidateEntry> found = entriesNamed(row.entry(), entries);
            if (found.size() != 1) {
                problems.add(problem(where, found.isEmpty()
                        ? "no digest entry has the review id or title '" + row.entry() + "'"
                        : "'" + row.entry() + "' names " + found.size() + " entries; use the review id"));
                continue;
            }
            String reviewId = found.get(0).reviewId();
            if (!settled.add(reviewId)) {
                problems.add(problem(where, "entry " + reviewId + " is listed again; the earlier row is kept"));
                continue;
            }
            if (row.declaresNoReport()) {
                excluded.add(reviewId);
                continue;
            }
            List<String> named = files.matching(row.file());
            if (named.size() == 1) {
                linked.put(reviewId, new EntryLink(reviewId, named.get(0), LinkMethod.OPERATOR, 1.0));
            } else {
                problems.add(problem(where, named.isEmpty()
                        ? "no report file '" + row.file() + "' in the input"
                        : "'" + row.file() + "' names several files: " + named));
            }
        }
    }

    private static List<LinkCandidateEntry> entriesNamed(String name, List<LinkCandidateEntry> entries) {
        List<LinkCandidateEntry> byId = entries.stream().filter(e -> name.equalsIgnoreCase(e.reviewId())).toList();
        if (!byId.isEmpty()) {
            return byId;
        }
        List<String> words = LinkText.tokens(name);
        return entries.stream().filter(e -> LinkText.tokens(e.title()).equals(words)).toList();
    }

    /** False when the link names several files: the entry is then settled as ambiguous. */
    private static boolean linkByName(LinkCandidateEntry entry, FileNames.Index files, Map<String, EntryLink> linked,
                                   List<AmbiguousLink> ambiguous) {
        Optional<String> name = FileNames.fromLink(entry.linkTarget());
        if (name.isEmpty()) {
            return true;
        }
        List<String> named = files.matching(name.get());
        if (named.size() == 1) {
            linked.put(entry.reviewId(), new EntryLink(entry.reviewId(), named.get(0), LinkMethod.LINK_NAME, 1.0));
        } else if (named.size() > 1) {
            ambiguous.add(new AmbiguousLink(List.of(entry.reviewId()), named, "the link of entry " + entry.reviewId()
                    + " names '" + name.get() + "', which fits several files: " + named + "; not linked"));
            return false;
        }
        return true;
    }

    private void linkBySimilarity(List<LinkCandidateEntry> entries, List<LinkCandidateReport> reports,
                                  Map<String, EntryLink> linked, Set<String> excluded, List<AmbiguousLink> ambiguous) {
        Set<String> claimed = new HashSet<>();
        linked.values().forEach(l -> claimed.add(l.file()));
        List<SimilarityMatcher.Candidate> open = entries.stream()
                .filter(e -> !linked.containsKey(e.reviewId()) && !excluded.contains(e.reviewId()))
                .map(e -> new SimilarityMatcher.Candidate(e.reviewId(), MatchProfile.ofEntry(vocabulary, e)))
                .toList();
        List<LinkCandidateReport> free = reports.stream().filter(r -> !claimed.contains(r.fileName())).toList();
        SimilarityMatcher.Outcome outcome = matcher.match(open,
                free.stream().map(LinkCandidateReport::fileName).toList(),
                free.stream().map(r -> MatchProfile.ofReport(vocabulary, r)).toList());
        outcome.links().forEach(l -> linked.put(l.reviewId(), l));
        ambiguous.addAll(outcome.ambiguous());
    }

    private static LinkResult result(List<LinkCandidateEntry> entries, List<String> files, Map<String, EntryLink> linked,
                                     List<AmbiguousLink> ambiguous, List<ParseProblem> problems,
                                     List<ParseProblem> sharedReports) {
        List<EntryLink> links = entries.stream().map(e -> linked.get(e.reviewId())).filter(l -> l != null).toList();
        List<String> unlinked = entries.stream().map(LinkCandidateEntry::reviewId).filter(id -> !linked.containsKey(id)).toList();
        Set<String> used = new HashSet<>();
        links.forEach(l -> used.add(l.file()));
        List<String> unmatched = files.stream().filter(f -> !used.contains(f)).toList();
        log.info("linked {} of {} entries to reports ({} reports unmatched, {} ambiguous, {} links.csv problems)",
                links.size(), entries.size(), unmatched.size(), ambiguous.size(), problems.size());
        ambiguous.forEach(a -> log.warn("{}", LogSafe.text(a.message())));
        return new LinkResult(links, unlinked, unmatched, ambiguous, problems, sharedReports);
    }

    private static ParseProblem problem(String where, String message) {
        return new ParseProblem(where, RejectReason.OTHER, message);
    }
}
