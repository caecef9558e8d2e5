package org.casereview.etl.normalise;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** death / serious_harm / other / unknown from the title and summary. */
final class OutcomeClassifier {
    private final List<Pattern> notDeath;
    private final Pattern death;
    private final Pattern seriousHarm;
    private final Pattern negation;
    private final Pattern negationEnd;
    private final PhraseOwner owners;

    OutcomeClassifier(Vocabulary vocabulary) {
        this.notDeath = PhrasePatterns.phrases(vocabulary.words("outcome", "not_death"));
        this.death = PhrasePatterns.anyOf(vocabulary.words("outcome", "death"));
        this.seriousHarm = PhrasePatterns.anyOf(vocabulary.words("outcome", "serious_harm"));
        this.negation = vocabulary.cue("negation");
        this.negationEnd = vocabulary.cue("negation_end");
        this.owners = new PhraseOwner(vocabulary);
    }

    Finding<String> classify(String text) {
        if (text == null || text.isBlank()) {
            return new Finding<>("unknown", null);
        }
        String masked = text;
        for (Pattern phrase : notDeath) {
            // Keep the offsets: replace a "near-fatal" by spaces of the same length.
            masked = phrase.matcher(masked).replaceAll(m -> " ".repeat(m.group().length()));
        }
        Optional<String> deathWords = firstAffirmed(death, masked);
        if (deathWords.isPresent()) {
            return new Finding<>("death", deathWords.get());
        }
        Optional<String> harmWords = firstAffirmed(seriousHarm, text);
        return harmWords.map(words -> new Finding<>("serious_harm", words))
                .orElseGet(() -> new Finding<>("other", null));
    }

    private Optional<String> firstAffirmed(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        List<TextScan.Sentence> sentences = TextScan.sentences(text);
        while (matcher.find()) {
            String clause = TextScan.negationScope(text, matcher.start());
            // "the murder of a 34-year-old woman", "her father had convictions for violence": another's
            if (!negation.matcher(TextScan.afterLast(negationEnd, clause)).find()
                    && !owners.of(text, sentences, matcher.start(), matcher.end()).isSomeoneElse()) {
                return Optional.of(matcher.group());
            }
        }
        return Optional.empty();
    }
}
