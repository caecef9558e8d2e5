package org.casereview.etl.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.casereview.etl.document.CodeEvidence;
import org.casereview.etl.document.ReviewFacts;

/**
 * Turns the texts of one review into the coded columns of reviews.csv, every value with the
 * words that gave it. Which texts feed which field:
 * <ul>
 *   <li>review type: the type text (reports), else the title; document type: title + link text;</li>
 *   <li>outcome: title + summary; age, sex, incident year: the summary (else the background); an age stated of
 *   "the" child in the learning text when the summary gives none;</li>
 *   <li>harm types and child context: title, summary, background, keywords;</li>
 *   <li>risk factors: the same, and the learning text for the factors marked {@code also_learning}
 *   (co-sleeping is often named only there; "parental mental health" there is usually general).</li>
 * </ul>
 */
public final class ReviewNormaliser {
    private static final String SUDI = "sudden_unexpected_infant_death";
    private static final String PHYSICAL_ABUSE = "physical_abuse";
    private static final String NEGLECT = "neglect";
    private static final String NAHI = "non_accidental_head_injury";
    private static final String SELF_HARM = "self_harm_suicide";
    private static final String OTHER = "other";
    private static final String EXTRA_FAMILIAL = "extra_familial_harm";
    /** "physically abused", "physical abuse": the abuse named, not an injury an unhurt child cannot have. */
    private static final Pattern PHYSICAL_WORD = Pattern.compile("physical", Pattern.CASE_INSENSITIVE);
    private static final String CO_SLEEPING = "co_sleeping";
    /** Fields whose value describes the subject child; the others describe the review. */
    private static final Set<String> CHILD_FIELDS = Set.of("outcome", "age_band", "sex", "ethnicity");
    /** "In March 2025 another resident, Child Z": a year opening the naming sentence is the child's. */
    private static final Pattern SENTENCE_OPENING_YEAR = Pattern.compile("^\\W*(?:in|during|by)\\s+(?:(?:early|late|mid|the\\s+\\w+\\s+of)\\s+)?"
            + "(?:[a-z]+\\s+)?(?:19|20)\\d{2}(?![\\w-])", Pattern.CASE_INSENSITIVE);
    /** "Death of a baby in 2020 and serious injury of his sister": a person named between a death and the child's name. */
    private static final Pattern PERSON_BETWEEN = Pattern.compile("(?<![\\w-])(?:bab(?:y|ies)|infants?|child(?:ren)?|boys?|girls?"
            + "|sons?|daughters?|brothers?|sisters?|twins?|siblings?|teenagers?|m[ae]n|wom[ae]n|mother|father|parents?|partner)(?![\\w-])",
            Pattern.CASE_INSENSITIVE);
    /** "a 5-year-old boy died and his sister, Child Z, ...": the person right before the death words is the one who died. */
    private static final Pattern PERSON_DYING = Pattern.compile("(?<![\\w-])(?:bab(?:y|ies)|infants?|child(?:ren)?|boys?|girls?"
            + "|sons?|daughters?|brothers?|sisters?|twins?|siblings?|teenagers?|m[ae]n|wom[ae]n|mother|father|parents?|partner)"
            + "(?:,?\\s+(?:aged\\s+)?\\d{1,2},?)?\\s+(?:(?:had|has|later|then|also|both|was|were)\\s+)*$", Pattern.CASE_INSENSITIVE);

    private final TitleClassifier titles;
    private final OutcomeClassifier outcomes;
    private final IncidentYearFinder incidentYears;
    private final AgeFinder ages;
    private final SexFinder sexes;
    private final ChildCountFinder childCounts;
    private final EthnicityFinder ethnicities;
    private final CodeListMatcher harmTypes;
    private final CodeListMatcher riskFactors;
    private final CodeListMatcher childContext;
    private final NamedChild namedChild;
    private final ReviewSubject subjects;
    private final CodeListMatcher themes;
    private final Pattern publicationLine;
    private final Pattern unbornMotherHarmed;
    private final List<String> infantDeathBands;
    private final Pattern abuseRuledOut;
    /** "The review found no evidence of neglect": the review's own finding, whatever someone told it. */
    private final Pattern neglectRuledOut;
    private final Pattern childUnhurt;
    private final Pattern otherCauseOfDeath;
    private final Pattern suicidalFeeling;
    private final Pattern attackWords;
    private final Pattern injuryWords;
    /** "in a house fire ... treated for burns": an accidental fire or spill named anywhere, and no one said to have set it. */
    private final Pattern accidentalBurn;
    private final Pattern fireSet;
    private final Pattern burnWords;
    private final Pattern headInjuryWords;
    /** "hit by a train ... the coroner found that he had taken his own life": the means of a suicide, no accident. */
    private final Pattern collisionWords;
    private final Pattern impairedDrivingWords;

