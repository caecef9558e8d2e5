package org.casereview.etl.link;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Scores how likely an entry and a report are the same review, from 0 to 1.
 * <ul>
 * <li>Child names: stated on both and different gives 0; the same (one within the other, as "P1" in
 *     "Child P1", or one side's name found in the other's title or file name) is the main evidence.</li>
 * <li>Review type codes: agree 1, unknown 0.5, differ 0.</li>
 * <li>Title words: Dice coefficient over the distinctive words (area, theme) of the best pair of names;
 *     0.5 when either side has none.</li>
 * </ul>
 * With a child match: {@code 0.5 + 0.2 type + 0.3 title}. Without a child on either side (thematic):
 * {@code 0.25 type + 0.75 title}, and no score without title words. Under the default threshold of
 * 0.75 a child name alone links only when nothing contradicts it, and a thematic title links only
 * when most distinctive words are shared.
 */
final class SimilarityScorer {
    private final LinkVocabulary vocabulary;

    SimilarityScorer(LinkVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    double score(MatchProfile entry, MatchProfile report) {
        ChildAgreement child = childAgreement(entry, report);
        if (child == ChildAgreement.CONFLICT) {
            return 0;
        }
        double type = typeAgreement(entry, report);
        OptionalDouble title = titleSimilarity(entry, report);
        if (child == ChildAgreement.MATCH) {
            return round(0.5 + 0.2 * type + 0.3 * title.orElse(0.5));
        }
        return title.isEmpty() ? 0 : round(0.25 * type + 0.75 * title.getAsDouble());
    }

    enum ChildAgreement { MATCH, CONFLICT, ABSENT }

    ChildAgreement childAgreement(MatchProfile entry, MatchProfile report) {
        List<String> e = entry.childWords();
        List<String> r = report.childWords();
        if (!e.isEmpty() && !r.isEmpty()) {
            boolean same = LinkText.containsSequence(e, r) || LinkText.containsSequence(r, e);
            return same ? ChildAgreement.MATCH : ChildAgreement.CONFLICT;
        }
        if (!e.isEmpty()) {
            return report.mentionsChild(e) ? ChildAgreement.MATCH : ChildAgreement.ABSENT;
        }
        if (!r.isEmpty()) {
            return entry.mentionsChild(r) ? ChildAgreement.MATCH : ChildAgreement.ABSENT;
        }
        return ChildAgreement.ABSENT;
    }

    static double typeAgreement(MatchProfile entry, MatchProfile report) {
        if (entry.reviewType() == null || report.reviewType() == null) {
            return 0.5;
        }
        return entry.reviewType().equals(report.reviewType()) ? 1 : 0;
    }

    OptionalDouble titleSimilarity(MatchProfile entry, MatchProfile report) {
        Set<String> childWords = new HashSet<>(entry.childWords());
        childWords.addAll(report.childWords());
        List<Set<String>> e = entry.distinctiveWords(vocabulary, childWords);
        List<Set<String>> r = report.distinctiveWords(vocabulary, childWords);
        return e.stream()
                .flatMapToDouble(a -> r.stream().mapToDouble(b -> dice(a, b)))
                .max();
    }

    static double dice(Set<String> a, Set<String> b) {
        long shared = a.stream().filter(b::contains).count();
        return 2.0 * shared / (a.size() + b.size());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
