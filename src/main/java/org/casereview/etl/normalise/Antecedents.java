package org.casereview.etl.normalise;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a pronoun that opens a sentence points back to: the subject of the sentence before
 * ("Her mother's partner admitted shaking her. He had previous convictions." - "He" is the partner).
 */
final class Antecedents {
    private static final Pattern LEADING_PRONOUN = Pattern.compile("^\\W*(he|his|him|she|her|they|their)(?![\\w-])",
            Pattern.CASE_INSENSITIVE);
    /** The subject of a sentence lies in its first words ("The mother, aged 16, had ..."). */
    private static final int SUBJECT_WORDS = 5;

    private final Pattern maleAdult;
    private final Pattern femaleAdult;
    private final Pattern severalAdults;

    Antecedents(Vocabulary vocabulary) {
        this.maleAdult = PhrasePatterns.anyOf(vocabulary.words("sex", "male_adults"));
        this.femaleAdult = PhrasePatterns.anyOf(vocabulary.words("sex", "female_adults"));
        this.severalAdults = PhrasePatterns.anyOf(vocabulary.words("sex", "several_adults"));
    }

    /** An adult a pronoun points back to: {@code sex} is male, female or several; {@code words} name the adult. */
    record Adult(String sex, String words) {
    }

    /**
     * The subject words of the sentence before {@code sentence} when {@code sentence} opens with a pronoun
     * and those words name an adult the pronoun fits (sex or number); empty otherwise.
     */
    Optional<Adult> adultBefore(List<TextScan.Sentence> sentences, TextScan.Sentence sentence) {
        Matcher pronoun = LEADING_PRONOUN.matcher(sentence.text());
        int index = sentences.indexOf(sentence);
        if (!pronoun.find() || index < 1) {
            return Optional.empty();
        }
        String subject = subjectWords(sentences.get(index - 1).text());
        String sex = switch (pronoun.group(1).toLowerCase(Locale.ROOT)) {
            case "he", "his", "him" -> "male";
            case "she", "her" -> "female";
            default -> "several";
        };
        Pattern fits = sex.equals("male") ? maleAdult : sex.equals("female") ? femaleAdult : severalAdults;
        return fits.matcher(subject).find() ? Optional.of(new Adult(sex, subject)) : Optional.empty();
    }

    /** "The mother, aged 16, had": the first words, up to a clause's end. */
    private static String subjectWords(String sentence) {
        String[] words = sentence.strip().split("\\s+");
        return String.join(" ", Arrays.copyOfRange(words, 0, Math.min(SUBJECT_WORDS, words.length)));
    }
}
