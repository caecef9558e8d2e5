package org.casereview.etl.normalise;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a phrase of a summary is said of: the subject child, a parent or carer, another adult or
 * another child. A summary talks about several people ("Death of a 17-year-old girl by suicide. Her
 * mother had self-harmed."); a code about the child may only come from what is said of the child.
 * <p>
 * The person is, in this order: the owner named just before the phrase ("the mother's suicide
 * attempt", "Maternal history of ... self-harm"); the first person named in the phrase's sentence
 * part before it ("Her mother had self-harmed", "Another young man was convicted of manslaughter");
 * the adult a sentence-opening pronoun points back to; the person named right after it ("harmful
 * sexual behaviour of a 14-year-old boy"); {@link Person#PERPETRATOR} after a verdict ("was convicted of
 * manslaughter"). {@link Person#UNKNOWN} when the words name nobody.
 */
final class PhraseOwner {

    /** The people a summary talks about; PERPETRATOR: the one a verdict names ("Her father was convicted of murder"). */
    enum Person {
        CHILD, PARENT, OTHER_ADULT, OTHER_CHILD, PERPETRATOR, UNKNOWN;

        boolean isSomeoneElse() {
            return this == PARENT || this == OTHER_ADULT || this == OTHER_CHILD;
        }
    }

    private static final int OWNER_CHARS = 40;
    private static final Pattern LEADING_PRONOUN = Pattern.compile("^\\W*(he|she|they)(?![\\w-])", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENT_BEFORE = Pattern.compile(
            "(?<![\\w-])by\\s+(?:(?:an?|the|her|his|their|a (?:group|gang) of)\\s+)?(?:[\\w'-]+\\s+){0,3}$", Pattern.CASE_INSENSITIVE);
    private static final int AFTER_CHARS = 60;
    /**
     * "whose 15-year-old half-sister was sexually exploited", "after his mother had been": a relation as the subject right
     * before the words (not one named with the child, "Child Z and his brother were").
     */
    private static final Pattern RELATION_SUBJECT_BEFORE = Pattern.compile("(?<![\\w-])(?<!and\\s)(?:his|her|their|whose)\\s+"
            + "(?:[\\w-]+\\s+){0,2}?(?:(?:half|step)[\\s-]?)?(?:(brothers?|sisters?|siblings?|cousins?)|mother|father|mum|dad|parents?)"
            + "(?:,?\\s+(?:aged\\s+)?\\d{1,2},?)?\\s+(?:(?:had|has|have|was|were|been|also|later|then)\\s+)+$", Pattern.CASE_INSENSITIVE);
    /** "The grandmother, 80, had dementia, and in 2027 Child Z had stopped going to school": the child names the clause. */
    private static final Pattern CHILD_NAMES_THE_CLAUSE = Pattern.compile("(?:,\\s*(?:and|but|then|so|yet)|;)\\s+(?:[\\w-]+\\s+){0,3}?"
            + "(?-i:(?:Child|Baby) \\p{Lu}[\\p{Lu}\\d]{0,3})(?![\\w'\u2019-])(?:\\s+[\\w-]+){0,3}\\s*$");
    private static final Pattern OWN = Pattern.compile("(?<![\\w-])own(?![\\w-])", Pattern.CASE_INSENSITIVE);
    private static final String NAMED_CHILD = "(?-i:(?:Child|Baby) \\p{Lu}[\\p{L}\\d]{0,3})(?![\\w'\u2019-])";
    /** "convicted of causing the death of Child AQ": the named child the phrase is of, whoever the sentence's subject. */
    private static final Pattern NAMED_CHILD_OBJECT = Pattern.compile("^\\s*of\\s+" + NAMED_CHILD);
    /** "Child DY, an 18-year-old woman with": an apposition right after the named child names the child. */
    private static final Pattern NAMED_CHILD_APPOSED = Pattern.compile(NAMED_CHILD + ",\\s+(?:an?\\s+)?$");
    /** "... of Child AQ, a 14-month-old boy, who died": a relative clause on the named child. */
    private static final Pattern NAMED_CHILD_WHO = Pattern.compile(NAMED_CHILD + "(?:,[^,.;]{1,40},)?\\s+who\\s+"
            + "(?:(?:had|has|was|were|later|then|also|subsequently)\\s+)*$");
    /** "The killing of a woman, aged 28, and her 3-year-old son": the child named with the adult is harmed too. */
    private static final int WITH_CHILD_CHARS = 60;
    /** An age of 18 or more before a noun ("a 38-year-old neighbour"): an adult. */
    private static final String ADULT_AGE = "(?:1[89]|[2-9]\\d)[\\s-]years?[\\s-]old(?:\\s+[\\w-]+)?";
    private static final Pattern ADULT_AGE_WORDS = Pattern.compile("^" + ADULT_AGE + "$", Pattern.CASE_INSENSITIVE);
    /** "a 19-year-old care leaver who had been looked after": a young adult who left care, the review's subject. */
    private static final Pattern CARE_LEAVER_AGE = Pattern.compile("^(?:1[89]|2[0-4])[\\s-]years?[\\s-]old\\s+care$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHILD_OWNER_BEFORE = Pattern.compile("(?<![\\w-])(?:the\\s+)?(?:child|children|boy|girl|baby)"
            + "(?:['\u2019]s|s['\u2019])\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern WOMAN = Pattern.compile("(?<![\\w-])(?:mother|mum|step ?mother|grandmother|aunt|wom[ae]n|girlfriend"
            + "|wife|sister)(?![\\w-])", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLURAL = Pattern.compile(".*(?:ren|ies|men|ple|s)", Pattern.CASE_INSENSITIVE);
    /** "had been a looked after child", "was a disabled boy": the noun after the words says what the subject was. */
    private static final Pattern PREDICATE_BEFORE = Pattern.compile("(?<![\\w-])(?:been|was|were|is|are|became|become|as)\\s+(?:an?\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** "a man who had been sexually exploiting her": the child as the object right after the words. */
    private static final Pattern OBJECT_CHILD_AFTER = Pattern.compile("^\\s+(?:him|them|her(?=\\s*(?:[.,;:)]|$|\\s+(?:and|for|from|in|at|on|over|until|when|while|with|online|since|during|after|before)(?![\\w-]))))(?![\\w'\u2019-])",
            Pattern.CASE_INSENSITIVE);

    private final Pattern parents;
    private final Pattern otherAdults;
    private final Pattern children;
    private final Pattern otherChildBefore;
    private final Pattern adultOwnerBefore;
    private final Pattern partOpenedByAdultOwner;
    private final Pattern personAfter;
    private final Pattern agentBefore = AGENT_BEFORE;
    private final Pattern objectChild;
    private final Pattern verdictBefore;
    private final Pattern newSubject;
    private final Pattern youngAdultBefore;
    private final Pattern relativeClause;
    private final Pattern possessedPerson;
    private final Pattern siblings;
    private final Antecedents antecedents;
    private final Pattern childWithTheAdult;
    private final Pattern harmedTheChildAfter;
    private final Pattern harmerCharged;
    private final Pattern personRightAfter;
    private final Pattern attributeOf;

    PhraseOwner(Vocabulary vocabulary) {
        List<String> parentWords = vocabulary.words("people", "parents");
        List<String> adultWords = vocabulary.words("people", "other_adults");
        List<String> childWords = vocabulary.words("people", "children");
        this.parents = PhrasePatterns.anyOf(parentWords);
        this.otherAdults = PhrasePatterns.anyOf(adultWords);
        this.children = PhrasePatterns.anyOf(childWords);
        this.otherChildBefore = PhrasePatterns.endingWith(vocabulary.words("people", "other_child_before"), 0);
        String adults = alternation(parentWords) + "|" + alternation(adultWords);
        this.adultOwnerBefore = Pattern.compile("(?<![\\w-])(?:" + adults + ")['\u2019]s?(?:\\s+[\\w-]+){0,2}\\s*$",
                Pattern.CASE_INSENSITIVE);
        this.partOpenedByAdultOwner = Pattern.compile("^\\W*(?:" + alternation(vocabulary.words("people", "adult_owner_words"))
                + "|(?:the |her |his |their )?(?:" + adults + ")['\u2019]s?)(?![\\w-])", Pattern.CASE_INSENSITIVE);
        // "of a 14-year-old boy", "and death of 17-year-old boy" (a list of what happened to one person)
        // "of Ms D, a 38-year-old woman": a name before its apposition
        this.personAfter = Pattern.compile("^\\s*(?:and\\s+[\\w-]+\\s+)?(?:of|in|to|towards)\\s+(?:(?-i:(?:\\p{Lu}[\\w-]*\\.?\\s+){0,2}\\p{Lu}[\\w-]*),\\s+)??"
                + "(?:(?:an?|the|her|his|their)\\s+)?(?:[\\w-]+\\s+){0,3}?"
                + "(" + adults + "|" + alternation(childWords) + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
        this.objectChild = Pattern.compile("(?<![\\w-])(?:him|them)(?![\\w-])", Pattern.CASE_INSENSITIVE);
        this.verdictBefore = PhrasePatterns.endingWith(vocabulary.words("people", "verdict_before"), 0);
        this.newSubject = PhrasePatterns.anyOf(vocabulary.words("people", "new_subject"));
        this.youngAdultBefore = PhrasePatterns.endingWith(vocabulary.words("people", "young_adult_before"), 0);
        // "Child Z's twin sister", "Baby Z's father", "the boys' mother": the one owned is the person named
        List<String> siblingWords = vocabulary.words("people", "siblings");
        this.siblings = PhrasePatterns.anyOf(siblingWords);
        // "by older boys who displayed ...", "a 14-year-old girl, who displayed ...", "had an older brother who had
        // been excluded": the noun before "who"
        // also after an age ("his half-sister, aged 4, who had been ...") or "of her own" ("children of her own who ...")
        this.relativeClause = Pattern.compile("(?<![\\w-])(" + adults + "|" + alternation(childWords) + "|"
                + alternation(siblingWords) + ")(?![\\w-])(?:,\\s+(?:(?:aged|then|now)\\s+)?\\d{1,2},)?(\\s+of\\s+(?:her|his|their)\\s+own)?"
                + ",?\\s+who(?:\\s+[\\w'-]+,?){0,8}\\s*$", Pattern.CASE_INSENSITIVE);
        // "Child Kacper's mother" (a first name written as 'Child Kacper', NamedChild): the name before the possessive too
        this.possessedPerson = Pattern.compile("^(?:\\s+(?-i:[\\p{Lu}\\d]{1,4}|\\p{Lu}\\p{Ll}[\\p{L}-]{0,30}))?['\u2019]s?\\s+(?:[\\w-]+,?\\s+){0,2}?("
                + adults + "|" + alternation(childWords) + "|" + alternation(siblingWords) + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
        this.antecedents = new Antecedents(vocabulary);
        this.harmedTheChildAfter = Pattern.compile("^,?\\s+(?:" + alternation(vocabulary.words("people", "harmed_the_child_after"))
                + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
        this.harmerCharged = PhrasePatterns.anyOf(vocabulary.words("people", "harmer_charged"));
        String anyPerson = adults + "|" + alternation(childWords) + "|" + alternation(siblingWords);
        // "their disabled son", "a disabled woman": a person noun right after the words is the one they describe
        this.personRightAfter = Pattern.compile("^\\s+(" + anyPerson + ")(?![\\w'\u2019-])", Pattern.CASE_INSENSITIVE);
        // "a 38-year-old neighbour with a learning disability", "his mother, a wheelchair user", "her grandmother, aged 68,
        // died": the person the words are an attribute of (an age of 18 or more names an adult, whatever the noun after it)
        this.attributeOf = Pattern.compile("(?<![\\w-])(" + ADULT_AGE + "|" + anyPerson + ")(?![\\w'\u2019-])"
                + "(?:(?:,\\s+(?:aged\\s+)?\\d{1,2})?(?:,\\s+(?:an?|the)|\\s+with(?:\\s+(?:an?|the|his|her|their))?)"
                + "(?:\\s+[\\w'-]+){0,2}?|,\\s+(?:aged\\s+)?\\d{1,2},)\\s*$", Pattern.CASE_INSENSITIVE);
        this.childWithTheAdult = Pattern.compile("^[^.;]{0," + WITH_CHILD_CHARS + "}?(?<![\\w-])and\\s+(?:her|his|their)\\s+(?:[\\w-]+\\s+){0,3}?(?:"
                + alternation(childWords) + ")(?![\\w'\u2019-])", Pattern.CASE_INSENSITIVE);
    }

    private static String alternation(List<String> words) {
        return String.join("|", words.stream().map(PhrasePatterns::spaced).toList());
    }

    /** The person the phrase at {@code start}..{@code end} of {@code text} is said of. */
    Person of(String text, List<TextScan.Sentence> sentences, int start, int end) {
        // "Child LX ... and her sister, aged 16, who were both sexually exploited": the child's too
        return JointSubject.before(text, start) ? Person.CHILD : ownerOf(text, sentences, start, end);
    }

    private Person ownerOf(String text, List<TextScan.Sentence> sentences, int start, int end) {
        String following = text.substring(end, Math.min(text.length(), end + AFTER_CHARS));
        String part = TextScan.partBefore(text, start);
        Optional<Person> around = ownerAround(TextScan.justBefore(text, start, OWNER_CHARS), following, part);
        if (around.isPresent()) {
            return around.get();
        }
        if (verdictBefore.matcher(part).find()) {
            // "Her father was convicted of murder": the offender is the subject, the victim is not named
            return Person.PERPETRATOR;
        }
        // "Her mother did not believe her and she was placed with foster carers": the last clause's subject
        part = TextScan.afterLast(newSubject, part);
        if (partOpenedByAdultOwner.matcher(part).find()) {
            return Person.PARENT;
        }
        if (childsClause(text, sentences, start, end, following, part)) {
            return Person.CHILD;
        }
        Matcher relative = relativeClause.matcher(part);
        if (relative.find()) {
            // a brother or sister is another child than the subject
            return siblings.matcher(relative.group(1)).matches() || relative.group(2) != null ? Person.OTHER_CHILD
                    : harmerOrNot(kind(relative.group(1), part.substring(0, relative.start(1))), part, relative.end(1));
        }
        Optional<Person> attribute = attributeOwner(part);
        if (attribute.isPresent()) {
            return attribute.get();
        }
        TextScan.Sentence sentence = TextScan.sentenceAt(sentences, start);
        Matcher pronoun = LEADING_PRONOUN.matcher(part);
        if (pronoun.find()) {
            // "She had been exploited by a group of men while living in a children's home": the pronoun is the subject
            String sentenceSoFar = text.substring(sentence.start(), start);
            boolean opensSentence = part.strip().equals(sentenceSoFar.strip());
            if (harmerCharged.matcher(opensSentence ? previous(sentences, sentence) : wordsBefore(sentenceSoFar, part)).find()) {
                // "A 17-year-old boy was charged with his murder; he had been excluded from school": the one who harmed the child
                return Person.OTHER_CHILD;
            }
            if (opensSentence) {
                return antecedents.adultBefore(sentences, sentence).isPresent() ? Person.PARENT : Person.UNKNOWN;
            }
            // "The mother had anxiety and she had been a child in need": the adult the sentence opened with
            return antecedents.clauseSubject(wordsBefore(sentenceSoFar, part), pronoun.group(1)).isPresent()
                    ? Person.PARENT : Person.UNKNOWN;
        }
        Optional<Person> first = firstNamed(part);
        if (first.isPresent()) {
            return first.get();
        }
        Matcher after = personAfter.matcher(following);
        if (!after.find()) {
            return Person.UNKNOWN;
        }
        Person named = kind(after.group(1), following.substring(0, after.start(1)));
        int adultEnd = end + after.end(1);
        String rest = text.substring(adultEnd, Math.min(text.length(), adultEnd + 2 * WITH_CHILD_CHARS));
        return named.isSomeoneElse() && named != Person.OTHER_CHILD && childWithTheAdult.matcher(rest).find() ? Person.CHILD : named;
    }

    /**
     * "had withdrawn him from school": done to the child, whoever did it; "The grandfather had dementia, and in 2027 Child Z
     * had stopped going to school": the child named as the clause's subject right before the words.
     */
    private boolean childsClause(String text, List<TextScan.Sentence> sentences, int start, int end, String following,
            String part) {
        return objectChild.matcher(text.substring(start, end)).find() || childObjectAfter(text, sentences, start, following)
                || CHILD_NAMES_THE_CLAUSE.matcher(part).find();
    }

    /**
     * The owner the words right before or after the phrase name: an adult's possessive ("the mother's"), a child's ("the
     * children's disability team"), one person noun right after ("their disabled son", "a disabled woman"; not a kind of
     * people, "looked after children" as a keyword, nor what the subject was, "had been a looked after child"); the named
     * child the phrase is of, or a relative clause on that child ({@code part}: the sentence part before the phrase).
     */
    private Optional<Person> ownerAround(String justBefore, String following, String part) {
        if (adultOwnerBefore.matcher(justBefore).find()) {
            return Optional.of(Person.PARENT);
        }
        if (CHILD_OWNER_BEFORE.matcher(justBefore).find()) {
            return Optional.of(Person.CHILD);
        }
        Matcher relation = RELATION_SUBJECT_BEFORE.matcher(justBefore);
        if (relation.find()) {
            return Optional.of(relation.group(1) != null ? Person.OTHER_CHILD : Person.PARENT);
        }
        Matcher described = personRightAfter.matcher(following);
        if (described.lookingAt() && !PLURAL.matcher(described.group(1)).matches() && !PREDICATE_BEFORE.matcher(justBefore).find()) {
            return Optional.of(siblings.matcher(described.group(1)).matches() ? Person.OTHER_CHILD : kind(described.group(1), justBefore));
        }
        // "convicted of causing the death of Child AQ", "Child AQ, a 14-month-old boy, who died": the named child's
        return NAMED_CHILD_OBJECT.matcher(following).lookingAt() || NAMED_CHILD_WHO.matcher(part).find()
                ? Optional.of(Person.CHILD) : Optional.empty();
    }

    /** The person the words are an attribute of ("a 38-year-old neighbour with", "his mother, a", "her grandmother, aged 68,"). */
    private Optional<Person> attributeOwner(String part) {
        Matcher attribute = attributeOf.matcher(part);
        if (!attribute.find()) {
            return Optional.empty();
        }
        String noun = attribute.group(1);
        if (CARE_LEAVER_AGE.matcher(noun).matches() || NAMED_CHILD_APPOSED.matcher(part.substring(0, attribute.start(1))).find()) {
            return Optional.of(Person.CHILD);
        }
        return Optional.of(ADULT_AGE_WORDS.matcher(noun).matches() ? Person.OTHER_ADULT
                : siblings.matcher(noun).matches() ? Person.OTHER_CHILD : kind(noun, part.substring(0, attribute.start(1))));
    }

    /**
     * "a man who had been sexually exploiting her": the object right after the words is the child; "her" only when no
     * woman is named before it in the sentence ("... protect his mother from her former partner, who killed her").
     */
    private static boolean childObjectAfter(String text, List<TextScan.Sentence> sentences, int start, String following) {
        Matcher object = OBJECT_CHILD_AFTER.matcher(following);
        if (!object.lookingAt()) {
            return false;
        }
        TextScan.Sentence sentence = TextScan.sentenceAt(sentences, start);
        return !object.group().strip().equalsIgnoreCase("her")
                || !WOMAN.matcher(text.substring(Math.min(sentence.start(), start), start)).find();
    }

    private static String previous(List<TextScan.Sentence> sentences, TextScan.Sentence sentence) {
        int index = sentences.indexOf(sentence);
        return index < 1 ? "" : sentences.get(index - 1).text();
    }

    /** The words of {@code sentenceSoFar} before its last words {@code part} (both split at white space). */
    private static String wordsBefore(String sentenceSoFar, String part) {
        String[] all = sentenceSoFar.strip().split("\\s+");
        int keep = Math.max(0, all.length - part.strip().split("\\s+").length);
        return String.join(" ", Arrays.copyOfRange(all, 0, keep));
    }

    /** The first person named in {@code words}, if any. */
    private Optional<Person> firstNamed(String words) {
        int best = Integer.MAX_VALUE;
        Person person = null;
        for (Pattern names : List.of(parents, otherAdults, children)) {
            Matcher m = names.matcher(words);
            while (m.find() && m.start() < best) {
                String before = words.substring(0, m.start());
                if (!agentBefore.matcher(before).find()) {
                    // "by her 20-year-old boyfriend", "by a group of men": the one who did it, not the subject
                    best = m.start();
                    person = owned(words, m.end()).orElse(harmerOrNot(kind(m.group(), before), words, m.end()));
                    break;
                }
            }
        }
        return Optional.ofNullable(person);
    }

    /** "the boys who attacked him had been excluded": a child noun followed by what it did to the child is another child. */
    private Person harmerOrNot(Person person, String words, int nounEnd) {
        return person == Person.CHILD && harmedTheChildAfter.matcher(words.substring(nounEnd)).lookingAt()
                ? Person.OTHER_CHILD : person;
    }

    /** The person a possessive right after a name points to ("Child Z's half-brother"), following a chain ("Child Z's mother's partner"). */
    private Optional<Person> owned(String words, int end) {
        Person person = null;
        Matcher chain = possessedPerson.matcher(words.substring(end));
        int from = end;
        while (chain.lookingAt()) {
            String noun = chain.group(1);
            // "Her foster carers' own son": an adult's own child is another child than the subject
            boolean own = OWN.matcher(chain.group().substring(0, chain.start(1))).find();
            person = siblings.matcher(noun).matches() ? Person.OTHER_CHILD : kind(noun, "");
            person = own && person == Person.CHILD ? Person.OTHER_CHILD : person;
            from += chain.end(1);
            chain = possessedPerson.matcher(words.substring(from));
        }
        return Optional.ofNullable(person);
    }

    private Person kind(String noun, String before) {
        if (parents.matcher(noun).matches()) {
            return Person.PARENT;
        }
        if (otherAdults.matcher(noun).matches()) {
            // "an 18-year-old woman": a young adult, the subject of a safeguarding adults review
            return youngAdultBefore.matcher(before).find() ? Person.CHILD : Person.OTHER_ADULT;
        }
        return otherChildBefore.matcher(before).find() ? Person.OTHER_CHILD : Person.CHILD;
    }
}
