package org.casereview.etl.normalise;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Review type, document type and the thematic marker, from the title, type text and link text. */
final class TitleClassifier {
    static final String UNKNOWN = "unknown";
    /**
     * "An extended child practice review into ...", "A joint domestic homicide review and child safeguarding practice
     * review after ...", "Concise CPR: a boy ...": the article opening a summary, if any, before the review it names (the
     * first named when joint).
     */
    private static final String OTHER = "other";
    private static final Pattern ARTICLE = Pattern.compile("^\\s*(?:an?|the|this)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPENING_ARTICLE = Pattern.compile("^\\s*(?:(?:an?|the|this)\\s+)?(?:(?:joint|combined)\\s+)?",
            Pattern.CASE_INSENSITIVE);

    private final List<CodeRule> reviewTypes;
    private static final Pattern REVIEW_OPENED = Pattern.compile("^\\W*an?\\s+(?:[\\w-]+\\s+){0,5}?reviews?\\s+(?:was|were|had been)"
            + "\\s+(?:opened|commissioned|started|begun|initiated|undertaken|held|carried out|set up|agreed)(?![\\w-])", Pattern.CASE_INSENSITIVE);
    /** "The review was carried out as a domestic homicide review": this review, then the kind it was held as (group 1). */
    private static final Pattern REVIEW_HELD_AS = Pattern.compile("^\\W*(?:the|this)\\s+review\\s+(?:was|is|has\\s+been)\\s+"
            + "(?:carried\\s+out|undertaken|conducted|held|completed|done)\\s+as\\s+(an?\\s.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANOTHER_PERSONS_REVIEW = Pattern.compile("(?<![\\w-])(?:into|of|after|following|about)\\s+(?:the\\s+)?"
            + "(?:death|deaths|injur(?:y|ies)|case|abuse|killing|murder)\\s+of\\s+(?:his|her|their|an?|the)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:brothers?|sisters?|siblings?|cousins?|mother|father|parents?|friends?|man|woman|girl|boy|child|baby)(?![\\w-])",
            Pattern.CASE_INSENSITIVE);
    private final List<CodeRule> linkDocumentTypes;
    private final List<CodeRule> titleDocumentTypes;
    private final List<CodeRule> wholeReviewLinks;
    private final List<String> notOverviewTypes;
    private final Pattern thematic;
    /** "A thematic local child safeguarding practice review of three babies": a thematic word before the review named. */
    private final Pattern openingTheme;

    TitleClassifier(Vocabulary vocabulary) {
        this.reviewTypes = vocabulary.codeRules("review_types");
        this.linkDocumentTypes = vocabulary.codeRules("document_types", "link");
        this.titleDocumentTypes = vocabulary.codeRules("document_types", "title");
        this.wholeReviewLinks = vocabulary.codeRules("document_types", "whole_review");
        this.notOverviewTypes = vocabulary.words("whole_review_not_overview");
        this.thematic = PhrasePatterns.anyOf(vocabulary.words("thematic"));
        this.openingTheme = Pattern.compile("^" + thematic.pattern() + "\\s+", Pattern.CASE_INSENSITIVE);
    }

