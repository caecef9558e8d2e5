package org.casereview.etl.normalise;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of the incident: a year introduced by "in", "during", "in the autumn of", ...
 * Years of other moments (birth, end of a plan, other reviews, decades) are skipped.
 */
final class IncidentYearFinder {
    private final Pattern datedYear;
    private final Pattern otherMomentBefore;
    private final Pattern otherEventSentence;
    private final Pattern otherMomentClause;
    /** How far before a year its clause is read for another moment's words. */
    private static final int CLAUSE_CHARS = 160;
    private final Pattern harmUntil;
    /** "following an incident " right before the dated year: the incident's, even in a sentence about the review. */
    private final Pattern eventBefore;
    /** ", when Child Z told her teacher ..." right after the dated year: the child's event, even in a review's sentence. */
    private final Pattern eventAfter;
    /** "between 2016 and 2018", "from 2015 to 2020": a period, no single incident. */
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "(?<![\\w-])(?:between|from)\\s+(?:19|20)\\d{2}\\s+(?:and|to|until)\\s+(?:19|20)\\d{2}(?![\\w-])",
            Pattern.CASE_INSENSITIVE);

    /**
     * "The following summer", "In the autumn of the following year" opening a sentence or a part: the year after the last
     * one written before it.
     */
    private static final Pattern FOLLOWING_SEASON = Pattern.compile("(?:^|[.;]\\s+)(?:in\\s+)?(the\\s+(?:(?:following|next)\\s+"
            + "(?:year|spring|summer|autumn|winter)|(?:spring|summer|autumn|winter)\\s+of\\s+the\\s+(?:following|next)\\s+year))"
            + "(?![\\w-])", Pattern.CASE_INSENSITIVE);

    /** Any year written, whatever leads it ("since 2019", "between 2021 and 2023"). */
    private static final Pattern ANY_YEAR = Pattern.compile("(?<![\\w-])((?:19|20)\\d{2})(?![\\w-])");
    /** What the last step of a chronology says happened to the child ("In March 2024 he was found ..."). */
    private final Pattern lastStepWords;
    /** A death told in the last dated part ("was pronounced dead in hospital in 2024"): it dates, opening or not. */
    private final Pattern deathStepWords;
    /**
     * "The review was commissioned in 2023 after Child Y, aged 10, was admitted to hospital in December ": a clause opened
     * by "after", "following" or "when" that says the child was found, admitted or hurt, right before the year (no other
     * year between): the child's event, even in a sentence about the review.
     */
    private final Pattern childEventBefore;

    /** "born in January 2024": group 1 the month, group 2 the year. */
    private final Pattern bornInMonth;
    private final List<String> months;

    IncidentYearFinder(Vocabulary vocabulary) {
        this.months = vocabulary.words("age", "months");
        this.bornInMonth = Pattern.compile("(?<![\\w-])born(?:\\s+(?:prematurely|early|late|at\\s+home|in\\s+hospital))?\\s+in\\s+("
                + String.join("|", months) + ")\\s+((?:19|20)\\d{2})(?![\\w-])", Pattern.CASE_INSENSITIVE);
        String lead = PhrasePatterns.spaced(vocabulary.text("incident_year", "lead"));
        // "during 2018-19": a year written with the next one's last two digits (a financial or school year)
        this.datedYear = Pattern.compile("(?<![\\w-])" + lead + "((?:19|20)\\d{2})(?!\\w)(?!-(?!\\d{2}(?![\\w-])))",
                Pattern.CASE_INSENSITIVE);
        this.otherMomentBefore = PhrasePatterns.endingWith(vocabulary.words("incident_year", "other_moment_before"), 1);
        this.otherEventSentence = PhrasePatterns.anyOf(vocabulary.words("incident_year", "other_event_sentence"));
        this.lastStepWords = PhrasePatterns.anyOf(vocabulary.words("incident_year", "last_step_words"));
        this.deathStepWords = PhrasePatterns.anyOf(vocabulary.words("incident_year", "death_step_words"));
        String noYear = "(?:(?!(?:19|20)\\d{2})[^.;])";
        this.childEventBefore = Pattern.compile("(?<![\\w-])(?:after|following|when)\\s" + noYear + "{0,120}?(?<![\\w-])(?:"
                + String.join("|", vocabulary.words("incident_year", "last_step_words").stream().map(PhrasePatterns::spaced)
                        .toList()) + ")(?![\\w-])" + noYear + "{0,60}$", Pattern.CASE_INSENSITIVE);
        this.eventAfter = Pattern.compile("^" + PhrasePatterns.spaced(vocabulary.text("incident_year", "event_after")),
                Pattern.CASE_INSENSITIVE);
        this.eventBefore = Pattern.compile("(?<![\\w-])" + PhrasePatterns.spaced(vocabulary.text("incident_year", "event_before")),
                Pattern.CASE_INSENSITIVE);
        // "diagnosed with a personality disorder in 2015", not "diagnosed with autism, died in 2019".
        String moment = String.join("|", vocabulary.words("incident_year", "other_moment_clause").stream()
                .map(PhrasePatterns::spaced).toList());
        this.otherMomentClause = Pattern.compile("(?<![\\w-])(?:" + moment + ")(?![\\w-])"
                + "(?:\\s+(?!(?:died|dies|was|were|is|are|had|has|suffered|sustained)(?![\\w-]))[\\w'-]+){0,6}\\W*$",
                Pattern.CASE_INSENSITIVE);
        String harm = String.join("|", vocabulary.words("incident_year", "harm_until").stream()
                .map(PhrasePatterns::spaced).toList());
        // "abused ... until 2020", "over a period of years up to 2017"; an age apposition between ("five children, aged 4 to 9, ...")
        this.harmUntil = Pattern.compile("(?<![\\w-])(?:" + harm + ")(?![\\w-])(?:[^.;,:]|,\\s*aged\\s[^.;,:]{1,25},){0,120}?(?<![\\w-])((?:until|up\\s+(?:to|until))\\s+"
                + "(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\\s+)?"
                + "((?:19|20)\\d{2}))(?![\\w-])", Pattern.CASE_INSENSITIVE);
    }

    Optional<Finding<Integer>> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        List<TextScan.Sentence> sentences = TextScan.sentences(text);
        // "The plan ended in 2023. In the autumn of the following year, aged 6, he was found ...": the last step told
        if (lastIsFollowing(text)) {
            Optional<Finding<Integer>> following = followingYear(text, sentences);
            if (following.isPresent()) {
                return following;
            }
        }
        Optional<Finding<Integer>> last = lastStep(text, sentences);
        if (last.isPresent()) {
            return last;
        }
        Matcher matcher = datedYear.matcher(text);
        Matcher range = YEAR_RANGE.matcher(text);
        int rangeStart = range.find() ? range.start() : Integer.MAX_VALUE;
        // "abused ... until 2020": the year the harm ended, before any later year (a parent's history)
        Matcher ended = harmUntil.matcher(text);
        int endedAt = ended.find() && ended.start() < rangeStart ? ended.start(1) : Integer.MAX_VALUE;
        Optional<Finding<Integer>> endYear = endedAt == Integer.MAX_VALUE ? Optional.empty()
                : Optional.of(new Finding<>(Integer.parseInt(ended.group(2)), ended.group(1)));
        List<Dated> dated = new java.util.ArrayList<>();
        while (matcher.find()) {
            if (matcher.start() > endedAt) {
                return endYear;
            }
            if (matcher.start() >= rangeStart && !dated.isEmpty() && laterSentence(sentences, dated.get(dated.size() - 1), rangeStart)) {
                // "exploited ... in 2023. Her name had been on the register from 2019 to 2021": a period of another
                // sentence, after the dated harm, is background
                break;
            }
            if (matcher.start() > rangeStart) {
                // The harm lasted a period; later years are other moments ("came to light in 2019").
                return Optional.empty();
            }
            if (incidentCandidate(text, sentences, matcher)) {
                dated.add(new Dated(matcher.start(), Integer.parseInt(matcher.group(1)), matcher.group().strip()));
            }
        }
        if (dated.isEmpty()) {
            return endYear.isPresent() ? endYear : followingYear(text, sentences);
        }
        Dated first = dated.get(0);
        return Optional.of(endedAt == Integer.MAX_VALUE ? lastOpenedStep(text, sentences, dated).orElse(first.finding())
                : first.finding());
    }

    /**
     * "Baby Z was born in 2021 ... The following summer, aged 10 months, she was found with a bite mark": with no year of
     * its own dated, a step of the child's opened by "the following summer" is in the year after the last one written.
     */
    private Optional<Finding<Integer>> followingYear(String text, List<TextScan.Sentence> sentences) {
        Matcher following = FOLLOWING_SEASON.matcher(text);
        if (!following.find()
                || !lastStepWords.matcher(TextScan.sentenceAt(sentences, following.start(1)).text()).find()) {
            return Optional.empty();
        }
        Matcher year = ANY_YEAR.matcher(text).region(0, following.start(1));
        Integer last = null;
        while (year.find()) {
            last = Integer.parseInt(year.group(1));
        }
        return last == null ? Optional.empty() : Optional.of(new Finding<>(last + 1, following.group(1)));
    }

    private static boolean laterSentence(List<TextScan.Sentence> sentences, Dated dated, int offset) {
        return TextScan.sentenceAt(sentences, offset).start() > TextScan.sentenceAt(sentences, dated.start()).start();
    }

    /** A "following" season or year written after every year of the text. */
    private static boolean lastIsFollowing(String text) {
        Matcher following = FOLLOWING_SEASON.matcher(text);
        return following.find() && !ANY_YEAR.matcher(text).region(following.end(), text.length()).find();
    }

    /** A year the incident may have: where it is, the year, the words that date it. */
    private record Dated(int start, int year, String words) {
        Finding<Integer> finding() {
            return new Finding<>(year, words);
        }
    }

    /** Whether a dated year may be the incident's: not after another moment's words nor in another event's clause. */
    private boolean incidentCandidate(String text, List<TextScan.Sentence> sentences, Matcher matcher) {
        TextScan.Sentence sentence = TextScan.sentenceAt(sentences, matcher.start());
        // the words before it in its own sentence: "an order made in 2017. In 2020 she was found" is not the order's
        String before = text.substring(Math.min(matcher.start(), Math.max(sentence.start(), matcher.start() - 60)), matcher.start());
        if (otherMomentBefore.matcher(before.substring(Math.max(0, before.length() - 30))).find()) {
            return false;
        }
        // a move told with its places ("moved with her mother from a town in Wessington to a city in the North East in
        // 2023") reaches further back than the other moments' words
        String clause = text.substring(Math.min(matcher.start(), Math.max(sentence.start(), matcher.start() - CLAUSE_CHARS)),
                matcher.start());
        // "The family had moved to X in 2021; in 2024 police found him": a semicolon opens a clause of its own
        clause = clause.substring(clause.lastIndexOf(';') + 1);
        String after = text.substring(matcher.end(), Math.min(text.length(), matcher.end() + 60));
        boolean namedEvent = eventBefore.matcher(before).find() || childEventBefore.matcher(clause).find()
                || eventAfter.matcher(after).find();
        return !otherMomentClause.matcher(clause).find() && (namedEvent
                || !otherEventSentence.matcher(partWithoutAsides(sentence, matcher.start())).find());
    }

    /**
     * "... after the mother left a violent partner in 2024. In March 2025 Child SA was admitted to hospital": the last
     * dated year opens its sentence or part (or its part tells a death: "... was pronounced dead in hospital in January
     * 2025") and says the child was found, admitted or hurt, every earlier one is lower and its part says no such thing
     * (the background); that last year.
     */
    private Optional<Finding<Integer>> lastOpenedStep(String text, List<TextScan.Sentence> sentences, List<Dated> dated) {
        if (dated.size() < 2) {
            return Optional.empty();
        }
        Dated last = dated.get(dated.size() - 1);
        TextScan.Sentence sentence = TextScan.sentenceAt(sentences, last.start());
        String part = partAt(sentence, last.start());
        int partStart = sentence.start() + sentence.text().indexOf(part);
        boolean opens = text.substring(Math.max(0, Math.min(partStart, last.start())), last.start()).isBlank();
        if (!(opens || deathStepWords.matcher(part).find()) || !lastStepWords.matcher(part).find()) {
            return Optional.empty();
        }
        boolean background = dated.subList(0, dated.size() - 1).stream().allMatch(earlier -> earlier.year() < last.year()
                && !lastStepWords.matcher(partAt(TextScan.sentenceAt(sentences, earlier.start()), earlier.start())).find());
        return background ? Optional.of(last.finding()) : Optional.empty();
    }

    /**
     * A chronology whose last step is the incident ("moved to the area in 2021. In 2022 ... referred; in 2023 ... placed
     * with foster carers. In April 2024 she was found with a broken wrist"): steps that each open a sentence or a part
     * after a semicolon with their year, the years rising, the last one saying the child was found, died, admitted or
     * hurt, and an earlier step before them (a third step or a year written before the first); that last step's year.
     */
    private Optional<Finding<Integer>> lastStep(String text, List<TextScan.Sentence> sentences) {
        List<Finding<Integer>> steps = new java.util.ArrayList<>();
        int firstStepAt = -1;
        Matcher matcher = datedYear.matcher(text);
        while (matcher.find()) {
            TextScan.Sentence sentence = TextScan.sentenceAt(sentences, matcher.start());
            String part = partAt(sentence, matcher.start());
            int partStart = sentence.start() + sentence.text().indexOf(part);
            boolean opens = text.substring(Math.max(0, Math.min(partStart, matcher.start())), matcher.start()).isBlank();
            int year = Integer.parseInt(matcher.group(1));
            if (!opens || otherEventSentence.matcher(part).find()) {
                continue;
            }
            if (!steps.isEmpty() && year <= steps.get(steps.size() - 1).value()) {
                return Optional.empty();
            }
            firstStepAt = steps.isEmpty() ? matcher.start() : firstStepAt;
            steps.add(new Finding<>(year, part.strip()));
        }
        if (steps.size() < 2 || !lastStepWords.matcher(steps.get(steps.size() - 1).evidence()).find()) {
            return Optional.empty();
        }
        Matcher earlier = ANY_YEAR.matcher(text).region(0, firstStepAt);
        boolean yearBefore = false;
        while (!yearBefore && earlier.find()) {
            yearBefore = Integer.parseInt(earlier.group(1)) < steps.get(0).value();
        }
        Finding<Integer> lastOne = steps.get(steps.size() - 1);
        return steps.size() >= 3 || yearBefore ? Optional.of(lastOne) : Optional.empty();
    }

    /**
     * The year a baby born in a stated month reached the age stated at the incident, when no year of the incident is
     * written ("born in January 2024 ... He died at 11 weeks": March 2024); only when that age, in whole months counted
     * up, still ends in the birth year, so a baby born in November who died at 11 weeks gives none.
     */
    Optional<Finding<Integer>> fromBirth(String text, java.math.BigDecimal ageYears) {
        if (text == null || ageYears == null || ageYears.compareTo(java.math.BigDecimal.ONE) >= 0) {
            return Optional.empty();
        }
        Matcher born = bornInMonth.matcher(text);
        if (!born.find() || born.find(born.end())) {
            return Optional.empty();
        }
        born = bornInMonth.matcher(text);
        born.find();
        int month = months.indexOf(born.group(1).toLowerCase(java.util.Locale.ROOT)) + 1;
        int ageMonths = ageYears.multiply(java.math.BigDecimal.valueOf(12)).setScale(0, java.math.RoundingMode.CEILING).intValue();
        return month + ageMonths <= 12 ? Optional.of(new Finding<>(Integer.parseInt(born.group(2)), born.group().strip()))
                : Optional.empty();
    }

    /**
     * The part ({@link #partAt}) without its asides between two commas that do not hold the offset: "Child Z, 17 when
     * the review began, was found in 2025" dates the finding; the aside about the review makes no sentence about it.
     */
    private static String partWithoutAsides(TextScan.Sentence sentence, int offset) {
        String text = sentence.text();
        int at = Math.max(0, Math.min(text.length(), offset - sentence.start()));
        int from = at == 0 ? 0 : text.lastIndexOf(';', at - 1) + 1;
        String part = partAt(sentence, offset);
        StringBuilder kept = new StringBuilder(part);
        int open = part.indexOf(',');
        for (int close = part.indexOf(',', open + 1); open >= 0 && close > 0; open = close, close = part.indexOf(',', open + 1)) {
            if (at - from <= open || at - from >= close) {
                kept.replace(open + 1, close, " ".repeat(close - open - 1));
            }
        }
        return kept.toString();
    }

    /**
     * The part of the sentence between semicolons that holds the offset: "admitted to hospital in 2017 ...; the review
     * found that ..." dates the admission, only the part about the review is about the review.
     */
    private static String partAt(TextScan.Sentence sentence, int offset) {
        String text = sentence.text();
        int at = Math.max(0, Math.min(text.length(), offset - sentence.start()));
        int from = at == 0 ? 0 : text.lastIndexOf(';', at - 1) + 1;
        int to = text.indexOf(';', at);
        return text.substring(from, to < 0 ? text.length() : to);
    }
}
