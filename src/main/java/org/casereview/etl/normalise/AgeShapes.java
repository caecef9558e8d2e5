package org.casereview.etl.normalise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ages in shapes other than "N-year-old" and "aged N" ({@code case-facts.yml} {@code age}): a bare number between commas
 * after the named child ("Child Z, 15, was stabbed"), an age others estimated ("who was thought to be 17"), a phrase that
 * gives only a band ("in his first year", "who was nearly three", "a Year 9 pupil", "a boy in P6"), and the one age the learning text may
 * give ("the 7-week-old baby").
 */
final class AgeShapes {
    /** "Child Z, 15, was", "Child Z, then fourteen,": group 1 is the number. */
    private final Pattern childCommaAge;
    /** "aged between 13 and 15": groups 1 and 2 the numbers, group 3 a unit after them. */
    private final List<Pattern> ranges;
    /** Band phrases read after any stated age ("two days after her birth"). */
    private final Map<Pattern, String> bandPhrasesAfterAges = new LinkedHashMap<>();
    /** "following Kai's death in March 2024, when he was 9.": group 1 the words from "was", group 2 the number. */
    private final Pattern eventWhenAge;
    /** "believed to be 16": group 1 is the number; not "thought to be 19 weeks pregnant". */
    private final Pattern estimatedAge;
    private final Map<Pattern, String> bandPhrases = new LinkedHashMap<>();
    /** Right before a learning text's age: the definite article only. */
    private final Pattern definiteBefore;
    /** Right after it: a child noun ("baby", "baby's"), not "check" or "review". */
    private final Pattern childNounAfter;
    /**
     * "who was nearly three", "is almost 15", "Twin girls, just under two,": group 1 the qualifier, group 2 the number (no
     * unit but years).
     */
    private final Pattern nearlyAge;
    /** "a Year 9 pupil", "a boy in P6", "an S3 pupil": group 1 the stage's number, with the offset of its ages. */
    private final List<SchoolStage> schoolStages;

    /** The named child's place in a list of siblings' ages. */
    private final SiblingListAge siblings;

    AgeShapes(Vocabulary vocabulary, String number, String sep, String unit, String childNouns,
              java.util.function.BiFunction<String, String, java.math.BigDecimal> inYears) {
        this.siblings = new SiblingListAge(number, String.join("|", vocabulary.decimals("age", "units").keySet()), inYears);
        List<String> named = vocabulary.words("age", "child_before_agent").stream().map(PhrasePatterns::spaced).toList();
        String then = String.join("|", vocabulary.words("age", "comma_age_before"));
        this.childCommaAge = Pattern.compile("(?<![\\w-])(?:" + String.join("|", named) + "),\\s+(?:(?:" + then + ")\\s+)?("
                + number + ")(?:" + sep + "(months?|weeks?|days?|years?))?,(?=\\s)", Pattern.CASE_INSENSITIVE);
        this.ranges = vocabulary.words("age", "range").stream().map(r -> Pattern.compile("(?<![\\w-])"
                + PhrasePatterns.spaced(r).replace("(N)", "(" + number + ")") + "(?:" + sep + unit + ")?(?![\\w-])",
                Pattern.CASE_INSENSITIVE)).toList();
        vocabulary.strings("age", "band_phrases_after_ages").forEach((phrase, band) -> bandPhrasesAfterAges.put(
                Pattern.compile("(?<![\\w-])" + PhrasePatterns.spaced(phrase), Pattern.CASE_INSENSITIVE), band));
        this.estimatedAge = Pattern.compile("(?<![\\w-])(?:" + String.join("|", vocabulary.words("age", "estimated_before"))
                + ")\\s+to\\s+be\\s+(?:about\\s+|around\\s+|aged\\s+)?(" + number + ")(?![\\w-])(?!" + sep + unit + ")",
                Pattern.CASE_INSENSITIVE);
        String eventWords = String.join("|", vocabulary.words("age", "event_when_before"));
        this.eventWhenAge = Pattern.compile("(?<![\\w-])(?:" + eventWords + ")(?![\\w-])[^.;]{0,40}?,\\s+when\\s+(?:he|she)\\s+(was\\s+("
                + number + "))(?=\\s*[.,;])", Pattern.CASE_INSENSITIVE);
        vocabulary.strings("age", "band_phrases").forEach((phrase, band) -> bandPhrases.put(
                Pattern.compile("(?<![\\w-])" + PhrasePatterns.spaced(phrase), Pattern.CASE_INSENSITIVE), band));
        this.definiteBefore = Pattern.compile("(?<![\\w-])(?:" + String.join("|", vocabulary.words("age", "learning_definite"))
                + ")\\s+$", Pattern.CASE_INSENSITIVE);
        this.childNounAfter = Pattern.compile("^\\s+(?:" + childNouns + ")(?:['\u2019]s)?(?![\\w-])", Pattern.CASE_INSENSITIVE);
        String below = String.join("|", vocabulary.words("age", "qualifiers_below"));
        // after a verb, or apposed between commas ("Twin girls, just under two, were admitted")
        String lead = "(?:(?:was|is|were)\\s+|(?<=,)\\s+(?=(?:" + below + ")\\s+(?:" + number + ")(?:\\s*,|" + sep + "years?" + sep
                + "old)))";
        this.nearlyAge = Pattern.compile("(?<![\\w-])" + lead + "(" + below
                + ")\\s+(" + number + ")(?:" + sep + "years?" + sep + "old)?(?![\\w-])(?!" + sep + "(?:and|months?|weeks?|days?)(?![\\w-]))",
                Pattern.CASE_INSENSITIVE);
        this.schoolStages = schoolStages(vocabulary);
    }

