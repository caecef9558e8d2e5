package org.casereview.etl.normalise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a pronoun that opens a sentence points back to: the first person named in the sentence before
 * whom the pronoun fits ("Sexual abuse of a girl by her mother's partner. He was a registered sex
 * offender." - "He" is the partner; "The mother, aged 16, had ... . Her ethnicity ..." - the mother).
 */
final class Antecedents {
    private static final Pattern LEADING_PRONOUN = Pattern.compile("^\\W*(he|his|him|she|her|they|their)(?![\\w-])",
            Pattern.CASE_INSENSITIVE);
    /** "child" naming no person: a kind of review, plan or harm ("a child practice review", "child protection"). */
    private static final Pattern NO_PERSON_AFTER = Pattern.compile("\\s+(?:practice|safeguarding|protection|in need"
            + "|arrangements?|sexual|criminal|death|care|abuse|exploitation|(?:[\\w-]+\\s+)?reviews?)(?![\\w-])",
            Pattern.CASE_INSENSITIVE);
    /** A brother, sister or cousin by a possessive ("her 13-year-old half-brother"), not apposed to a name. */
    private static final Pattern RELATION = Pattern.compile("(?<![\\w-])(?:his|her|their|\\w+['\u2019]s)\\s+"
            + "(?:[\\w-]+\\s+){0,2}?(?:(?:half|step)[\\s-]?)?(brothers?|sisters?|cousins?|siblings?)(?![\\w'\u2019-])"
            + "(?!,?\\s+(?:child|baby)\\s+[a-z]{1,4}\\d?(?![\\w'\u2019-]))", Pattern.CASE_INSENSITIVE);
    /** A subject pronoun of each sex ("... and since then he had stopped going to school"). */
    private static final java.util.Map<String, Pattern> SUBJECT_PRONOUN = java.util.Map.of(
            "male", Pattern.compile("(?<![\\w-])he(?![\\w'\u2019-])", Pattern.CASE_INSENSITIVE),
            "female", Pattern.compile("(?<![\\w-])she(?![\\w'\u2019-])", Pattern.CASE_INSENSITIVE),
            "several", Pattern.compile("(?<![\\w-])they(?![\\w'\u2019-])", Pattern.CASE_INSENSITIVE));
    /** The words before a person noun kept with it ("by her mother's new partner"). */
    private static final int PHRASE_CHARS = 30;

    private final List<Person> people = new ArrayList<>();
    /** A noun of one sex right after a child noun of either ('a baby boy'): the child is of that sex. */
    private final Pattern maleNounAfter;
    private final Pattern femaleNounAfter;
    /** "when she was a child", "in care as a girl": a child noun said of the adult, no child of the review. */
    private final Pattern childPredicate;
    /** "Her father abused her and she ...": the child pointed at before the clause. */
    private final Pattern childObject;

    /** An adult a pronoun points back to: {@code sex} is male, female or several; {@code words} name the adult. */
    record Adult(String sex, String words) {
    }

    /** A kind of person word: who it is (adult or child) and which pronouns fit it. */
    private record Person(Pattern words, boolean adult, List<String> fits) {
    }

    Antecedents(Vocabulary vocabulary) {
        add(vocabulary, "male_adults", true, "male");
        add(vocabulary, "female_adults", true, "female");
        add(vocabulary, "several_adults", true, "several");
        add(vocabulary, "male_nouns", false, "male");
        add(vocabulary, "female_nouns", false, "female");
        add(vocabulary, "neutral_child_nouns", false, "male", "female");
        people.add(new Person(PhrasePatterns.anyOf(vocabulary.words("children", "nouns")), false, List.of("several")));
        maleNounAfter = nounAfter(vocabulary, "male_nouns");
        femaleNounAfter = nounAfter(vocabulary, "female_nouns");
        childPredicate = vocabulary.cue("child_predicate");
        childObject = vocabulary.cue("child_object_pronoun");
    }

    /**
     * A noun of one sex right after a child noun ("a baby boy"), or in the apposition after a child's name ("Child HS, a
     * 9-year-old boy").
     */
    private static Pattern nounAfter(Vocabulary vocabulary, String list) {
        return Pattern.compile("^(?:[ \t]{1,3}|[ \t]+[a-z]{1,4}\\d?,[ \t]+(?:an?[ \t]+)?(?:[\\w-]+[ \t]+){0,2}?)(?:"
                + String.join("|", vocabulary.words("sex", list)) + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    private void add(Vocabulary vocabulary, String list, boolean adult, String... fits) {
        people.add(new Person(PhrasePatterns.anyOf(vocabulary.words("sex", list)), adult, List.of(fits)));
    }

    /**
     * The adult an object pronoun inside a sentence points back to ("... assaulted by her partner. The
     * mother said she was frightened of him."): when the sentence names nobody the pronoun fits before it,
     * the last person of the sentence before whom it fits, if that person is an adult.
     */
    Optional<Adult> lastAdultBefore(List<TextScan.Sentence> sentences, TextScan.Sentence sentence, int pronounStart,
            String sex) {
        int index = sentences.indexOf(sentence);
        if (index < 1 || pronounStart <= sentence.start()) {
            return Optional.empty();
        }
        String inSentence = sentence.text().substring(0, pronounStart - sentence.start());
        // a pronoun of the other sex opening the sentence is someone else ("He had lived with her": "her" can still be the
        // grandmother of the sentence before)
        Matcher leading = LEADING_PRONOUN.matcher(inSentence + " ");
        if (leading.find() && sexOf(leading.group(1)).equals(sex) || !mentions(inSentence, sex).isEmpty()) {
            return Optional.empty();
        }
        String before = sentences.get(index - 1).text();
        return mentions(before, sex).stream().max(Comparator.comparingInt(Mention::end)).filter(Mention::adult)
                .map(m -> new Adult(sex, before.substring(Math.max(0, m.start() - PHRASE_CHARS), m.end())));
    }

    private record Mention(int start, int end, boolean adult) {
    }

    private List<Mention> mentions(String text, String sex) {
        List<Mention> mentions = new ArrayList<>();
        for (Person person : people) {
            if (person.fits().contains(sex)) {
                Matcher word = person.words().matcher(text);
                while (word.find()) {
                    if (!ofTheOtherSex(person, text.substring(word.end()), sex)
                            && !(person.fits().size() > 1 && NO_PERSON_AFTER.matcher(text.substring(word.end())).lookingAt())) {
                        mentions.add(new Mention(word.start(), word.end(), person.adult()));
                    }
                }
            }
        }
        return mentions;
    }

    /** 'baby' in 'a baby boy' fits 'he', not 'she': a child noun of either sex with a noun of the other after it. */
    private boolean ofTheOtherSex(Person person, String after, String sex) {
        if (person.adult() || person.fits().size() < 2) {
            return false;
        }
        Pattern other = "male".equals(sex) ? femaleNounAfter : "female".equals(sex) ? maleNounAfter : null;
        return other != null && other.matcher(after).find();
    }

    /**
     * The adult that a pronoun opening a clause inside a sentence points back to ("The mother had anxiety and she had
     * been a child in need when she was young"): the first person named in the words {@code before} the clause, when
     * that person is an adult the pronoun fits and no child is named or pointed at after it ("Her father abused her
     * and she was placed ...", "The mother missed the girl's weight loss and she was ...").
     */
    Optional<Adult> clauseSubject(String before, String pronoun) {
        String sex = sexOf(pronoun);
        Optional<Mention> first = mentions(before, sex).stream().min(Comparator.comparingInt(Mention::start));
        if (first.isEmpty() || !first.get().adult()) {
            return Optional.empty();
        }
        String rest = childPredicate.matcher(before.substring(first.get().end())).replaceAll(" ");
        boolean childAfter = childObject.matcher(rest).find()
                || people.stream().anyMatch(person -> !person.adult() && person.words().matcher(rest).find());
        return childAfter ? Optional.empty()
                : Optional.of(new Adult(sex, before.substring(Math.max(0, first.get().start() - PHRASE_CHARS), first.get().end())));
    }

    private static String sexOf(String pronoun) {
        return switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "he", "his", "him" -> "male";
            case "she", "her" -> "female";
            default -> "several";
        };
    }

    /**
     * "Child Z, aged 5, was abused by her 13-year-old half-brother. He had been on a child protection plan.": the
     * pronoun opening {@code sentence} points back to a brother, sister or cousin named by a possessive in the sentence
     * before, when no person of the pronoun's sex is named before that relation and it is not apposed to a name ("her
     * brother, Child Z" is the review's child); what the sentence says is that relation's, not the child's.
     */
    boolean relationBefore(List<TextScan.Sentence> sentences, TextScan.Sentence sentence) {
        Matcher pronoun = LEADING_PRONOUN.matcher(sentence.text());
        if (!pronoun.find()) {
            return false;
        }
        int index = sentences.indexOf(sentence);
        if (index < 1) {
            return false;
        }
        String sex = sexOf(pronoun.group(1));
        String before = sentences.get(index - 1).text();
        Matcher relation = RELATION.matcher(before);
        while (relation.find()) {
            String noun = relation.group(1).toLowerCase(Locale.ROOT);
            boolean fits = noun.startsWith("brother") ? sex.equals("male")
                    : noun.startsWith("sister") ? sex.equals("female") : !sex.equals("several");
            if (fits) {
                // a person of the pronoun's own sex named first ("a 6-year-old boy ... his brother. He ...") is the one
                // meant; a noun of either sex ("Child Z", "the baby") says nothing; a pronoun of that sex after the
                // relation ("His older brother had died ..., and since then he had stopped going to school. He ...") is
                // the child, and the next sentence goes on about the child
                String first = before.substring(0, relation.start());
                return people.stream().filter(p -> p.fits().equals(List.of(sex))).noneMatch(p -> p.words().matcher(first).find())
                        && !SUBJECT_PRONOUN.get(sex).matcher(before.substring(relation.end())).find();
            }
        }
        return false;
    }

    /**
     * The adult that the pronoun opening {@code sentence} points back to, when the first person of the
     * sentence before whom it fits (by sex or number) is an adult; empty when it is a child or nobody.
     */
    Optional<Adult> adultBefore(List<TextScan.Sentence> sentences, TextScan.Sentence sentence) {
        Matcher pronoun = LEADING_PRONOUN.matcher(sentence.text());
        if (!pronoun.find()) {
            return Optional.empty();
        }
        int index = sentences.indexOf(sentence);
        if (index < 1) {
            return Optional.empty();
        }
        String sex = sexOf(pronoun.group(1));
        String before = sentences.get(index - 1).text();
        return mentions(before, sex).stream().min(Comparator.comparingInt(Mention::start)).filter(Mention::adult)
                .map(m -> new Adult(sex, before.substring(Math.max(0, m.start() - PHRASE_CHARS), m.end())));
    }
}