    ReviewNormaliser(Vocabulary vocabulary) {
        this.publicationLine = Pattern.compile(vocabulary.text("publication", "line"), Pattern.CASE_INSENSITIVE);
        this.titles = new TitleClassifier(vocabulary);
        this.outcomes = new OutcomeClassifier(vocabulary);
        this.incidentYears = new IncidentYearFinder(vocabulary);
        this.ages = new AgeFinder(vocabulary);
        this.sexes = new SexFinder(vocabulary);
        this.childCounts = new ChildCountFinder(vocabulary);
        this.ethnicities = new EthnicityFinder(vocabulary);
        this.harmTypes = new CodeListMatcher("harm_types", vocabulary);
        this.riskFactors = new CodeListMatcher("risk_factors", vocabulary);
        this.childContext = new CodeListMatcher("child_context", vocabulary);
        this.namedChild = new NamedChild(vocabulary);
        this.subjects = new ReviewSubject(vocabulary);
        this.themes = new CodeListMatcher("themes", vocabulary);
        this.infantDeathBands = vocabulary.words("age", "infant_death_bands");
        this.abuseRuledOut = vocabulary.cue("abuse_ruled_out");
        this.neglectRuledOut = vocabulary.cue("neglect_ruled_out");
        this.childUnhurt = vocabulary.cue("child_unhurt");
        this.otherCauseOfDeath = vocabulary.cue("other_cause_of_death");
        this.suicidalFeeling = vocabulary.cue("suicidal_feeling");
        this.attackWords = vocabulary.cue("attack_words");
        this.injuryWords = vocabulary.cue("injury_words");
        this.accidentalBurn = vocabulary.cue("accidental_burn");
        this.fireSet = vocabulary.cue("fire_set");
        this.burnWords = vocabulary.cue("burn_words");
        this.headInjuryWords = vocabulary.cue("head_injury_words");
        this.collisionWords = vocabulary.cue("collision_words");
        this.impairedDrivingWords = vocabulary.cue("impaired_driving_words");
        this.unbornMotherHarmed = Pattern.compile(PhrasePatterns.spaced(vocabulary.text("age", "unborn_mother_harmed")),
                Pattern.CASE_INSENSITIVE);
    }

    /** A normaliser with the vocabulary shipped in {@code vocabulary/*.yml}. */
    public static ReviewNormaliser withDefaultVocabulary() {
        return new ReviewNormaliser(Vocabulary.standard());
    }

    /** With the word lists of the given vocabulary (the bundled one with an operator's file merged on top). */
    public static ReviewNormaliser withVocabulary(org.casereview.etl.vocabulary.Vocabulary vocabulary) {
        return new ReviewNormaliser(Vocabulary.from(vocabulary));
    }

    /** The year of a "Published: January 2024" line that opens a summary (one-review briefing pages), if any. */
    public Optional<Integer> statedPublicationYear(String summary) {
        if (summary == null) {
            return Optional.empty();
        }
        Matcher m = publicationLine.matcher(summary.strip());
        return m.lookingAt() ? Optional.of(Integer.valueOf(m.group(1))) : Optional.empty();
    }

    /** The themes of one learning, recommendation or good-practice item (vocabulary/themes.yml), with their words. */
    public List<CodeEvidence> themes(String itemText) {
        return themes.matchPhrases(itemText);
    }

