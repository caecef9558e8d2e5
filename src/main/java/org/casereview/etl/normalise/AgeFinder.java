package org.casereview.etl.normalise;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first age in the text that describes the child at the incident: "17-year-old",
 * "2-year-1-month-old", "six-week-old", "aged 3", "adolescent", "unborn".
 */
final class AgeFinder {
    private static final List<String> BOUND_QUALIFIERS = List.of("under", "over");
    /** "Infant A", "Baby D": a word age followed by a pseudonym letter is a name, not an age. */
    private static final Pattern BORN_AT = Pattern.compile(
            "(?<![\\w-])(?:born|delivered)(?:\\s+(?:prematurely|early))?(?:\\s+(?:in|on)(?:\\s+[\\w,]+){1,3})?(?:\\s+at)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** A relation as the subject right before the words ("His brother died at six weeks", "her twin was admitted at"). */
    private static final Pattern RELATION_SUBJECT = Pattern.compile("(?<![\\w-])(?:his|her|their)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:(?:half|step)[\\s-]?)?(?:brothers?|sisters?|siblings?|twins?|cousins?|mother|father)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PSEUDONYM_AFTER = Pattern.compile("^\\s+\\p{Lu}{1,3}\\d?(?![\\w-])");
    /**
     * "left in the care of a 12-year-old sibling": a relation named right after the age is the relation's age, unless the
     * relation is the named child ("his 8-year-old cousin, Child Z").
     */
    /** "was born", not "stillborn" nor "unborn". */
    private static final Pattern WAS_BORN = Pattern.compile("(?<![\\w-])(?:was|were)\\s+born(?![\\w-])", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATION_AFTER = Pattern.compile("^[\\s-]*(?:(?:half|step)[\\s-]?)?(?:brothers?|sisters?|siblings?"
            + "|cousins?|friends?|boyfriend|girlfriend)(?![\\w'\u2019-])(?!,?\\s+(?-i:(?:Child|Baby)\\s+\\p{Lu}))", Pattern.CASE_INSENSITIVE);

    /**
     * "her best friend, aged 15", "Her younger half-brothers, aged 3 and 5": an age apposed to a brother, sister, cousin or
     * friend is theirs, never the child's, even when the text gives no other (a twin's may be the child's too; "Child Z and
     * her brothers, aged 9, 6 and 3": the ages of the children together).
     */
    private static final Pattern RELATION_APPOSED = Pattern.compile("(?<![\\w-])(?<!(?:and|with|&)\\s)(?:his|her|their|(?-i:\\p{Lu})\\w*['\u2019]s)\\s+"
            + "(?:(?:best|close|older|younger|elder|eldest|oldest|youngest|big|little|half|step)[\\s-]?){0,3}"
            + "(?:brothers?|sisters?|siblings?|cousins?|friends?)(?:,\\s*|\\s+)(?:(?:aged|who\\s+(?:was|were|is|are))\\s+)?"
            + "(?:\\d{1,2}(?:,|\\s+and|\\s+or)\\s+)*$", Pattern.CASE_INSENSITIVE);

    private final Map<String, Integer> numbers;
    private final Map<String, BigDecimal> unitsPerYear;
    private final Map<String, BigDecimal> bandBounds;
    private final Map<String, String> wordBands;
    private final Map<String, BigDecimal> fractions;
    private final List<String> qualifiersBelow;
    private final Pattern numericAge;
    private final Pattern agedAge;
    private final Pattern nounOfAge;
    private final Pattern wordAge;
    private final Pattern otherMomentBefore;
    private final Pattern otherPersonBefore;
    private final Pattern parentAfter;
    private final Pattern childBeforeAgent;
    private final Pattern unitsOfAge;
    private final Pattern diedAt;
    private final Pattern yearsSemicolonMonths;
    private final Pattern adultAfter;
    /**
     * "The grandfather, aged 71,", "Their mother, who was 29,", "Her father, a 24-year-old student": an adult named
     * right before the age, never the child.
     */
    private final Pattern adultBefore;
    /** "Child Z, who was 12, was injured": the named child, then the age in a relative clause. */
    private final Pattern childWhoWas;
    /** "Child Q was 14 when she was trafficked": the named child (an apposition may follow), "was", the age, "when". */
    private final Pattern childWasWhen;
    /**
     * "The family described Child ZP as ... . He was 16 when he was shot": a pronoun opening a sentence, "was", the age,
     * "when"; the child's only when no adult is named before it (the pronoun can be no one else).
     */
    private final Pattern pronounWasWhen;
    private final Pattern adultNamed;
    /** "Child FW (13) was exploited": a bare number in brackets right after the named child is the age in years. */
    private final Pattern childBracketAge;
    /** "a baby at 29 weeks' gestation": a baby not yet born. */
    private final Pattern gestation;
    /**
     * Between an age word and a stated age of the same child: a child noun, the child's name and "was" at most ("an infant
     * boy aged nine weeks", "The infant, Baby Z, was 19 days old").
     */
    private final Pattern sameChildGap;
    private final BirthDateAge birthDates;
    private final AgeShapes shapes;
    /** A group of children named before an age range, in the same sentence ("four siblings, two boys and two girls"). */
    private static final Pattern GROUP_BEFORE_RANGE = Pattern.compile("(?<![\\w-])(?:children|siblings|brothers|sisters|boys|girls"
            + "|twins|family)(?![\\w-])[^.;]*$", Pattern.CASE_INSENSITIVE);
    private static final int GROUP_REACH = 60;
    private final BigDecimal adultFrom;
    private final BigDecimal youngAdultUntil;

    AgeFinder(Vocabulary vocabulary) {
        this.numbers = vocabulary.numbers();
        this.unitsPerYear = vocabulary.decimals("age", "units");
        this.bandBounds = vocabulary.decimals("age", "bands");
        this.wordBands = vocabulary.strings("age", "words");
        this.fractions = vocabulary.decimals("age", "fractions");
        this.qualifiersBelow = vocabulary.words("age", "qualifiers_below");
        String number = "\\d{1,2}|" + String.join("|", numbers.keySet());
        String unit = "(" + String.join("|", unitsPerYear.keySet()) + ")s?";
        // an em dash too: OCR reads the hyphens of "2-year-old" as one ("2\u2014year-old")
        String sep = "[\\s\\-\u2010\u2011\u2013\u2014]+";
        String qualifier = "(?:(" + String.join("|", vocabulary.words("age", "qualifiers")) + ")" + sep + ")?";
        String fraction = fraction(fractions.keySet(), sep);
        this.numericAge = Pattern.compile("(?<![\\w-])" + qualifier + "(" + number + ")" + fraction + sep + unit
                + "(?:" + sep + "(?:and" + sep + ")?(" + number + ")" + sep + unit + ")?" + sep + "old(?![\\w-])",
                Pattern.CASE_INSENSITIVE);
        // "aged 2 years and 3 months", "aged two and a half"; "a baby of 6 weeks" (the words from the number on)
        this.agedAge = Pattern.compile("(?<![\\w-])" + PhrasePatterns.spaced("(?:aged|age|at the age of)") + ":?" + sep + qualifier + "(" + number + ")" + fraction + "(?:" + sep + unit
                + "(?:,?" + sep + "(?:and" + sep + ")?(" + number + ")" + sep + unit + ")?)?"
                + "(?!" + sep + "(?:to|or)" + sep + "\\d)(?![\\w-])", Pattern.CASE_INSENSITIVE);
        String nouns = alternation(vocabulary.words("age", "noun_of_age"));
        this.shapes = new AgeShapes(vocabulary, number, sep, unit, nouns, this::inYears);
        this.sameChildGap = sameChildGap(nouns);
        // "a baby of 6 weeks"; "a boy of 14" (years) when the clause ends or goes on with a verb, not "the youngest child of 5 in"
        String unitlessAfter = "(?=\\s*(?:[,.;:)]|$)|\\s+(?:" + String.join("|", vocabulary.words("age", "unitless_age_after")) + ")(?![\\w-]))";
        String familyPosition = "(?<!(?:" + String.join("|", vocabulary.words("age", "family_position_before")) + ")\\s)";
        this.nounOfAge = Pattern.compile("(?<![\\w-])" + familyPosition + "(?:" + nouns + ")" + sep + "of" + sep
                + "((" + number + ")(?:" + sep + unit + "|" + unitlessAfter + "))(?![\\w-])", Pattern.CASE_INSENSITIVE);
        String notAnAge = String.join("|", vocabulary.words("age", "word_not_before"));
        List<String> longestFirst = wordBands.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.wordAge = Pattern.compile(PhrasePatterns.anyOf(longestFirst).pattern()
                + "(?!" + sep + "(?:" + notAnAge + ")(?![\\w-]))", Pattern.CASE_INSENSITIVE);
        // "12 weeks of age", "at 3 months of age"
        this.unitsOfAge = Pattern.compile("(?<![\\w-])(" + number + ")" + sep + unit + sep + "of" + sep + "age(?![\\w-])",
                Pattern.CASE_INSENSITIVE);
        this.diedAt = diedAt(number, sep, unit);
        // "aged 12;11": years;months, as paediatric notes write it
        this.yearsSemicolonMonths = Pattern.compile("(?<![\\w-])(?:aged|age)" + sep + "(\\d{1,2});(\\d{1,2})(?![\\w-])", Pattern.CASE_INSENSITIVE);
        // "a 34-year-old woman", "a 38-year-old mother of two": an adult's age, never the child's
        String adultNouns = alternation(vocabulary.words("people", "parents")) + "|" + alternation(vocabulary.words("people", "other_adults"));
        this.adultAfter = Pattern.compile("^" + sep + "(?:" + adultNouns + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
        this.parentAfter = Pattern.compile("^" + sep + "(?:" + alternation(vocabulary.words("people", "parents")) + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
        this.adultBefore = Pattern.compile("(?<![\\w-])(?<!young\\s)(?:" + adultNouns + ")(?:['\u2019]s)?,?\\s+(?:who\\s+(?:was|is)\\s+|an?\\s+)?$",
                Pattern.CASE_INSENSITIVE);
        this.adultFrom = new BigDecimal(vocabulary.text("age", "adult_from"));
        this.birthDates = new BirthDateAge(vocabulary);
        this.youngAdultUntil = new BigDecimal(vocabulary.text("age", "young_adult_until"));
        this.otherMomentBefore = PhrasePatterns.endingWith(vocabulary.words("age", "other_moment_before"), 0);
        this.otherPersonBefore = PhrasePatterns.endingWith(vocabulary.words("age", "other_person_before"), 0);
        String child = alternation(vocabulary.words("age", "child_before_agent"));
        String whoWasAfter = alternation(vocabulary.words("age", "who_was_after"));
        this.childWhoWas = childThen(child, ",?\\s+(who\\s+(?:" + alternation(vocabulary.words("age", "who_was")) + ")\\s+(" + number
                + "))(?=\\s*[,;.)]|\\s+(?:" + whoWasAfter + ")(?![\\w-]))");
        this.childWasWhen = childWasWhen(child, number, fraction);
        this.pronounWasWhen = pronounWasWhen(number);
        this.adultNamed = Pattern.compile("(?<![\\w-])(?:" + adultNouns + ")(?![\\w-])", Pattern.CASE_INSENSITIVE);
        this.childBracketAge = childThen(child, "\\s*(\\((\\d{1,2})\\))(?![\\w-])");
        this.gestation = gestation(number, sep);
        this.childBeforeAgent = childThen(child, "(?![\\w-])[^.;]*(?<![\\w-])by\\s+an?\\W*$");
    }

    /**
     * A fraction after the number, its group the fraction's name: "two-and-a-half-year-old" (after "and a"), "aged 4½" (a
     * fraction sign right after the number).
     */
    /** The words as one alternation, each matching any run of spaces or hyphens where it has a space. */
    private static String alternation(List<String> words) {
        return String.join("|", words.stream().map(PhrasePatterns::spaced).toList());
    }

    private static String fraction(java.util.Set<String> names, String sep) {
        String signs = names.stream().filter(f -> !f.chars().allMatch(Character::isLetter)).reduce("", String::concat);
        return "(?:(?:" + sep + "and" + sep + "an?" + sep + "|(?=[" + signs + "]))(" + String.join("|", names) + "))?";
    }

    /**
     * "He died at 11 weeks", "was admitted at 6 weeks": the age when it happened (not "born at 32 weeks", not "died at 31
     * weeks' gestation"); group 1 the number, group 2 the unit.
     */
    private static Pattern diedAt(String number, String sep, String unit) {
        return Pattern.compile("(?<![\\w-])(?:died|collapsed|admitted|injured|hospitali[sz]ed)" + sep + "at" + sep + "(" + number + ")"
                + sep + unit + "(?![\\w'\u2019-])(?!" + sep + "(?:of" + sep + ")?(?:gestation|pregnan|old|of age))", Pattern.CASE_INSENSITIVE);
    }

    /** "He was 16 when": a pronoun opening a sentence, "was", the age (group 1 the words, group 2 the number), "when". */
    private static Pattern pronounWasWhen(String number) {
        return Pattern.compile("(?:^|(?<=[.!?][\"\u201d\u2019']?\\s))(?:he|she)\\s+(was\\s+(" + number
                + "))(?:\\s+when(?![\\w-])|\\s*\\.(?!\\d))", Pattern.CASE_INSENSITIVE);
    }

    /** "at 34 weeks' gestation", "32 weeks of pregnancy": an unborn baby's stage. */
    private static Pattern gestation(String number, String sep) {
        return Pattern.compile("(?<![\\w-])(?:at\\s+)?(?:" + number + ")" + sep + "weeks?['\u2019]?" + sep
                + "(?:of" + sep + ")?(?:gestation|pregnancy)(?![\\w-])", Pattern.CASE_INSENSITIVE);
    }

    /** Between an age word and the same child's stated age: a child noun, the child's name and "was" at most. */
    private static Pattern sameChildGap(String nouns) {
        return Pattern.compile("[\\s,]*(?:(?:" + nouns + ")[\\s,]+)?(?:(?-i:(?:Child|Baby) \\p{Lu}[\\p{L}\\d]{0,3})[\\s,]+)?"
                + "(?:(?:was|is)\\s+)?", Pattern.CASE_INSENSITIVE);
    }

    /**
     * "Child Q was 14 when": the named child, "was", the age (group 2 the words, group 3 the number, group 4 a fraction's
     * name). Also after an apposition or a quoted name ("Child Z, the youngest of three, was 9 when"; '"Ruby", ..., was 13
     * and') or a bracketed aside ("Child Z (born 2007) was 17 at the time"; group 1), after a comma closing an apposition
     * before the name ("The young person at the centre of this review, Child Z, was 15 when"), with a fraction ("was three
     * and a half when"), and with the age closing its sentence ("Child Z was 7.").
     */
    private static Pattern childWasWhen(String child, String number, String fraction) {
        return childThen(child, "[\"\u201d\u2019']?(,[^,.;]{1,60},|\\s*\\([^()]{1,40}\\))?,?\\s+(was\\s+(" + number + ")"
                + fraction + ")" + WAS_AGE_END);
    }

    /** What may follow "Child Z was 12": "when", "and", "at the time", or the end of the sentence. */
    private static final String WAS_AGE_END = "(?:\\s+(?:when|and(?!\\s+an?\\s+(?:half|quarter))|at\\s+the\\s+time)(?![\\w-])|\\s*[.;](?!\\d))";

    /** A child noun ("Child FW", "the boy") as a whole word, then {@code rest}. */
    private static Pattern childThen(String child, String rest) {
        return Pattern.compile("(?<![\\w-])(?:" + child + ")" + rest, Pattern.CASE_INSENSITIVE);
    }

    /**
     * The band of an age told only by a birth year ("Born in 2012, ... In 2025 he was taken to hospital"), counted to the
     * incident's year: the age found is kept unless it is that birth year's band or no age at all.
     */
    AgeFact atIncidentYear(AgeFact age, String text, Optional<Integer> incidentYear) {
        if (incidentYear.isEmpty() || text == null || age.years() != null || age.text() == null && !"unknown".equals(age.band())) {
            return age;
        }
        return birthDates.yearOnlySpan(text, incidentYear.get())
                .filter(s -> (age.text() == null || s.text().equals(age.text())) && s.oldest().compareTo(adultFrom) < 0)
                .map(s -> new AgeFact(s.text(), null, band(s.youngest()).equals(band(s.oldest())) ? band(s.youngest()) : "unknown"))
                .orElse(age);
    }

    AgeFact find(String text) {
        if (text == null || text.isBlank()) {
            return AgeFact.UNKNOWN;
        }
        // "aged 9, 6 and 2 ... The middle child, Child AV": the named child's place in the list, not its first age
        Optional<BirthDateAge.Found> placed = shapes.siblings().find(text);
        if (placed.isPresent()) {
            return fact(placed.get().text(), null, placed.get().years());
        }
        List<Candidate> candidates = new ArrayList<>();
        collect(numericAge, text, candidates, this::numericFact);
        collect(agedAge, text, candidates, this::agedFact);
        collect(nounOfAge, text, candidates, this::nounOfAgeFact);
        collect(wordAge, text, candidates, this::wordFact);
        collect(unitsOfAge, text, candidates, m -> fact(m.group(), null, inYears(m.group(1), m.group(2))));
        collect(diedAt, text, candidates, m -> fact(text.substring(m.start(1), m.end()), null, inYears(m.group(1), m.group(2))));
        // "His brother died at six weeks": the age of the relation who died, never the child's
        candidates.removeIf(c -> c.fact().text() != null && RELATION_SUBJECT.matcher(TextScan.justBefore(text, c.start(), 60)).find()
                && diedAt.matcher(text.substring(c.start())).lookingAt());
        collectNamedChildAges(text, candidates);
        // a baby born at that gestation is no unborn baby
        collect(gestation, text, candidates, m -> new AgeFact(m.group(), null, "unborn"));
        candidates.removeIf(c -> "unborn".equals(c.fact().band()) && c.fact().years() == null
                && BORN_AT.matcher(TextScan.justBefore(text, c.start(), 40)).find());
        removeMothersPregnancy(text, candidates);
        collect(yearsSemicolonMonths, text, candidates, m -> fact(m.group(), null,
                inYears(m.group(1), "year").add(inYears(m.group(2), "month"))));
        Optional<BirthDateAge.Found> born = birthDates.find(text, adultFrom);
        born.ifPresent(b -> candidates.add(new Candidate(b.start(), fact(b.text(), null, b.years()), true)));
        if (born.isEmpty()) {
            // "(born August 2010), who was found in 2023": 12 or 13, a band when both are in one
            birthDates.span(text).filter(s -> s.oldest().compareTo(adultFrom) < 0).ifPresent(s -> candidates.add(new Candidate(
                    s.start(), new AgeFact(s.text(), null, band(s.youngest()).equals(band(s.oldest())) ? band(s.youngest())
                            : "unknown"), true)));
        }
        // an adult's age ("a 34-year-old woman", "a 38-year-old mother of two"): never the child's; a young
        // adult's ("an 18-year-old woman" in a safeguarding adults review) only when no child's age is given
        candidates.removeIf(c -> c.fact().text() != null && !isYoungAdult(c)
                && adultAfter.matcher(text.substring(Math.min(text.length(), c.start() + length(c)))).find());
        removeParentsAdultAges(text, candidates);
        candidates.removeIf(c -> adultBefore.matcher(TextScan.justBefore(text, c.start(), 60)).find());
        candidates.removeIf(c -> RELATION_APPOSED.matcher(TextScan.justBefore(text, c.start(), 60)).find());
        candidates.removeIf(c -> c.fact().text() != null
                && RELATION_AFTER.matcher(text.substring(Math.min(text.length(), c.start() + length(c)))).find());
        candidates.removeIf(c -> c.fact().years() == null && c.fact().text() != null
                && PSEUDONYM_AFTER.matcher(text.substring(Math.min(text.length(), c.start() + c.fact().text().length()))).find());
        List<Candidate> found = List.copyOf(candidates);
        candidates.removeIf(c -> statedRightAfter(text, c, found));
        // Plain ages first; an age after "by a" (often the perpetrator's) or "when she was" (often
        // another moment) only when the text gives no other; never an age after "by a" once the
        // child was named before it ("abuse of a girl by a 15-year-old").
        boolean childAgeGiven = candidates.stream().anyMatch(c -> c.fact().years() != null && c.fact().years().compareTo(adultFrom) < 0);
        return candidates.stream()
                .filter(c -> !childBeforeAgent.matcher(TextScan.wideBefore(text, c.start()) + " ").find())
                .min(Comparator.comparingInt((Candidate c) -> rank(text, c, childAgeGiven)).thenComparingInt(Candidate::start)
                        .thenComparingInt(c -> -length(c)))
                .map(Candidate::fact)
                .orElse(AgeFact.UNKNOWN);
    }

    /** "following Kai's death in March 2024, when he was 9.": the age after a death or an incident. */
    private void collectEventWhenAges(String text, List<Candidate> candidates) {
        Matcher eventWhen = shapes.eventWhenAge(text);
        while (eventWhen.find()) {
            candidates.add(new Candidate(eventWhen.start(1),
                    fact(eventWhen.group(1), null, inYears(eventWhen.group(2), "year"))));
        }
    }

    /**
     * Ages tied to the named child or said in other shapes: "Child Z, who was 12,", "Child Q was 14 when", "Child FW (13)",
     * "Child Z, 15,", "thought to be 17", "in his first year" (a band only).
     */
    private void collectNamedChildAges(String text, List<Candidate> candidates) {
        Matcher whoWas = childWhoWas.matcher(text);
        while (whoWas.find()) {
            candidates.add(new Candidate(whoWas.start(1), fact(whoWas.group(1), null, inYears(whoWas.group(2), "year"))));
        }
        Matcher wasWhen = childWasWhen.matcher(text);
        while (wasWhen.find()) {
            // after an apposition the age is the named child's, whoever the apposition names ("who lived with her aunt,")
            int start = wasWhen.group(1) == null ? wasWhen.start(2) : wasWhen.start();
            candidates.add(new Candidate(start, fact(wasWhen.group(2), null, yearsAndFraction(wasWhen.group(3), wasWhen.group(4)))));
        }
        Matcher pronoun = pronounWasWhen.matcher(text);
        while (pronoun.find()) {
            if (!adultNamed.matcher(text.substring(0, pronoun.start())).find()) {
                candidates.add(new Candidate(pronoun.start(1), fact(pronoun.group(1), null, inYears(pronoun.group(2), "year"))));
            }
        }
        Matcher bracket = childBracketAge.matcher(text);
        while (bracket.find()) {
            candidates.add(new Candidate(bracket.start(1), fact(bracket.group(1), null, inYears(bracket.group(2), "year"))));
        }
        Matcher comma = shapes.childCommaAge(text);
        while (comma.find()) {
            // "Child Z, 15,", "Child Z, 11 months,": the number and its unit (years when none)
            String unit = comma.group(2) == null ? "year" : comma.group(2).replaceAll("s$", "");
            candidates.add(new Candidate(comma.start(1), fact(text.substring(comma.start(1), comma.end(comma.group(2) == null ? 1 : 2)),
                    null, inYears(comma.group(1), unit))));
        }
        collectEventWhenAges(text, candidates);
        Matcher estimated = shapes.estimatedAge(text);
        while (estimated.find()) {
            candidates.add(new Candidate(estimated.start(1), fact(estimated.group(1), null, inYears(estimated.group(1), "year"))));
        }
        shapes.bandPhrases().forEach((phrase, band) -> collect(phrase, text, candidates, m -> new AgeFact(m.group(), null, band)));
        Matcher nearly = shapes.nearlyAge(text);
        while (nearly.find()) {
            String words = nearly.group().substring(nearly.start(1) - nearly.start());
            candidates.add(new Candidate(nearly.start(1), fact(words, nearly.group(1), inYears(nearly.group(2), "year"))));
        }
        collectRanges(text, candidates);
        shapes.bandPhrasesAfterAges().forEach((phrase, band) -> {
            Matcher m = phrase.matcher(text);
            while (m.find()) {
                candidates.add(new Candidate(m.start(), new AgeFact(m.group(), null, band), true));
            }
        });
        // "a Year 9 pupil", "a boy in P6": a band when the stage's ages fall in one, after any stated age
        for (AgeShapes.SchoolStage stage : shapes.schoolStages()) {
            Matcher pupil = stage.words().matcher(text);
            while (pupil.find()) {
                BigDecimal first = BigDecimal.valueOf(stage.firstAgeOf(Integer.parseInt(pupil.group(1))));
                String band = band(first);
                String lastBand = band(first.add(BigDecimal.valueOf(2)).subtract(new BigDecimal("0.001")));
                candidates.add(new Candidate(pupil.start(), new AgeFact(pupil.group(), null, band.equals(lastBand) ? band : "unknown"), true));
            }
        }
    }

    /** Whether the text names the child by a place after a list of the siblings' ages ("The youngest, Child AU"). */
    boolean placesTheChild(String text) {
        return text != null && shapes.siblings().find(text).isPresent();
    }

    /** Whether the age was read from a range ("aged between 14 and 17"): for several children, a group's ages, not one child's. */
    boolean fromRange(AgeFact age) {
        return age.text() != null && age.years() == null && shapes.ranges().stream().anyMatch(r -> r.matcher(age.text()).matches());
    }

    /**
     * "aged between 13 and 15": the band when the lower age and the last day of the upper one fall in one, else
     * {@code unknown}; no exact age.
     */
    private void collectRanges(String text, List<Candidate> candidates) {
        for (Pattern range : shapes.ranges()) {
            Matcher m = range.matcher(text);
            while (m.find()) {
                String unit = m.group(3) == null ? "year" : m.group(3);
                BigDecimal low = inYears(m.group(1), unit);
                BigDecimal lastDay = inYears(m.group(2), unit).add(inYears("1", unit)).subtract(new BigDecimal("0.001"));
                String band = band(low).equals(band(lastDay)) ? band(low) : "unknown";
                // "the children of one family, aged between four and nine, ... Child EY, the youngest, a girl aged 4":
                // a range said of a group ranks after an age stated of one child
                boolean ofGroup = GROUP_BEFORE_RANGE.matcher(TextScan.justBefore(text, m.start(), GROUP_REACH)).find();
                candidates.add(new Candidate(m.start(), new AgeFact(m.group(), null, band), ofGroup));
            }
        }
    }

    /**
     * The age a learning text gives the review's child when the summary gives none: a stated age right after the
     * definite article and before a child noun ("the 7-week-old baby was not seen"), the first one.
     */
    AgeFact findInLearning(String text) {
        if (text == null || text.isBlank()) {
            return AgeFact.UNKNOWN;
        }
        Matcher m = numericAge.matcher(text);
        while (m.find()) {
            if (m.group(1) == null && shapes.namesTheChild(text, m.start(), m.end())) {
                return numericFact(m);
            }
        }
        return AgeFact.UNKNOWN;
    }

    /** An age word ("infant", "toddler") right before the same child's stated age: the stated age says more. */
    private boolean statedRightAfter(String text, Candidate word, List<Candidate> candidates) {
        if (word.fact().years() != null || word.fact().text() == null) {
            return false;
        }
        int end = word.start() + length(word);
        return candidates.stream().anyMatch(c -> c.fact().years() != null && c.start() >= end
                && sameChildGap.matcher(text.substring(end, c.start())).matches());
    }

    /**
     * "Child Z was born in 2023 to a mother who had a conference at 30 weeks of pregnancy": a stage of the pregnancy told
     * after the birth, in its sentence, is the mother's, before the child was born.
     */
    private static void removeMothersPregnancy(String text, List<Candidate> candidates) {
        candidates.removeIf(c -> "unborn".equals(c.fact().band()) && c.fact().years() == null
                && WAS_BORN.matcher(sentenceBefore(text, c.start())).find());
    }

    /** "her 22-year-old partner", "a 19-year-old mother": a parent's or partner's adult age, never the child's. */
    private void removeParentsAdultAges(String text, List<Candidate> candidates) {
        candidates.removeIf(c -> c.fact().text() != null && c.fact().years() != null && c.fact().years().compareTo(adultFrom) >= 0
                && parentAfter.matcher(text.substring(Math.min(text.length(), c.start() + length(c)))).find());
    }

    private static String sentenceBefore(String text, int offset) {
        String before = TextScan.justBefore(text, offset, 200);
        return before.substring(before.lastIndexOf('.') + 1);
    }

    private static int length(Candidate candidate) {
        return candidate.fact().text() == null ? 0 : candidate.fact().text().length();
    }

    private boolean isYoungAdult(Candidate candidate) {
        BigDecimal years = candidate.fact().years();
        return years != null && years.compareTo(adultFrom) >= 0 && years.compareTo(youngAdultUntil) < 0;
    }

    /**
     * Plain ages first, then an age worked out from a date of birth ("born in March 2019 and died in May 2019, when she was
     * seven weeks old": the stated age is the finer one), then ages of another moment or person; an adult's age only when
     * no child's age is given.
     */
    private int rank(String text, Candidate candidate, boolean childAgeGiven) {
        BigDecimal years = candidate.fact().years();
        if (childAgeGiven && years != null && years.compareTo(adultFrom) >= 0) {
            return 4;
        }
        if (candidate.derived()) {
            return 1;
        }

        String before = TextScan.wideBefore(text, candidate.start()) + " ";
        if (otherMomentBefore.matcher(before).find()) {
            return 3;
        }
        return otherPersonBefore.matcher(before).find() ? 2 : 0;
    }

    /** An age and where its words start; derived when worked out from dates rather than stated. */
    private record Candidate(int start, AgeFact fact, boolean derived) {
        Candidate(int start, AgeFact fact) {
            this(start, fact, false);
        }
    }

    private static void collect(Pattern pattern, String text, List<Candidate> into,
                                java.util.function.Function<Matcher, AgeFact> toFact) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(new Candidate(matcher.start(), toFact.apply(matcher)));
        }
    }

    /** A number of years and the fraction named after it ("three and a half"), if any. */
    private BigDecimal yearsAndFraction(String number, String fractionName) {
        BigDecimal years = inYears(number, "year");
        return fractionName == null ? years : years.add(fractions.get(fractionName.toLowerCase(Locale.ROOT)));
    }

    private AgeFact numericFact(Matcher m) {
        BigDecimal years = inYears(m.group(2), m.group(4));
        if (m.group(3) != null) {
            years = years.add(fractions.get(m.group(3).toLowerCase(Locale.ROOT))
                    .divide(unitsPerYear.get(m.group(4).toLowerCase(Locale.ROOT)), 6, RoundingMode.HALF_UP));
        }
        if (m.group(5) != null) {
            years = years.add(inYears(m.group(5), m.group(6)));
        }
        return fact(m.group(), m.group(1), years);
    }

    private AgeFact agedFact(Matcher m) {
        String unit = m.group(4) == null ? "year" : m.group(4);
        BigDecimal years = inYears(m.group(2), unit);
        if (m.group(3) != null) {
            years = years.add(fractions.get(m.group(3).toLowerCase(Locale.ROOT))
                    .divide(unitsPerYear.get(unit.toLowerCase(Locale.ROOT)), 6, RoundingMode.HALF_UP));
        }
        if (m.group(5) != null) {
            years = years.add(inYears(m.group(5), m.group(6)));
        }
        return fact(m.group(), m.group(1), years);
    }

    private AgeFact nounOfAgeFact(Matcher m) {
        return fact(m.group(1), null, inYears(m.group(2), m.group(3) == null ? "year" : m.group(3)));
    }

    private AgeFact wordFact(Matcher m) {
        String band = wordBands.get(m.group().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]+", " "));
        return new AgeFact(m.group(), null, band == null ? "unknown" : band);
    }

    private AgeFact fact(String text, String qualifier, BigDecimal years) {
        if (qualifier != null && qualifiersBelow.contains(qualifier.toLowerCase(Locale.ROOT))) {
            // "nearly three": under the number, in the band just below it
            return new AgeFact(text, null, band(years.subtract(new BigDecimal("0.001"))));
        }
        if (qualifier != null && BOUND_QUALIFIERS.contains(qualifier.toLowerCase(Locale.ROOT))) {
            // "under one year old" lies in one band; "under 18-years-old" does not.
            boolean under = qualifier.equalsIgnoreCase("under");
            String lowest = band(BigDecimal.ZERO);
            String justUnder = band(years.subtract(new BigDecimal("0.001")));
            return new AgeFact(text, null, under && lowest.equals(justUnder) ? lowest : "unknown");
        }
        BigDecimal rounded = years.setScale(2, RoundingMode.HALF_UP);
        return new AgeFact(text, rounded, band(rounded));
    }

    private BigDecimal inYears(String number, String unit) {
        String word = number.toLowerCase(Locale.ROOT);
        BigDecimal value = numbers.containsKey(word) ? BigDecimal.valueOf(numbers.get(word)) : new BigDecimal(word);
        BigDecimal perYear = unitsPerYear.get(unit.toLowerCase(Locale.ROOT));
        return value.divide(perYear, 6, RoundingMode.HALF_UP);
    }

    String band(BigDecimal years) {
        for (Map.Entry<String, BigDecimal> band : bandBounds.entrySet()) {
            if (years.compareTo(band.getValue()) < 0) {
                return band.getKey();
            }
        }
        return "unknown";
    }
}
