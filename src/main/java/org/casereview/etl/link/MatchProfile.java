package org.casereview.etl.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The comparable form of an entry or a report: its child name words, its review type code and
 * the words of each name it goes by (title, file name), expanded from abbreviations.
 *
 * @param childWords child name words, empty when none is stated
 * @param reviewType review type code, null when unknown
 * @param names      word lists of the title and file name (whichever exist)
 */
record MatchProfile(List<String> childWords, String reviewType, List<List<String>> names) {

    static MatchProfile of(LinkVocabulary vocabulary, String childName, String reviewType, List<List<String>> rawNames) {
        List<List<String>> names = rawNames.stream().filter(n -> !n.isEmpty()).map(vocabulary::expand).toList();
        List<String> child = childWords(childName);
        String type = vocabulary.reviewType(vocabulary.expand(LinkText.tokens(reviewType)))
                .orElseGet(() -> names.stream()
                        .map(vocabulary::reviewType)
                        .flatMap(Optional::stream)
                        .findFirst().orElse(null));
        return new MatchProfile(child, type, names);
    }

    static MatchProfile ofEntry(LinkVocabulary vocabulary, LinkCandidateEntry entry) {
        List<List<String>> names = new ArrayList<>();
        names.add(LinkText.tokens(entry.title()));
        FileNames.fromLink(entry.linkTarget()).ifPresent(name -> names.add(LinkText.fileNameTokens(name)));
        return of(vocabulary, entry.childName(), entry.reviewType(), names);
    }

    /** A report goes by its title, its file name, and both together (each may carry half the story). */
    static MatchProfile ofReport(LinkVocabulary vocabulary, LinkCandidateReport report) {
        List<String> title = LinkText.tokens(report.title());
        List<String> file = LinkText.fileNameTokens(report.fileName());
        List<String> both = new ArrayList<>(title);
        both.addAll(file);
        return of(vocabulary, report.childName(), report.reviewType(), List.of(title, file, both));
    }

    /** Words of a pseudonym, without remarks in brackets ("Alex (assigned pseudonym)") or "and" ("F, G and H" = "F, G & H"). */
    static List<String> childWords(String childName) {
        String name = childName == null ? null : childName.replaceAll("\\([^)]*\\)", " ");
        return LinkText.tokens(name).stream().filter(t -> !t.equals("and")).toList();
    }

    boolean mentionsChild(List<String> child) {
        return names.stream().anyMatch(n -> LinkText.containsSequence(n, child));
    }

    /** Per name, the words that tell this review from others: no stopwords, kind-of-document words, child names or years. */
    List<Set<String>> distinctiveWords(LinkVocabulary vocabulary, Set<String> childWordsOfBoth) {
        return names.stream()
                .map(n -> n.stream()
                        .filter(t -> !vocabulary.isStopword(t) && !vocabulary.isGeneric(t))
                        .filter(t -> !childWordsOfBoth.contains(t) && !LinkText.isYear(t))
                        .map(LinkText::stem)
                        .collect(Collectors.toSet()))
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