    public ReviewFacts normalise(ReviewText text) {
        List<CodeEvidence> evidence = new ArrayList<>();
        String incident = text.incidentText();
        // "Child PB's brother was stabbed in 2022 ... This review concerns Child PB, his sister, who was 12": the child's own
        Optional<ReviewSubject.Story> story = subjects.find(incident, text.childName());
        String own = story.map(ReviewSubject.Story::from).orElse(incident);
        String described = story.map(s -> ReviewText.join(subjects.childsPart(s), incident.equals(text.summary())
                ? text.backgroundText() : null)).orElse(text.descriptionText());
        Finding<String> reviewType = kept(evidence, "review_type", reviewType(text, story));
        Finding<String> documentType = kept(evidence, "document_type", titles.documentType(text, reviewType.value()));
        // "A 15-year-old boy was convicted of the rape of a 13-year-old girl, Child Z": age, sex and year beside the name
        Optional<ReviewSubject.Story> beside = story.isPresent() ? Optional.empty() : subjects.namedBeside(incident, text.childName());
        // "Twin boys were born ... One twin died ... The surviving twin, Child Z": one child, named by a relation
        boolean relation = beside.filter(subjects::byRelation).isPresent();
        Finding<Integer> children = children(text, relation ? beside.get().from() : own);
        boolean thematic = thematic(text, children, evidence);
        Optional<Finding<Integer>> written = writtenYear(incident, own, story, beside);
        // named by a relation after another person's story: the ages before the name are that person's
        AgeFact age = beside.map(b -> age(text, b.from(), children.value())).filter(a -> a.text() != null || relation)
                .orElseGet(() -> age(text, own, children.value()));
        Optional<Finding<Integer>> year = written.isPresent() || children.value() > 1 ? written : incidentYears.fromBirth(own, age.years());
        year.ifPresent(y -> evidence.add(new CodeEvidence("incident_year", y.value().toString(), y.evidence())));
        // "Death of a baby girl" with "the 7-week-old baby was not seen" among the learning points
        AgeFact stated = age.text() == null ? ages.findInLearning(text.learningText()) : age;
        age = bandKept(evidence, ages.atIncidentYear(stated, own, year.map(Finding::value)));
        boolean childAge = childAgeRead(age);
        Finding<String> sex = kept(evidence, "sex", StatedSex.of(text.statedSex()).or(() -> story.or(() -> beside)
                .flatMap(subjects::namedSex)).orElseGet(() -> sex(text, own, sexOf(children, text.childName(), own), childAge)));
        if (children.evidence() != null) {
            evidence.add(new CodeEvidence("n_children", children.value().toString(), children.evidence()));
        }
        Finding<String> ethnicity = kept(evidence, "ethnicity", ethnicity(text));
        // the entry's child by a first name is read as 'Child Name' is
        String coded = namedChild.asChild(ReviewText.join(text.title(), described, text.keywordsText()), text.childName());
        String family = namedChild.asChild(ReviewText.join(text.title(), text.descriptionText(), text.keywordsText()), text.childName());
        List<CodeEvidence> harms = harmTypes.match(coded, null, age.years());
        // the title too: "Domestic homicide review: Ms Q" names the domestic abuse; the whole text: a parent's history
        // told before the child is named is the child's risk
        List<CodeEvidence> risks = riskFactors.match(family, text.learningText());
        // the learning text too, for the plans a learning point names as this child's ("before the child in need plan was written")
        List<CodeEvidence> contexts = besideOnly(childContext.match(coded, text.learningText(), age.years()), text, incident,
                beside);
        Finding<String> outcome = kept(evidence, "outcome", relation ? besideOutcome(text.title(), incident, beside.get(), harms)
                : outcome(text.title(), own, incident, harms, text.learningText()));
        harms = withoutOtherInsideNeglect(withSuddenInfantDeath(harms, risks, outcome.value(), age.band()));
        if (!infantDeathBands.contains(age.band()) || !outcome.value().equals("death") && !onlyHarmSaid(outcome, harms)) {
            // "the cause of death remains unascertained" of a 15-year-old, or of a brother who died before the child
            // was injured: no infant death of the child (unless it is all the summary says of the child's harm)
            harms = harms.stream().filter(h -> !h.code().equals(SUDI)).toList();
        }
        harms = withHarmThroughTheMother(harms, coded, age.band());
        harms = withoutRuledOut(harms, coded);
        harms = withoutAFeelingBesideAnotherCause(withoutInjuriesOfAnUnhurtChild(harms, coded), coded);
        evidence.addAll(harms);
        evidence.addAll(risks);
        evidence.addAll(contexts);
        return new ReviewFacts(reviewType.value(), thematic, documentType.value(), outcome.value(),
                year.map(Finding::value).orElse(null), age.text(), age.years(), age.band(), sex.value(),
                children.value(), ethnicity.value(), codes(harms), codes(risks), codes(contexts), evidence);
    }