    /**
     * The type named by the type text, else by the title, else by the summary's first words ("A learning review about
     * ...": the summary names the review it summarises); unknown when none names one. A review named later in the
     * summary may be another one ("a serious case review had been held into the death of his brother").
     */
    Finding<String> reviewType(String reviewTypeText, String title, String summary) {
        for (String text : new String[] {reviewTypeText, title}) {
            Optional<Finding<String>> found = firstRule(reviewTypes, text);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return openingReview(summary).orElse(new Finding<>(UNKNOWN, null));
    }

    private Optional<Finding<String>> openingReview(String summary) {
        Optional<String> named = openingWords(summary);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Optional<Finding<String>> found = firstRule(reviewTypes, named.get(), Matcher::lookingAt);
        Matcher theme = openingTheme.matcher(named.get());
        if (found.isEmpty() && theme.lookingAt()) {
            found = firstRule(reviewTypes, named.get().substring(theme.end()), Matcher::lookingAt);
        }
        // without an article only a review of a kind of its own ("Concise CPR: a boy ..."), not a heading-like
        // "Thematic review of four young people" that names no kind
        boolean article = ARTICLE.matcher(summary).lookingAt();
        return found.filter(f -> article || !f.value().equals(OTHER));
    }

    /**
     * A later sentence that says a review was opened ("A case management review was opened in 2025 when her friend,
     * Child Z, ..."), when nothing before named the type: the kind it names; not a review of another person ("A serious
     * case review was held into the death of his brother"), not "the rapid review" (a step before this one); or that
     * says this review was held as a kind ("The review was carried out as a domestic homicide review").
     */
    Optional<Finding<String>> reviewOpened(String summary) {
        if (summary == null) {
            return Optional.empty();
        }
        for (TextScan.Sentence sentence : TextScan.sentences(summary)) {
            Matcher heldAs = REVIEW_HELD_AS.matcher(sentence.text());
            String named = heldAs.lookingAt() ? heldAs.group(1)
                    : REVIEW_OPENED.matcher(sentence.text()).lookingAt() && !ANOTHER_PERSONS_REVIEW.matcher(sentence.text()).find()
                    ? sentence.text().strip() : null;
            Optional<Finding<String>> found = named == null ? Optional.empty()
                    : openingReview(named).filter(f -> !f.value().equals(OTHER));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The summary's words after its opening article, if any ("A thematic review of ..." -> "thematic review of ..."). */
    private static Optional<String> openingWords(String summary) {
        if (summary == null) {
            return Optional.empty();
        }
        Matcher article = OPENING_ARTICLE.matcher(summary);
        return article.lookingAt() ? Optional.of(summary.substring(article.end())) : Optional.empty();
    }

    /** The thematic word of a review the summary opens with ("A thematic serious case review of ..."), if any. */
    Optional<String> openingThematicWord(String summary) {
        Optional<String> named = openingWords(summary);
        if (named.isEmpty() || openingReview(summary).isEmpty()) {
            return Optional.empty();
        }
        Matcher theme = openingTheme.matcher(named.get());
        return theme.lookingAt() ? Optional.of(theme.group().strip()) : Optional.empty();
    }

    /**
     * The document the link names, else the one the title names, else the main document of a review linked as a
     * whole ("Read the full review"), unless the review's type publishes no overview report (a learning review: its
     * one report, as "Read the review" links it); unknown when none does.
     */
    Finding<String> documentType(ReviewText text, String reviewType) {
        return firstRule(linkDocumentTypes, text.linkText())
                .or(() -> firstRule(titleDocumentTypes, text.title()))
                .or(() -> wholeReview(text.linkText(), reviewType))
                .orElse(new Finding<>(UNKNOWN, null));
    }

    private Optional<Finding<String>> wholeReview(String linkText, String reviewType) {
        return notOverviewTypes.contains(reviewType) ? Optional.empty() : firstRule(wholeReviewLinks, linkText);
    }

    Optional<String> thematicWord(String... texts) {
        for (String text : texts) {
            if (text != null) {
                Matcher matcher = thematic.matcher(text);
                if (matcher.find()) {
                    return Optional.of(matcher.group());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Finding<String>> firstRule(List<CodeRule> rules, String text) {
        return firstRule(rules, text, Matcher::find);
    }

    private static Optional<Finding<String>> firstRule(List<CodeRule> rules, String text, Predicate<Matcher> matches) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (CodeRule rule : rules) {
            for (Pattern pattern : rule.patterns()) {
                Matcher matcher = pattern.matcher(text);
                if (matches.test(matcher)) {
                    return Optional.of(new Finding<>(rule.code(), matcher.group()));
                }
            }
        }
        return Optional.empty();
    }
}
