package org.casereview.etl.normalise;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** death / serious_harm / other / unknown from the title and summary. */
final class OutcomeClassifier {
    /**
     * "after her 18-year-old brother was killed", "when his mother died", "a 2-year-old girl whose younger brother died":
     * a relation the words are said of, right before them; not one named with the child ("a 12-year-old girl and her
     * mother were killed").
     */
    private static final Pattern RELATION_BEFORE = Pattern.compile("(?<![\\w-])(?<!and\\s)(?:his|her|their|whose)\\s+(?:[\\w-]+\\s+){0,3}?"
            + "(?:(?:half|step)[\\s-]?)?(?:brothers?|sisters?|siblings?|twins?|cousins?|mother|father|mum|dad|parents?"
            + "|grandmother|grandfather|grandparents?|uncle|aunt)(?:,?\\s+(?:aged\\s+)?\\d{1,2})?,?\\s+(?:who\\s+)?"
            + "(?:(?:had|has|was|were|been|later|then|also)\\s+)*$", Pattern.CASE_INSENSITIVE);
    private final List<Pattern> notDeath;
    private final List<Pattern> notSeriousHarm;
    private final Pattern death;
    private final Pattern learningDeath;
    private final Pattern seriousHarm;
    private final Pattern negation;
    private final Pattern negationEnd;
    private final PhraseOwner owners;
    private final Pattern victimOther;
    private final Pattern otherChildrenAfter;
    private final Pattern siblingSubject;
    private final Pattern newSubject;

    OutcomeClassifier(Vocabulary vocabulary) {
        this.notDeath = PhrasePatterns.phrases(vocabulary.words("outcome", "not_death"));
        this.notSeriousHarm = PhrasePatterns.phrases(vocabulary.words("outcome", "not_serious_harm"));
        this.death = PhrasePatterns.anyOf(vocabulary.words("outcome", "death"));
        this.learningDeath = PhrasePatterns.anyOf(vocabulary.words("outcome", "learning_death"));
        this.seriousHarm = PhrasePatterns.anyOf(vocabulary.words("outcome", "serious_harm"));
        this.negation = vocabulary.cue("negation");
        this.negationEnd = vocabulary.cue("negation_end");
        this.owners = new PhraseOwner(vocabulary);
        this.victimOther = vocabulary.cue("victim_other");
        this.otherChildrenAfter = vocabulary.cue("other_children_after");
        this.siblingSubject = vocabulary.cue("sibling_subject");
        this.newSubject = PhrasePatterns.anyOf(vocabulary.words("people", "new_subject"));
    }

    Finding<String> classify(String text) {
        if (text == null || text.isBlank()) {
            return new Finding<>("unknown", null);
        }
        Optional<String> deathWords = firstAffirmed(death, masked(text, notDeath), text);
        if (deathWords.isPresent()) {
            return new Finding<>("death", deathWords.get());
        }
        Optional<String> harmWords = firstAffirmed(seriousHarm, masked(text, notSeriousHarm), text);
        return harmWords.map(words -> new Finding<>("serious_harm", words))
                .orElseGet(() -> new Finding<>("other", null));
    }

    /** The child's own death named in the learning text ("the weeks before the child's death"), if any. */
    Optional<Finding<String>> deathInLearning(String learningText) {
        if (learningText == null) {
            return Optional.empty();
        }
        Matcher named = learningDeath.matcher(learningText);
        return named.find() ? Optional.of(new Finding<>("death", named.group())) : Optional.empty();
    }

    /** "Her younger brother's death had been recorded as sudden infant death": a sentence part opened by a brother or sister is theirs. */
    private boolean openedByASibling(String text, int start) {
        return !JointSubject.before(text, start)
                && siblingSubject.matcher(TextScan.afterLast(newSubject, TextScan.partBefore(text, start))).find();
    }

    /** The text with the phrases blanked out by spaces of the same length (the offsets are kept). */
    private static String masked(String text, List<Pattern> phrases) {
        String masked = text;
        for (Pattern phrase : phrases) {
            masked = phrase.matcher(masked).replaceAll(m -> " ".repeat(m.group().length()));
        }
        return masked;
    }

    private Optional<String> firstAffirmed(Pattern pattern, String text, String unmasked) {
        Matcher matcher = pattern.matcher(text);
        List<TextScan.Sentence> sentences = TextScan.sentences(text);
        while (matcher.find()) {
            String clause = TextScan.negationScope(text, matcher.start());
            // "the murder of a 34-year-old woman", "her father had convictions for violence": another's;
            // "sexually assaulted a younger child", "sexual abuse of younger children": harm the child did to others
            String after = text.substring(matcher.end(), Math.min(text.length(), matcher.end() + 80)).stripLeading();
            if (!negation.matcher(TextScan.afterLast(negationEnd, clause)).find()
                    && !victimOther.matcher(after).lookingAt() && !otherChildrenAfter.matcher(after).lookingAt()
                    && !owners.of(text, sentences, matcher.start(), matcher.end()).isSomeoneElse()
                    && !openedByASibling(unmasked, matcher.start())
                    // unmasked: "the death of her brother, who died aged 17" (the first words are masked as another's death)
                    && !RELATION_BEFORE.matcher(unmasked.substring(Math.max(0, matcher.start() - 80), matcher.start())).find()) {
                return Optional.of(matcher.group());
            }
        }
        return Optional.empty();
    }
}