    /**
     * "A 17-year-old boy who had been looked after since 2020 sexually assaulted his half-sister, Child Z": the child
     * named beside a noun after someone else's words; a care, plan or school context is the child's only when it is also
     * read from the name on (with what is said of the children together, and the background), not only from the other
     * person's words before it. The whole text still refuses what it refuses (a pronoun that points back to him).
     */
    private List<CodeEvidence> besideOnly(List<CodeEvidence> contexts, ReviewText text, String incident,
            Optional<ReviewSubject.Story> beside) {
        if (beside.isEmpty() || contexts.isEmpty()) {
            return contexts;
        }
        String described = ReviewText.join(subjects.childsPart(beside.get()),
                incident.equals(text.summary()) ? text.backgroundText() : null);
        String own = namedChild.asChild(ReviewText.join(text.title(), described, text.keywordsText()), text.childName());
        Set<String> read = childContext.match(own, text.learningText()).stream().map(CodeEvidence::code)
                .collect(Collectors.toSet());
        return contexts.stream().filter(c -> read.contains(c.code())).toList();
    }

    private static AgeFact bandKept(List<CodeEvidence> evidence, AgeFact age) {
        if (age.text() != null) {
            evidence.add(new CodeEvidence("age_band", age.band(), age.text(), CodeEvidence.SUBJECT_CHILD));
        }
        return age;
    }

    /**
     * The year written in the child's part: from the sentence naming the child beside a noun (its opening year, "In 2025
     * his cousin, Child Z", else one after the name, else one of the sentence, else "Two years later" counted from the
     * first year before), else the child's own story.
     */
    private Optional<Finding<Integer>> writtenYear(String incident, String own, Optional<ReviewSubject.Story> story,
            Optional<ReviewSubject.Story> beside) {
        return beside.flatMap(b -> besideYear(incident, b))
                .or(() -> incidentYears.find(own))
                .or(() -> story.isPresent() ? incidentYears.find(incident) : Optional.empty());
    }

    private Optional<Finding<Integer>> besideYear(String incident, ReviewSubject.Story beside) {
        String naming = ReviewSubject.fromNamingSentence(incident, beside);
        String opening = naming.substring(0, Math.max(0, naming.length() - beside.from().length()));
        return incidentYears.find(opening).filter(y -> SENTENCE_OPENING_YEAR.matcher(opening).lookingAt())
                .or(() -> incidentYears.find(beside.from()))
                .or(() -> incidentYears.find(naming))
                .or(() -> subjects.yearsLater(opening).flatMap(later -> incidentYears.find(beside.before())
                        .map(first -> new Finding<>(first.value() + later, first.evidence()))));
    }

    /**
     * The outcome of a child named by a relation after someone else's story ("In 2024 a girl in the home took her own
     * life. In March 2025 another resident, Child Z, ..."): the other person's death in the sentences before is not the
     * child's; in the naming sentence a death is the child's ("the murder of his cousin, Child Z") unless another person is
     * named between ("Death of a baby in 2020 and serious injury of his sister, Child Z") or right before the death words
     * ("a 5-year-old boy died and his sister, Child Z, ..."). The child's own words decide,
     * else the harms found.
     */
    private Finding<String> besideOutcome(String title, String incident, ReviewSubject.Story beside, List<CodeEvidence> harms) {
        Finding<String> own = outcomes.classify(ReviewText.join(title, beside.from()));
        String naming = ReviewSubject.fromNamingSentence(incident, beside);
        String before = naming.substring(0, Math.max(0, naming.length() - beside.from().length()));
        Finding<String> named = outcomes.classify(before);
        boolean namedDeath = named.value().equals("death")
                && !PERSON_BETWEEN.matcher(before.substring(before.indexOf(named.evidence()) + named.evidence().length())).find()
                && !PERSON_DYING.matcher(before.substring(0, before.indexOf(named.evidence()))).find();
        if (!own.value().equals("death") && namedDeath) {
            return named;
        }
        if (own.evidence() != null) {
            return own;
        }
        if (named.evidence() != null && !named.value().equals("death")) {
            return named;
        }
        return harms.stream().filter(h -> !harmTypes.doneByChild(h)).findFirst()
                .map(h -> new Finding<>("serious_harm", h.evidence())).orElseGet(() -> new Finding<>("other", null));
    }