    SiblingListAge siblings() {
        return siblings;
    }

    /**
     * "a Year 9 pupil", "an S3 pupil", "a boy in Year 6", "then in P6": each numbered stage before a pupil noun, or after
     * a child noun (or "then") and "in"; its number is group 1.
     */
    private static List<SchoolStage> schoolStages(Vocabulary vocabulary) {
        String pupils = String.join("|", vocabulary.words("age", "school_year_nouns").stream().map(PhrasePatterns::spaced).toList());
        String before = String.join("|", vocabulary.words("age", "school_stage_before").stream().map(PhrasePatterns::spaced).toList());
        List<SchoolStage> stages = new java.util.ArrayList<>();
        vocabulary.strings("age", "school_stages").forEach((words, offset) -> {
            String stage = PhrasePatterns.spaced(words).replace("(N)", "\\s?(\\d{1,2})");
            stages.add(new SchoolStage(Pattern.compile("(?<![\\w-])(?:an?|the)\\s+" + stage + "\\s+(?:" + pupils + ")(?![\\w-])",
                    Pattern.CASE_INSENSITIVE), Integer.parseInt(offset)));
            stages.add(new SchoolStage(Pattern.compile("(?<![\\w-])(?:" + before + ")\\s+in\\s+" + stage + "(?![\\w-])",
                    Pattern.CASE_INSENSITIVE), Integer.parseInt(offset)));
        });
        return List.copyOf(stages);
    }

    /** A numbered school stage: its words (group 1 the number) and the youngest age of stage 0 ("Year 9" is 4 + 9 = 13 to 14). */
    record SchoolStage(Pattern words, int firstAge) {
        /** The youngest age of a pupil in stage {@code number} (a pupil of that stage is younger than this plus two). */
        int firstAgeOf(int number) {
            return firstAge + number;
        }
    }

    Matcher nearlyAge(String text) {
        return nearlyAge.matcher(text);
    }

    List<SchoolStage> schoolStages() {
        return schoolStages;
    }

    Matcher childCommaAge(String text) {
        return childCommaAge.matcher(text);
    }

    Matcher eventWhenAge(String text) {
        return eventWhenAge.matcher(text);
    }

    Matcher estimatedAge(String text) {
        return estimatedAge.matcher(text);
    }

    Map<Pattern, String> bandPhrases() {
        return bandPhrases;
    }

    Map<Pattern, String> bandPhrasesAfterAges() {
        return bandPhrasesAfterAges;
    }

    List<Pattern> ranges() {
        return ranges;
    }

    /** An age at {@code start} to {@code end} that names the review's child in a learning text: "the 7-week-old baby". */
    boolean namesTheChild(String text, int start, int end) {
        return definiteBefore.matcher(TextScan.justBefore(text, start, 12)).find()
                && childNounAfter.matcher(text.substring(end)).find();
    }
}
