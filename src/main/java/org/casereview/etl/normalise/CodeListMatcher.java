package org.casereview.etl.normalise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.document.CodeEvidence;

/**
 * Sets the codes of one code list (harm_types, risk_factors, child_context) from phrases, skipping
 * phrases that are negated ("no concerns regarding ...") or said of another person, and keeping
 * the words that triggered each code and the person they were read for: the subject child for harm
 * types and the child's context; for risk factors the other adult, child or perpetrator the words name, else
 * a parent or carer (the factors are the family's by definition).
 */
final class CodeListMatcher {
    /** The cue lists that name a brother or sister as the one the words are about ("sibling_subject", "sibling_plan"). */
    private static final String SIBLING_CUES = "sibling";
    /** A phrase's words as they are kept: each run of white space one space (compiled once, not per match). */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * A contrast, or a "when" of another moment ("..., when his sister was on a child protection plan"), that opens a
     * clause with a subject of its own.
     */
    private static final Pattern CONTRAST_END = Pattern.compile("(?<![\\w-])(?:although|though|whereas|while|whilst|when)$",
            Pattern.CASE_INSENSITIVE);
    private final String field;
    private final List<CodeRule> rules;
    private final Vocabulary vocabulary;
    private final Pattern negation;
    private final Pattern negationEnd;
    /** "Domestic abuse was not a feature": a denial right after the phrase. */
    private final Pattern negationAfter;
    private final Pattern otherPerson;
    private final Pattern otherPersonEnd;
    private final Pattern newSubject;
    private final Antecedents antecedents;
    private final ParentScope parents;
    private final AgentSubject agentSubject;
    private final PhraseOwner owners;
    private final boolean aboutAdults;
    /** The child's context: words refused once are not taken again where they name nobody. */
    private final boolean echoesChecked;
    /** Each rule pattern with where its matches can start: item themes try each pattern on every item. */
    private final Map<Pattern, PhraseStarts> phraseStarts = new IdentityHashMap<>();
    /** Each rule's patterns' starts, in order; the k-th of them all is in slot k of {@link #pairIndex}. */
    private final PhraseStarts[][] rulePhrases;
    /** The rules' patterns indexed by their first pairs, for the themes of an item; null when there are too many. */
    private final PhrasePairIndex pairIndex;

    /** The words of a code and who they were read for. */
    private record Hit(String words, String person) {
    }

    CodeListMatcher(String field, Vocabulary vocabulary) {
        this.field = field;
        this.aboutAdults = field.equals("risk_factors");
        this.echoesChecked = field.equals("child_context");
        this.rules = vocabulary.codeRules(field);
        this.vocabulary = vocabulary;
        this.negation = vocabulary.cue("negation");
        this.negationEnd = vocabulary.cue("negation_end");
        this.negationAfter = vocabulary.cue("negation_after");
        this.otherPerson = vocabulary.cue("other_person");
        this.otherPersonEnd = vocabulary.cue("other_person_end");
        this.newSubject = PhrasePatterns.anyOf(vocabulary.words("people", "new_subject"));
        this.antecedents = new Antecedents(vocabulary);
        this.parents = new ParentScope(vocabulary);
        this.agentSubject = new AgentSubject(vocabulary);
        this.owners = new PhraseOwner(vocabulary);
        rules.forEach(rule -> rule.patterns().forEach(p -> phraseStarts.put(p, PhraseStarts.of(p))));
        this.rulePhrases = rules.stream()
                .map(rule -> rule.patterns().stream().map(phraseStarts::get).toArray(PhraseStarts[]::new))
                .toArray(PhraseStarts[][]::new);
        this.pairIndex = PhrasePairIndex.of(Arrays.stream(rulePhrases).flatMap(Arrays::stream).toList());
    }

    List<CodeEvidence> match(String text) {
        return match(text, null);
    }