    /** The review type named by the type text, the title or the summary's opening, else by a later subject sentence. */
    private Finding<String> reviewType(ReviewText text, Optional<ReviewSubject.Story> story) {
        Finding<String> type = titles.reviewType(text.reviewTypeText(), text.title(), text.summary());
        // "... This learning review concerns her youngest, Child YB": the review the sentence names is this one
        if (type.evidence() == null && story.isPresent()) {
            type = titles.reviewType(null, null, story.get().from());
        }
        // "In 2021 a baby died ... A case management review was opened in 2025": the review a later sentence opens
        return type.evidence() == null ? titles.reviewOpened(text.summary()).orElse(type) : type;
    }

    /**
     * The child's age: from the child's own story ({@code own}, the whole incident text unless the child is named late;
     * the ages before a late-named child are other people's).
     */
    private AgeFact age(ReviewText text, String own, int children) {
        // "Riley was 16 when he died": the child by the title's first name or a name given for the review
        AgeFact age = ages.find(namedChild.asChild(own, text.childName()));
        if (children > 1 && ages.fromRange(age)) {
            // "four boys aged between 14 and 17": the group's ages, no child's
            age = AgeFact.UNKNOWN;
        }
        return age;
    }

    /**
     * Harms the review rules out: "Non-accidental injury was ruled out ... the burn was caused by ..." (the injury is no
     * abuse); burns in a text that names an accidental fire and no one who set it; "Her mother told the review that Child Z had been neglected by her father; the review found no evidence of
     * neglect" (the review's finding rules out what one person said).
     */
    private List<CodeEvidence> withoutRuledOut(List<CodeEvidence> harms, String coded) {
        List<CodeEvidence> kept = harms;
        if (abuseRuledOut.matcher(coded).find()) {
            // "a fractured skull ...; the injury was not thought to be non-accidental": the injury named is no abuse
            kept = kept.stream().filter(h -> !(h.code().equals(PHYSICAL_ABUSE) && injuryWords.matcher(h.evidence()).matches()
                    || h.code().equals(NAHI) && headInjuryWords.matcher(h.evidence()).matches())).toList();
        }
        if (kept.stream().anyMatch(h -> h.code().equals(SELF_HARM))) {
            // "died when he was hit by a train ... had taken his own life", "after her brother died in a road traffic
            // collision, she took an overdose": the collision is the suicide's means or someone else's, no harm of its own
            kept = kept.stream().filter(h -> !(h.code().equals(OTHER) && collisionWords.matcher(h.evidence()).matches())).toList();
        }
        if (kept.stream().anyMatch(h -> h.code().equals(NEGLECT) && h.evidence() != null
                && impairedDrivingWords.matcher(h.evidence()).matches())) {
            // "hurt in a car crash; his stepfather had been driving under the influence": the crash is the carer's impaired
            // driving, named by neglect (session 40's decision), no other beside it
            kept = kept.stream().filter(h -> !(h.code().equals(OTHER) && collisionWords.matcher(h.evidence()).matches())).toList();
        }
        if (neglectRuledOut.matcher(coded).find()) {
            kept = kept.stream().filter(h -> !h.code().equals(NEGLECT)).toList();
        }
        if (accidentalBurn.matcher(coded).find() && !fireSet.matcher(coded).find()) {
            // "Serious injury to a girl in a house fire ... She was treated for burns": the fire's burns, no one's abuse
            kept = kept.stream().filter(h -> !(h.code().equals(PHYSICAL_ABUSE) && burnWords.matcher(h.evidence()).find())).toList();
        }
        return kept;
    }

