package org.casereview.etl.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Pairs entries with reports by similarity score. A pair is accepted only when its score reaches
 * the threshold and beats, by the margin, both the entry's next-best report and the report's
 * next-best entry; anything closer is reported as ambiguous instead of guessed.
 */
final class SimilarityMatcher {
    private final SimilarityScorer scorer;
    private final double threshold;
    private final double margin;

    SimilarityMatcher(SimilarityScorer scorer, double threshold, double margin) {
        this.scorer = scorer;
        this.threshold = threshold;
        this.margin = margin;
    }

    record Candidate(String reviewId, MatchProfile profile) {
    }

    record Outcome(List<EntryLink> links, List<AmbiguousLink> ambiguous) {
    }

    Outcome match(List<Candidate> entries, List<String> files, List<MatchProfile> reports) {
        double[][] score = new double[entries.size()][files.size()];
        for (int e = 0; e < entries.size(); e++) {
            for (int r = 0; r < files.size(); r++) {
                score[e][r] = scorer.score(entries.get(e).profile(), reports.get(r));
            }
        }
        List<EntryLink> links = new ArrayList<>();
        List<AmbiguousLink> ambiguous = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            int best = bestReport(score[e]);
            if (best < 0 || score[e][best] < threshold) {
                continue;
            }
            double top = score[e][best];
            List<Integer> rivalReports = within(score[e], top, best);
            List<Integer> rivalEntries = withinColumn(score, best, top, e);
            String reviewId = entries.get(e).reviewId();
            if (!rivalReports.isEmpty()) {
                ambiguous.add(reportsCompete(reviewId, best, rivalReports, score[e], files));
            } else if (!rivalEntries.isEmpty()) {
                ambiguous.add(entriesCompete(entries, e, rivalEntries, best, score, files));
            } else {
                links.add(new EntryLink(reviewId, files.get(best), LinkMethod.SIMILARITY, top));
            }
        }
        return new Outcome(links, dedupe(ambiguous));
    }

    private static int bestReport(double[] row) {
        int best = -1;
        for (int r = 0; r < row.length; r++) {
            if (best < 0 || row[r] > row[best]) {
                best = r;
            }
        }
        return best;
    }

    private List<Integer> within(double[] row, double top, int except) {
        List<Integer> rivals = new ArrayList<>();
        for (int r = 0; r < row.length; r++) {
            if (r != except && row[r] > 0 && top - row[r] < margin) {
                rivals.add(r);
            }
        }
        return rivals;
    }

    private List<Integer> withinColumn(double[][] score, int column, double top, int except) {
        List<Integer> rivals = new ArrayList<>();
        for (int e = 0; e < score.length; e++) {
            if (e != except && score[e][column] > 0 && top - score[e][column] < margin) {
                rivals.add(e);
            }
        }
        return rivals;
    }

    private AmbiguousLink reportsCompete(String reviewId, int best, List<Integer> rivals, double[] row, List<String> files) {
        List<Integer> all = new ArrayList<>(List.of(best));
        all.addAll(rivals);
        all.sort(Comparator.comparingDouble((Integer r) -> -row[r]));
        List<String> names = all.stream().map(files::get).toList();
        String scores = all.stream().map(r -> files.get(r) + " (" + fmt(row[r]) + ")").collect(Collectors.joining(", "));
        return new AmbiguousLink(List.of(reviewId), names,
                "entry " + reviewId + " matches several reports within " + fmt(margin) + ": " + scores
                        + "; not linked, settle it in links.csv");
    }

    private AmbiguousLink entriesCompete(List<Candidate> entries, int e, List<Integer> rivals, int report,
                                             double[][] score, List<String> files) {
        List<Integer> all = new ArrayList<>(List.of(e));
        all.addAll(rivals);
        all.sort(Comparator.comparingDouble((Integer x) -> -score[x][report]).thenComparing(x -> x));
        List<String> ids = all.stream().map(x -> entries.get(x).reviewId()).toList();
        String scores = all.stream().map(x -> entries.get(x).reviewId() + " (" + fmt(score[x][report]) + ")")
                .collect(Collectors.joining(", "));
        return new AmbiguousLink(ids, List.of(files.get(report)),
                "report " + files.get(report) + " is wanted by several entries within " + fmt(margin) + ": " + scores
                        + "; not linked, settle it in links.csv");
    }

    /** Every entry of a contested report yields the same case; keep it once. */
    private static List<AmbiguousLink> dedupe(List<AmbiguousLink> cases) {
        List<AmbiguousLink> out = new ArrayList<>();
        for (AmbiguousLink c : cases) {
            boolean seen = out.stream().anyMatch(o -> o.files().equals(c.files())
                    && o.reviewIds().stream().sorted().toList().equals(c.reviewIds().stream().sorted().toList()));
            if (!seen) {
                out.add(c);
            }
        }
        return out;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
