package org.casereview.etl.normalise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a factor phrase ("drug use", "depression") is said of a parent: a parent named in its clause,
 * as the subject of its sentence, or pointed back to by the pronoun opening it; and not the child's own
 * ("his drug use" beside only a mother, "worried about her mental health").
 */
final class ParentScope {
    /** The subject of a sentence part lies in its first words ("His father, who was ..."). */
    private static final int SUBJECT_WORDS = 3;
    private static final Pattern LEADING_PRONOUN = Pattern.compile("^\\W*(he|she|they)(?![\\w-])", Pattern.CASE_INSENSITIVE);
    /** "Her own mother" opening a sentence: the mother of the adult the pronoun points back to. */
    private static final Pattern OWN_PARENT_OPENING = Pattern.compile("^\\W*(?:her|his|their)\\s+own\\s+(?:mother|father|parents?|mum|dad)"
            + "(?![\\w-])", Pattern.CASE_INSENSITIVE);

    private final Vocabulary vocabulary;
    private final Antecedents antecedents;
    private final Pattern concernAbout;
    private final Pattern childWith;

    ParentScope(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.antecedents = new Antecedents(vocabulary);
        this.concernAbout = vocabulary.cue("concern_about_possessive");
        this.childWith = vocabulary.cue("child_with");
    }

    boolean saidOfParent(String cueName, String text, List<TextScan.Sentence> sentences, Matcher phrase) {
        if (childsAttribute(text, phrase.start()) || parentOfAnAdultBefore(sentences, phrase.start())) {
            return false;
        }
        Pattern required = vocabulary.cue(cueName);
        // "both parents used cocaine", "drug use by the mother": the cue is in the same clause.
        String window = TextScan.wideBefore(text, phrase.start()) + " ; " + TextScan.clauseAfter(text, phrase.end());
        List<String> parents = new ArrayList<>();
        Matcher parent = required.matcher(window);
        while (parent.find()) {
            parents.add(parent.group());
        }
        if (parents.isEmpty()) {
            TextScan.Sentence sentence = TextScan.sentenceAt(sentences, phrase.start());
            // "His father, who was his sole carer, ... had become increasingly isolated": the subject of the
            // sentence part ("..., but the girl had anxiety" has its own).
            if (required.matcher(subjectWords(TextScan.partBefore(text, phrase.start()))).find()) {
                return !concernedAboutSomeoneElse(text, phrase.start());
            }
            // "Her mother's partner shook her. He had previous convictions.": the parent of the sentence before.
            return antecedents.adultBefore(sentences, sentence)
                    .filter(adult -> required.matcher(adult.words()).find()).isPresent()
                    || clauseParent(text, sentence, phrase.start(), required);
        }
        // a parent named only after the phrase ("He had started using drugs ... and his mother"), none before it
        boolean parentBefore = required.matcher(TextScan.wideBefore(text, phrase.start())).find();
        return !concernedAboutSomeoneElse(text, phrase.start()) && !childsOwn(text, phrase.start(), parents)
                && (parentBefore || !childsPronoun(text, sentences, phrase.start(), parents));
    }

    /**
     * "Death of a 15-year-old boy ... He had started using drugs the year before and his mother had asked his school for
     * help": the clause opens with a pronoun no adult before it can be (no adult opens the sentence before), every
     * parent is named after the phrase and of the other sex: the child's own (not "He was born to a mother who had used
     * cocaine").
     */
    private boolean childsPronoun(String text, List<TextScan.Sentence> sentences, int start, List<String> parents) {
        Matcher pronoun = LEADING_PRONOUN.matcher(TextScan.partBefore(text, start));
        if (!pronoun.find() || pronoun.group(1).equalsIgnoreCase("they")
                || antecedents.adultBefore(sentences, TextScan.sentenceAt(sentences, start)).isPresent()) {
            return false;
        }
        Pattern otherSex = vocabulary.cue(pronoun.group(1).equalsIgnoreCase("he") ? "female_parent" : "male_parent");
        return parents.stream().allMatch(word -> otherSex.matcher(word).matches());
    }

    /**
     * "Her mother, 22, had been in residential care ...; she had a mild learning disability": a pronoun opening the
     * phrase's clause points back to the parent the sentence opened with.
     */
    private boolean clauseParent(String text, TextScan.Sentence sentence, int start, Pattern required) {
        String part = TextScan.partBefore(text, start);
        Matcher pronoun = LEADING_PRONOUN.matcher(part);
        int sentenceStart = Math.min(sentence.start(), start);
        String sentenceSoFar = text.substring(sentenceStart, start);
        if (!pronoun.find() || part.length() >= sentenceSoFar.length()) {
            return false;
        }
        String before = sentenceSoFar.substring(0, sentenceSoFar.length() - part.length());
        return antecedents.clauseSubject(before, pronoun.group(1)).filter(adult -> required.matcher(adult.words()).find())
                .isPresent();
    }

    /**
     * "His mother had a learning disability. Her own mother, who helped care for him, had been a heroin user": a sentence
     * opened by "her own mother" after one about an adult of that sex is about the adult's parent, the child's grandparent.
     */
    private boolean parentOfAnAdultBefore(List<TextScan.Sentence> sentences, int start) {
        TextScan.Sentence sentence = TextScan.sentenceAt(sentences, start);
        return OWN_PARENT_OPENING.matcher(sentence.text()).find() && antecedents.adultBefore(sentences, sentence).isPresent();
    }

    private static String subjectWords(String part) {
        String[] words = part.strip().split("\\s+");
        return String.join(" ", Arrays.copyOfRange(words, 0, Math.min(SUBJECT_WORDS, words.length)));
    }

    /** "a 14-year-old boy with a learning disability ... neglect by his parents": the child's, not the parents'. */
    private boolean childsAttribute(String text, int start) {
        return childWith.matcher(TextScan.justBefore(text, start, 60) + " ").find();
    }

    /** "Her parents raised concerns about her deteriorating mental health": the factor of the one worried about. */
    private boolean concernedAboutSomeoneElse(String text, int start) {
        return concernAbout.matcher(TextScan.justBefore(text, start, 60) + " ").find();
    }

    /** "his drug use" when only a mother is named near it: the child's own, not a parental factor. */
    private boolean childsOwn(String text, int start, List<String> parents) {
        String before = TextScan.justBefore(text, start, 12) + " ";
        boolean his = vocabulary.cue("male_possessive").matcher(before).find();
        boolean her = vocabulary.cue("female_possessive").matcher(before).find();
        if (his == her) {
            return false;
        }
        Pattern otherSex = vocabulary.cue(his ? "female_parent" : "male_parent");
        return parents.stream().allMatch(word -> otherSex.matcher(word).matches());
    }
}