    /**
     * "... her mother's partner assaulted her mother, who was taken to hospital with a fractured cheekbone. Child Z was
     * not injured": the summary says the child was not hurt, so the injuries and attacks it tells are someone else's
     * (the abuse the child saw stays as its other codes say).
     */
    private List<CodeEvidence> withoutInjuriesOfAnUnhurtChild(List<CodeEvidence> harms, String coded) {
        if (!childUnhurt.matcher(coded).find()) {
            return harms;
        }
        return harms.stream().filter(h -> !(h.code().equals(PHYSICAL_ABUSE) && !PHYSICAL_WORD.matcher(h.evidence()).lookingAt()
                || h.code().equals(NAHI) || h.code().equals(EXTRA_FAMILIAL) && attackWords.matcher(h.evidence()).matches()))
                .toList();
    }

    /** The children counted from the child's words, one when the summary or background says only that child was reviewed. */
    private Finding<Integer> children(ReviewText text, String childsWords) {
        return childCounts.onlyOneReviewed(text.descriptionText())
                .orElseGet(() -> childCounts.count(text.childName(), text.title(), childsWords));
    }

    /**
     * "died of hypothermia ... he had told his GP he felt suicidal": a death the summary puts down to another cause, so
     * the feeling told beside it is no self-harm; "found in a river ... she felt suicidal" (no cause stated) keeps it.
     */
    private List<CodeEvidence> withoutAFeelingBesideAnotherCause(List<CodeEvidence> harms, String coded) {
        if (!otherCauseOfDeath.matcher(coded).find()) {
            return harms;
        }
        return harms.stream().filter(h -> !(h.code().equals(SELF_HARM) && suicidalFeeling.matcher(h.evidence()).matches())).toList();
    }

    /**
     * The outcome words, else serious harm when a harm type was found (FGM, radicalisation, ...), not one the
     * child did to others (harmful sexual behaviour).
     */
    private Finding<String> outcome(String title, String own, String incident, List<CodeEvidence> harms, String learning) {
        Finding<String> outcome = outcomes.classify(ReviewText.join(title, own));
        if (outcome.evidence() == null && !own.equals(incident)) {
            outcome = outcomes.classify(ReviewText.join(title, incident));
        }
        if (!outcome.value().equals("death")) {
            Optional<Finding<String>> learningDeath = outcomes.deathInLearning(learning);
            if (learningDeath.isPresent()) {
                return learningDeath.get();
            }
        }
        Optional<CodeEvidence> harmToChild = harms.stream().filter(h -> !harmTypes.doneByChild(h)).findFirst();
        if (outcome.value().equals("other") && harmToChild.isPresent()) {
            return new Finding<>("serious_harm", harmToChild.get().evidence());
        }
        return outcome;
    }

    /**
     * "hit by a bus after he walked out of the flat ... His mother ... was asleep": the words of the road harm are inside
     * the words that gave neglect (the want of supervision), so the harm is named by neglect and no other stands beside it
     * (session 38's decision: other is for a harm no other code names; session 39's: a young child's road death while the
     * carer slept is neglect).
     */
    private static List<CodeEvidence> withoutOtherInsideNeglect(List<CodeEvidence> harms) {
        boolean named = harms.stream().anyMatch(other -> other.code().equals("other") && harms.stream()
                .anyMatch(h -> h.code().equals("neglect") && h.evidence() != null && other.evidence() != null
                        && h.evidence().contains(other.evidence())));
        return named ? harms.stream().filter(h -> !h.code().equals("other")).toList() : harms;
    }

    /** The outcome was read from the infant-death words themselves ("found not breathing where left to sleep"). */
    private static boolean onlyHarmSaid(Finding<String> outcome, List<CodeEvidence> harms) {
        return harms.stream().anyMatch(h -> h.code().equals(SUDI) && h.evidence().equals(outcome.evidence()));
    }

    /** The sex the summary states, else the one the background states ("Death of a 16-year-old." then "her insulin"). */
    /** The ethnicity a row of the entry's facts states, else the one the summary and background state. */
    private Finding<String> ethnicity(ReviewText text) {
        Finding<String> stated = ethnicities.find(text.statedEthnicity());
        return stated.evidence() != null && !EthnicityFinder.NOT_STATED.equals(stated.value()) ? stated
                : ethnicities.find(text.descriptionText());
    }