    /**
     * Codes in vocabulary order, one evidence row per code (its first affirmed phrase). The learning
     * text is read only by the rules marked {@code also_learning}.
     */
    List<CodeEvidence> match(String text, String learningText) {
        return match(text, learningText, null);
    }

    /**
     * As {@link #match(String, String)}, knowing the child's age in years ({@code null} when none is read): a sentence
     * opened by a pronoun that states an age the child has not reached ("She had self-harmed since the age of 15" of the
     * stepmother of a 13-year-old) is about someone older, and gives none of the codes marked not_of_adult_subject.
     */
    List<CodeEvidence> match(String text, String learningText, java.math.BigDecimal childAge) {
        Map<String, Hit> found = new LinkedHashMap<>();
        String base = ReviewText.join(text);
        String withLearning = ReviewText.join(text, learningText);
        if (withLearning.isBlank()) {
            return List.of();
        }
        List<TextScan.Sentence> baseSentences = TextScan.sentences(base);
        List<TextScan.Sentence> withLearningSentences = base.equals(withLearning) ? baseSentences
                : TextScan.sentences(withLearning);
        PhraseStarts.WordStarts baseStarts = PhraseStarts.WordStarts.of(base);
        PhraseStarts.WordStarts withLearningStarts = base.equals(withLearning) ? baseStarts
                : PhraseStarts.WordStarts.of(withLearning);
        Reading reading = new Reading(baseStarts, baseSentences, withLearningStarts, withLearningSentences, childAge);
        for (CodeRule rule : rules) {
            if (rule.notWith().isEmpty() && !(rule.fallback() && !found.isEmpty())) {
                read(rule, reading, found);
            }
        }
        // rules that give nothing beside codes others set, read once those are known
        for (CodeRule rule : rules) {
            if (!rule.notWith().isEmpty() && rule.notWith().stream().noneMatch(found::containsKey)) {
                read(rule, reading, found);
            }
        }
        // One code may have several rules (verbs that need their object checked, nouns that do not).
        List<CodeEvidence> ordered = new ArrayList<>();
        for (String code : rules.stream().map(CodeRule::code).distinct().toList()) {
            Hit hit = found.get(code);
            if (hit != null) {
                ordered.add(new CodeEvidence(field, code, hit.words(), hit.person()));
            }
        }
        return ordered;
    }

    /** The text a code list reads, with and without the learning text, and the child's age. */
    private record Reading(PhraseStarts.WordStarts baseStarts, List<TextScan.Sentence> baseSentences,
                           PhraseStarts.WordStarts withLearningStarts, List<TextScan.Sentence> withLearningSentences,
                           java.math.BigDecimal childAge) {
    }

    /** The rule's first affirmed phrase kept for its code (and the codes it implies) unless the code has one already. */
    private void read(CodeRule rule, Reading reading, Map<String, Hit> found) {
        if (rule.youngerThan() != null && reading.childAge() != null
                && reading.childAge().compareTo(java.math.BigDecimal.valueOf(rule.youngerThan())) >= 0) {
            return;
        }
        Hit hit = rule.alsoLearning()
                ? firstAffirmed(rule, reading.withLearningStarts(), reading.withLearningSentences(), reading.childAge())
                : firstAffirmed(rule, reading.baseStarts(), reading.baseSentences(), reading.childAge());
        if (hit != null) {
            found.putIfAbsent(rule.code(), hit);
            rule.implies().forEach(implied -> found.putIfAbsent(implied, hit));
        }
    }

    /** Whether the code's words are harm the child did to others: only a rule marked done_by_child gives them. */
    boolean doneByChild(CodeEvidence found) {
        List<CodeRule> giving = rules.stream().filter(r -> r.code().equals(found.code()))
                .filter(r -> r.patterns().stream().anyMatch(p -> p.matcher(found.evidence()).matches())).toList();
        return !giving.isEmpty() && giving.stream().allMatch(CodeRule::doneByChild);
    }

