package org.casereview.etl.normalise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The child's sex: nouns first (boy, girl, son, ...), pronouns only when no noun names it.
 * One child: the first noun that is not about someone else (the perpetrator); several children:
 * {@code mixed} when both sexes are named.
 */
final class SexFinder {
    static final String NOT_STATED = "not_stated";
    /** "boys", "daughters", "young men": the plural of a sex noun (every singular one ends otherwise). */
    private static final Pattern PLURAL_NOUN = Pattern.compile("(?:s|men)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern AFTER_AN_AGE = Pattern.compile("(?:old|aged \\w+|months?|weeks?|years?|days?)\\W*$");

    private final Pattern maleNoun;
    private final Pattern femaleNoun;
    private final Pattern maleSibling;
    private final Pattern femaleSibling;
    private final Pattern youngAdultMale;
    private final Pattern youngAdultFemale;
    private final Pattern otherSiblingOpening;
    private final Pattern malePronoun;
    private final Pattern femalePronoun;
    private final Pattern otherPersonBefore;
    private final Pattern maleAdult;
    private final Pattern femaleAdult;
    private final Pattern kinAfter;
    private final Pattern siblingSubject;
    private final Pattern namedSiblingPair;
    /** "a boy in her class": right after a sex noun, another child the child's possessive places. */
    private final Pattern otherChildAfterNoun;
    private final Antecedents antecedents;
    private final AgentSubject agentSubject;
    /** A person word between a child's name and a pronoun: the pronoun may be that person's. */
    private final Pattern personWord;
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** People a pronoun of either sex may mean. */
    private static final Pattern EITHER_SEX_PERSON = Pattern.compile("(?<![\\w-])(?:parents?|carers?|caregivers?|guardians?|"
            + "relatives?|friends?|neighbours?|teachers?|cousins?|siblings?|adults?|perpetrators?|strangers?|(?:young )?people|"
            + "persons?|someone|somebody|staff|workers?|officers?|nurses?|doctors?|foster)(?![\\w'\u2019-])", Pattern.CASE_INSENSITIVE);
    /** "Child KQ, a teenager, was injured when she ...": an apposition naming the child by a noun, no one's possessive. */
    private static final Pattern OWN_APPOSITION = Pattern.compile("^,\\s+an?\\s+(?![^,]*(?:(?<![\\w-])(?:his|her|their)(?![\\w-])|['\u2019]s(?![\\w-])))[^,]{1,40},");
    /** "Child Z, aged 6, told her teacher", "Child Z, 11, was assaulted by his sister": the name, then the pronoun. */
    private static final Pattern NAMED_THEN_PRONOUN = Pattern.compile("(?-i:(?:Child|Baby|Young Person) \\p{Lu}[\\p{L}\\d]{0,3})"
            + "(?![\\w'\u2019-])([^.;:]{0,80}?)(?<![\\w-])(he|she|his|her|him|himself|herself)(?![\\w-])", Pattern.CASE_INSENSITIVE);

    SexFinder(Vocabulary vocabulary) {
        this.maleNoun = PhrasePatterns.anyOf(vocabulary.words("sex", "male_nouns"));
        this.femaleNoun = PhrasePatterns.anyOf(vocabulary.words("sex", "female_nouns"));
        this.maleSibling = PhrasePatterns.anyOf(vocabulary.words("sex", "male_sibling_nouns"));
        this.femaleSibling = PhrasePatterns.anyOf(vocabulary.words("sex", "female_sibling_nouns"));
        this.youngAdultMale = PhrasePatterns.anyOf(vocabulary.words("sex", "young_adult_male_nouns"));
        this.youngAdultFemale = PhrasePatterns.anyOf(vocabulary.words("sex", "young_adult_female_nouns"));
        this.otherSiblingOpening = Pattern.compile(PhrasePatterns.spaced(vocabulary.text("sex", "other_sibling_opening")),
                Pattern.CASE_INSENSITIVE);
        this.malePronoun = PhrasePatterns.anyOf(vocabulary.words("sex", "male_pronouns"));
        this.femalePronoun = PhrasePatterns.anyOf(vocabulary.words("sex", "female_pronouns"));
        this.otherPersonBefore = PhrasePatterns.endingWith(vocabulary.words("sex", "other_person_before"), 3);
        this.maleAdult = PhrasePatterns.anyOf(vocabulary.words("sex", "male_adults"));
        this.femaleAdult = PhrasePatterns.anyOf(vocabulary.words("sex", "female_adults"));
        this.kinAfter = Pattern.compile("^\\s+" + PhrasePatterns.anyOf(vocabulary.words("sex", "kin_after_pronoun")).pattern(),
                Pattern.CASE_INSENSITIVE);
        this.antecedents = new Antecedents(vocabulary);
        this.agentSubject = new AgentSubject(vocabulary);
        this.personWord = PhrasePatterns.anyOf(java.util.stream.Stream.of("parents", "other_adults", "children", "siblings")
                .flatMap(list -> vocabulary.words("people", list).stream()).toList());
        this.siblingSubject = vocabulary.cue("sibling_subject");
        this.otherChildAfterNoun = Pattern.compile("^\\s+"
                + PhrasePatterns.spaced(vocabulary.text("sex", "other_child_after_noun")), Pattern.CASE_INSENSITIVE);
        this.namedSiblingPair = Pattern.compile(PhrasePatterns.spaced(vocabulary.text("sex", "named_sibling_pair")),
                Pattern.CASE_INSENSITIVE);
    }

    /**
     * The sex; {@code childAgeRead} when the text gives the subject a child's age (or range), so that a young adult's
     * noun ("a 19-year-old man") is someone else's.
     */
    Finding<String> find(String text, int children, boolean childAgeRead) {
        if (text == null || text.isBlank()) {
            return new Finding<>(NOT_STATED, null);
        }
        List<Hit> nouns = childNouns(text, childAgeRead, children);
        List<TextScan.Sentence> allSentences = TextScan.sentences(text);
        // "... by a 13-year-old boy. The boy had been excluded": the noun of the one who did it, named again
        nouns.removeIf(hit -> agentSubject.about(text, allSentences, TextScan.sentenceAt(allSentences, hit.start())));
        if (children > 1) {
            List<Hit> siblings = new ArrayList<>();
            collect(maleSibling, "male", text, siblings, true);
            collect(femaleSibling, "female", text, siblings, true);
            siblings.removeIf(hit -> opensWithAnotherSibling(hit, allSentences));
            nouns.addAll(siblings);
            nouns.addAll(pairedByPossessive(text));
            nouns.addAll(eachNamedChildsPronoun(text));
        }
        if (!nouns.isEmpty()) {
            return decide(nouns, children > 1);
        }
        Optional<Finding<String>> named = children == 1 ? namedChildsPronoun(text) : Optional.empty();
        if (named.isPresent()) {
            return named.get();
        }
        List<Hit> pronouns = new ArrayList<>();
        collect(malePronoun, "male", text, pronouns, false);
        collect(femalePronoun, "female", text, pronouns, false);
        pronouns.removeIf(hit -> afterASiblingSubject(hit, allSentences));
        // "... by a 14-year-old boy. The boy had himself been abused": the pronouns of a sentence about the one who did it
        pronouns.removeIf(hit -> agentSubject.about(text, allSentences, TextScan.sentenceAt(allSentences, hit.start())));
        if (children > 1) {
            // "Three children ... until the youngest was found ... in her system": one child's pronoun is not the group's
            pronouns.clear();
        }
        pronouns.removeIf(hit -> !beforeKin(text, hit) && (aboutAnAdult(hit, TextScan.sentenceAt(allSentences, hit.start()).text())
                || pointsBackToAnAdult(hit, allSentences)));
        // Pronouns may point at a parent: trust them only when they all agree, else those before a kin
        // word ("her mother": the child's), when they agree.
        if (!pronouns.isEmpty() && pronouns.stream().map(Hit::sex).distinct().count() == 1) {
            return pronouns.get(0).finding();
        }
        List<Hit> beforeKin = pronouns.stream().filter(hit -> beforeKin(text, hit)).toList();
        if (!beforeKin.isEmpty() && beforeKin.stream().map(Hit::sex).distinct().count() == 1) {
            return beforeKin.get(0).finding();
        }
        Optional<Hit> noAdultsPronoun = pronounNoAdultCanBe(text, pronouns);
        if (noAdultsPronoun.isPresent()) {
            return noAdultsPronoun.get().finding();
        }
        // "ingestion of methadone by a 20-month-old boy": a noun right after an age is the child's after
        // all, unless the pronouns said otherwise ("assaulted by a 15-year-old boy known to her").
        List<Hit> afterAnAge = new ArrayList<>();
        collect(maleNoun, "male", text, afterAnAge, false);
        collect(femaleNoun, "female", text, afterAnAge, false);
        afterAnAge.removeIf(hit -> !AFTER_AN_AGE.matcher(TextScan.justBefore(text, hit.start(), 40)).find());
        if (!afterAnAge.isEmpty()) {
            return decide(afterAnAge, children > 1);
        }
        return new Finding<>(NOT_STATED, null);
    }

    /**
     * "Child Z, aged 6, told her teacher that her 15-year-old stepbrother ...", "Child Z, 11, was assaulted by his
     * sister": the first pronoun after the child's name in its sentence, with no other person named between, is the
     * child's (the relation after it, a stepbrother or a sister, is someone else's sex).
     */
    private Optional<Finding<String>> namedChildsPronoun(String text) {
        Matcher named = NAMED_THEN_PRONOUN.matcher(text);
        while (named.find()) {
            // "Child Z, his sister, ...": a possessive in an apposition right after the name is another person's
            String between = OWN_APPOSITION.matcher(named.group(1)).replaceFirst(",");
            if (WORD.matcher(between).find() && !personWord.matcher(between).find()) {
                String pronoun = named.group(2).toLowerCase(java.util.Locale.ROOT);
                return Optional.of(new Finding<>(pronoun.startsWith("h") && !pronoun.startsWith("her") ? "male" : "female",
                        named.group(2)));
            }
        }
        return Optional.empty();
    }

    /**
     * "Child A, aged 17, died ... in his flat. Child B, aged 16, a girl ...": of several children, the first pronoun after
     * each named child in its sentence, no other person named between (as {@link #namedChildsPronoun} for one child).
     */
    private List<Hit> eachNamedChildsPronoun(String text) {
        List<Hit> hits = new ArrayList<>();
        Matcher named = NAMED_THEN_PRONOUN.matcher(text);
        while (named.find()) {
            String between = OWN_APPOSITION.matcher(named.group(1)).replaceFirst(",");
            if (!personWord.matcher(between).find() && !EITHER_SEX_PERSON.matcher(between).find()) {
                String pronoun = named.group(2).toLowerCase(java.util.Locale.ROOT);
                hits.add(new Hit(named.start(2), pronoun.startsWith("h") && !pronoun.startsWith("her") ? "male" : "female",
                        named.group(2)));
            }
        }
        return hits;
    }

    /**
     * The sex nouns not said of someone else, with a young adult's ("a 19-year-old man") when no child's age is read; of
     * one child, no plural ("... which he shared with boys at her school": a group, never the one child reviewed).
     */
    private List<Hit> childNouns(String text, boolean childAgeRead, int children) {
        List<Hit> nouns = new ArrayList<>();
        collect(maleNoun, "male", text, nouns, true);
        collect(femaleNoun, "female", text, nouns, true);
        if (!childAgeRead) {
            collect(youngAdultMale, "male", text, nouns, true);
            collect(youngAdultFemale, "female", text, nouns, true);
        }
        if (children <= 1) {
            nouns.removeIf(hit -> PLURAL_NOUN.matcher(hit.words()).find());
        }
        return nouns;
    }

    /** "Lena, 4, and her brother Tomasz": the child named before "and her" is of the possessive's sex. */
    private List<Hit> pairedByPossessive(String text) {
        List<Hit> hits = new ArrayList<>();
        Matcher pair = namedSiblingPair.matcher(text);
        while (pair.find()) {
            hits.add(new Hit(pair.start(1), pair.group(1).equalsIgnoreCase("her") ? "female" : "male", pair.group(1)));
        }
        return hits;
    }

    /** "Their older brother, aged 15, had been excluded": a brother or sister of the review's children, not one of them. */
    private boolean opensWithAnotherSibling(Hit sibling, List<TextScan.Sentence> sentences) {
        TextScan.Sentence sentence = TextScan.sentenceAt(sentences, sibling.start());
        String upTo = sentence.text().substring(0,
                Math.min(sentence.text().length(), sibling.start() - sentence.start() + sibling.words().length()));
        String part = upTo.substring(upTo.lastIndexOf(';') + 1).stripLeading();
        Matcher opening = otherSiblingOpening.matcher(part);
        return opening.lookingAt() && opening.end() == part.length();
    }

    /** "Child Z's older sister lived with her grandmother": after a sibling opening the sentence, the pronouns are the sibling's. */
    private boolean afterASiblingSubject(Hit pronoun, List<TextScan.Sentence> sentences) {
        TextScan.Sentence sentence = TextScan.sentenceAt(sentences, pronoun.start());
        Matcher sibling = siblingSubject.matcher(sentence.text());
        return sibling.find() && pronoun.start() >= sentence.start() + sibling.end();
    }

    /**
     * "Grandmother cautioned for neglect after Child HQ, aged 5, ... . He had lived with her": pronouns of both sexes, an
     * adult of one sex named (the grandmother) and no adult of the other, nor anyone a pronoun of either sex may mean
     * (a carer, a friend): the pronouns of the sex no adult has are the child's.
     */
    private Optional<Hit> pronounNoAdultCanBe(String text, List<Hit> pronouns) {
        if (pronouns.stream().map(Hit::sex).distinct().count() != 2 || EITHER_SEX_PERSON.matcher(text).find()) {
            return Optional.empty();
        }
        boolean maleNamed = maleAdult.matcher(text).find() || maleSibling.matcher(text).find();
        boolean femaleNamed = femaleAdult.matcher(text).find() || femaleSibling.matcher(text).find();
        if (maleNamed == femaleNamed) {
            return Optional.empty();
        }
        String childSex = maleNamed ? "female" : "male";
        return pronouns.stream().filter(hit -> hit.sex().equals(childSex)).findFirst();
    }

    /** "her mother": a possessive before a kin word is the child's, whatever else the sentence names. */
    private boolean beforeKin(String text, Hit pronoun) {
        int end = pronoun.start() + pronoun.words().length();
        return kinAfter.matcher(text.substring(end, Math.min(text.length(), end + 40))).find();
    }

    /**
     * "The mother, aged 16, had concealed the pregnancy. Her ethnicity ...": the sentence goes on about the adult;
     * "... assaulted by her partner. The mother was frightened of him.": the pronoun is the adult named last.
     */
    private boolean pointsBackToAnAdult(Hit pronoun, List<TextScan.Sentence> sentences) {
        TextScan.Sentence sentence = TextScan.sentenceAt(sentences, pronoun.start());
        return antecedents.adultBefore(sentences, sentence).filter(adult -> adult.sex().equals(pronoun.sex())).isPresent()
                || antecedents.lastAdultBefore(sentences, sentence, pronoun.start(), pronoun.sex()).isPresent();
    }

    /** "The mother said she ...": a pronoun in a sentence naming an adult of its sex may be the adult's. */
    private boolean aboutAnAdult(Hit pronoun, String sentence) {
        if (pronoun.words().equalsIgnoreCase("him")) {
            // "The father admitted shaking him": an object, never the adult who is the subject ("himself").
            return false;
        }
        return (pronoun.sex().equals("male") ? maleAdult : femaleAdult).matcher(sentence).find();
    }

    private static Finding<String> decide(List<Hit> nouns, boolean severalChildren) {
        nouns.sort(Comparator.comparingInt(Hit::start));
        boolean bothSexes = nouns.stream().map(Hit::sex).distinct().count() > 1;
        if (severalChildren && bothSexes) {
            return new Finding<>("mixed", String.join("; ", nouns.stream().map(Hit::words).distinct().toList()));
        }
        return nouns.get(0).finding();
    }

    private void collect(Pattern pattern, String sex, String text, List<Hit> into, boolean skipOthers) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (skipOthers && (otherPersonBefore.matcher(TextScan.clauseBefore(text, matcher.start())).find()
                    || otherChildAfterNoun.matcher(text.substring(matcher.end(), Math.min(text.length(), matcher.end() + 40))).find())) {
                continue;
            }
            into.add(new Hit(matcher.start(), sex, matcher.group()));
        }
        into.sort(Comparator.comparingInt(Hit::start));
    }

    private record Hit(int start, String sex, String words) {
        Finding<String> finding() {
            return new Finding<>(sex, words);
        }
    }
}