    /**
     * The children whose sex is read: one when the text names the child by a place among siblings ("The four children,
     * aged 15, 12, 7 and 3 ... the youngest, Child AU, ... his mother said he had fallen": the named child's, not the
     * family's), else those counted.
     */
    private int sexOf(Finding<Integer> children, String childName, String own) {
        // "The eldest, Child EX" among the children the name lists is one of the reviewed children, not the only one
        boolean oneOfThoseNamed = ChildCountFinder.byTheirNames(children, childName);
        return children.value() > 1 && !oneOfThoseNamed && ages.placesTheChild(own) ? 1 : children.value();
    }

    private Finding<String> sex(ReviewText text, String own, int children, boolean childAgeRead) {
        Finding<String> sex = sexes.find(own, children, childAgeRead);
        if (sex.evidence() == null && text.backgroundText() != null && !text.incidentText().equals(text.backgroundText())) {
            return sexes.find(text.backgroundText(), children, childAgeRead);
        }
        return sex;
    }

    /** A child's age or range of ages was read ("aged between 14 and 16"): the subject is no young adult. */
    private static boolean childAgeRead(AgeFact age) {
        return age.text() != null && !age.band().equals("18_plus");
    }

    /**
     * The death of a baby who slept with an adult is a sudden unexpected infant death, unless an
     * injury explains it; the co-sleeping words are its evidence.
     */
    private static List<CodeEvidence> withSuddenInfantDeath(List<CodeEvidence> harms, List<CodeEvidence> risks,
                                                            String outcome, String ageBand) {
        Optional<CodeEvidence> coSleeping = risks.stream().filter(r -> r.code().equals(CO_SLEEPING)).findFirst();
        boolean injured = harms.stream().anyMatch(h -> h.code().equals(PHYSICAL_ABUSE) || h.code().equals(SUDI));
        if (!outcome.equals("death") || !ageBand.equals("under_1") || coSleeping.isEmpty() || injured) {
            return harms;
        }
        List<CodeEvidence> withSudi = new ArrayList<>(harms);
        withSudi.add(new CodeEvidence("harm_types", SUDI, coSleeping.get().evidence(), CodeEvidence.SUBJECT_CHILD));
        return withSudi;
    }

    /** An unborn child whose pregnant mother was attacked: the attack is the child's physical abuse. */
    private List<CodeEvidence> withHarmThroughTheMother(List<CodeEvidence> harms, String coded, String ageBand) {
        Matcher attack = unbornMotherHarmed.matcher(coded);
        if (!ageBand.equals("unborn") || harms.stream().anyMatch(h -> h.code().equals(PHYSICAL_ABUSE)) || !attack.find()) {
            return harms;
        }
        List<CodeEvidence> withAbuse = new ArrayList<>(harms);
        withAbuse.add(new CodeEvidence("harm_types", PHYSICAL_ABUSE, attack.group(), CodeEvidence.SUBJECT_CHILD));
        return withAbuse;
    }

    /**
     * A thematic word in the title or type text or before the review the summary opens with ("A thematic review of"),
     * or several children (not of one family) and no child named.
     */
    private boolean thematic(ReviewText text, Finding<Integer> children, List<CodeEvidence> evidence) {
        Optional<String> word = titles.thematicWord(text.title(), text.reviewTypeText())
                .or(() -> titles.openingThematicWord(text.summary()));
        if (word.isPresent()) {
            evidence.add(new CodeEvidence("thematic", "true", word.get()));
            return true;
        }
        if (children.value() > 1 && (text.childName() == null || text.childName().isBlank()) && !childCounts.ofOneFamily(children)) {
            evidence.add(new CodeEvidence("thematic", "true", children.evidence()));
            return true;
        }
        return false;
    }

    private static <T> Finding<T> kept(List<CodeEvidence> evidence, String field, Finding<T> finding) {
        if (finding.evidence() != null) {
            evidence.add(new CodeEvidence(field, String.valueOf(finding.value()), finding.evidence(),
                    CHILD_FIELDS.contains(field) ? CodeEvidence.SUBJECT_CHILD : null));
        }
        return finding;
    }

    private static List<String> codes(List<CodeEvidence> rows) {
        return rows.stream().map(CodeEvidence::code).toList();
    }
}