    /**
     * Codes in vocabulary order, each with its first phrase, without the checks for negation and
     * other persons: for the themes of an item, where "information was not shared" is still about
     * information sharing.
     */
    List<CodeEvidence> matchPhrases(String text) {
        List<CodeEvidence> found = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        PhraseStarts.WordStarts starts = PhraseStarts.WordStarts.of(text);
        PhrasePairIndex.Lookup lookup = pairIndex == null ? null : pairIndex.lookup(starts);
        int slot = 0;
        for (int r = 0; r < rulePhrases.length; r++) {
            CodeRule rule = rules.get(r);
            PhraseStarts[] phrases = rulePhrases[r];
            int first = slot;
            slot += phrases.length;
            if (hasCode(found, rule.code())) {
                continue;
            }
            for (int p = 0; p < phrases.length; p++) {
                Matcher matcher = lookup == null ? phrases[p].find(starts) : phrases[p].find(lookup, first + p);
                if (matcher != null) {
                    found.add(new CodeEvidence(field, rule.code(), SPACES.matcher(matcher.group()).replaceAll(" ")));
                    break;
                }
            }
        }
        return found;
    }

    private static boolean hasCode(List<CodeEvidence> found, String code) {
        for (CodeEvidence evidence : found) {
            if (evidence.code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    /** The rule's first phrase said of the subject; each pattern tried only where one of its phrases can start. */
    private Hit firstAffirmed(CodeRule rule, PhraseStarts.WordStarts starts, List<TextScan.Sentence> sentences,
            java.math.BigDecimal childAge) {
        String text = starts.text();
        for (Pattern pattern : rule.patterns()) {
            PhraseStarts.Matches matches = phraseStarts.get(pattern).matches(starts);
            boolean refused = false;
            for (Matcher matcher = matches.next(); matcher != null; matcher = matches.next()) {
                if (!affirmed(rule, text, sentences, matcher)
                        || rule.notOfAdultSubject() && OlderPerson.pronounSentenceOlderThan(sentenceOf(sentences, matcher), childAge)) {
                    refused = true;
                } else if (!refused || !echoesRefused(text, sentences, matcher)) {
                    return new Hit(SPACES.matcher(matcher.group()).replaceAll(" "), readFor(text, sentences, matcher));
                }
            }
        }
        return null;
    }

    private static String sentenceOf(List<TextScan.Sentence> sentences, Matcher matcher) {
        return TextScan.sentenceAt(sentences, matcher.start()).text();
    }

    /**
     * "His parents both had learning disabilities ... Keywords: neglect, learning disability": the child's context named
     * again where no person is named (a keyword, a theme) after the same words were refused as someone else's or negated,
     * is the same fact again, not the child's.
     */
    private boolean echoesRefused(String text, List<TextScan.Sentence> sentences, Matcher matcher) {
        return echoesChecked && owners.of(text, sentences, matcher.start(), matcher.end()) == PhraseOwner.Person.UNKNOWN;
    }

    /** Harm types and the child's context are read for the subject child; a risk factor for the adult it names. */
    private String readFor(String text, List<TextScan.Sentence> sentences, Matcher matcher) {
        if (!aboutAdults) {
            return CodeEvidence.SUBJECT_CHILD;
        }
        // a sentence about the child ("Child HL's family was known because of domestic abuse between her
        // parents") or about nobody gives the family's factor: the parents' and carers'
        return switch (owners.of(text, sentences, matcher.start(), matcher.end())) {
            case OTHER_CHILD -> CodeEvidence.OTHER_CHILD;
            case OTHER_ADULT -> CodeEvidence.OTHER_ADULT;
            case PERPETRATOR -> CodeEvidence.PERPETRATOR;
            case PARENT, CHILD, UNKNOWN -> CodeEvidence.PARENT_CARER;
        };
    }

    /**
     * The sentence part before {@code start} from its opening or from the last new subject. A clause opened by a contrast
     * ("..., although his younger sister had been looked after") opens a part of its own, which the anchored cues read;
     * after "and" ("Baby K and her siblings had been subject to plans") the subject is shared and the cues do not.
     */
    private String openingPart(String text, int start) {
        String before = TextScan.partBefore(text, start);
        String part = TextScan.afterLast(newSubject, before);
        String opener = before.substring(0, before.length() - part.length());
        return CONTRAST_END.matcher(opener).find() ? part.strip() : part;
    }

    /**
     * Whether a cue before the phrase makes it someone else's; a sibling cue not when the words right before say it of
     * the child and the sibling together ("and her sister, aged 16, who were both sexually exploited").
     */
    private boolean refusedByCue(CodeRule rule, String text, int start) {
        boolean joint = JointSubject.before(text, start);
        // "Their father was in prison and the children were on plans": a cue before a new subject does not reach
        String wide = TextScan.afterLast(newSubject, TextScan.wideBefore(text, start));
        if (rule.notNear().stream().filter(cueName -> !joint || !cueName.startsWith(SIBLING_CUES))
                .anyMatch(cueName -> vocabulary.cue(cueName).matcher(wide).find())) {
            return true;
        }
        if (rule.notAfterOpening().isEmpty()) {
            return false;
        }
        String part = openingPart(text, start);
        return rule.notAfterOpening().stream().filter(cueName -> !joint || !cueName.startsWith(SIBLING_CUES))
                .anyMatch(cueName -> vocabulary.cue(cueName).matcher(part).find());
    }

    private boolean affirmed(CodeRule rule, String text, List<TextScan.Sentence> sentences, Matcher matcher) {
        String clause = TextScan.negationScope(text, matcher.start());
        if (!rule.negativePhrase() && negation.matcher(TextScan.afterLast(negationEnd, clause)).find()) {
            return false;
        }
        if (refusedByCue(rule, text, matcher.start())) {
            return false;
        }
        String after = text.substring(matcher.end(), Math.min(text.length(), matcher.end() + 80)).stripLeading();
        if (negationAfter.matcher(after).lookingAt()) {
            return false;
        }
        for (String cueName : rule.notBefore()) {
            if (vocabulary.cue(cueName).matcher(after).lookingAt()) {
                return false;
            }
        }
        TextScan.Sentence sentence = TextScan.sentenceAt(sentences, matcher.start());
        int inSentence = matcher.end() - sentence.start();
        String rest = sentence.text().substring(Math.min(inSentence, sentence.text().length()));
        // "His mother had depression and his father had been in care in his own childhood": the father's childhood
        Matcher restEnd = otherPersonEnd.matcher(rest);
        if (restEnd.find()) {
            rest = rest.substring(0, restEnd.start());
        }
        if (otherPerson.matcher(rest).find()) {
            return false;
        }
        if (rule.notOfAdultSubject() && (antecedents.adultBefore(sentences, sentence).isPresent()
                || antecedents.relationBefore(sentences, sentence))) {
            // "The mother, aged 17, ... . She had been a child in need.": the adult's past, not the child's; "... by her
            // half-brother. He had been on a plan.": the brother's
            return false;
        }
        if ((rule.notOfAdultSubject() || rule.ofChildOnly()) && agentSubject.about(text, sentences, sentence)) {
            // "... by a 13-year-old boy. The boy had been excluded from school.": the other child's
            return false;
        }
        if (rule.notOfAdultSubject() || rule.ofChildOnly()) {
            // "Her mother had self-harmed", "the mother's suicide attempt": said of someone else
            PhraseOwner.Person owner = owners.of(text, sentences, matcher.start(), matcher.end());
            if (owner.isSomeoneElse() || rule.ofChildOnly() && owner != PhraseOwner.Person.CHILD) {
                return false;
            }
        }
        return rule.requires() == null || parents.saidOfParent(rule.requires(), text, sentences, matcher);
    }
}
