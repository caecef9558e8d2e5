package org.casereview.etl.normalise;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The child a review concerns, named late. Real summaries often tell another person's story first, with no label (a
 * brother's stabbing, an eldest child's care, a mother's history), and then say whom the review is about: "This review
 * concerns Child PB, his sister, who was 12", "The review focused on the death of the youngest child, a 20-month-old
 * boy". The child's age, sex, year and harms are read from that sentence on; before it only what is said of the
 * children together ("Three children had lived with their grandmother") is the child's.
 * <p>
 * An entry that names its child first ("Child Z, aged 3, died in 2022. The review concerns Child Z and ...") tells the
 * child's own story first and is read whole, as is one whose subject sentence opens it.
 */
final class ReviewSubject {

    /**
     * The incident text split at the sentence naming the review's child: {@code before} is someone else's story;
     * {@code naming} the words that name the child ("her brother, Child VI", "the middle brother").
     */
    record Story(String before, String from, String naming) {
    }

    /** "One of them, ", "one of those teenagers, " before a name: one of the people just told of. */
    private static final Pattern ONE_OF = Pattern.compile("(?<![\\w-])(?:(?:one|another) of (?:them|those|these|the)"
            + "(?:\\s+[\\w-]+){0,2}?|another(?:\\s+[\\w-]+){1,2}),\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern RELATION_NAMING = Pattern.compile("^(?:(?:his|her|their)\\s|(?:one|another)(?![\\w-])"
            + "|(?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?(?:brother|half brother|step ?brother|son|sister|half sister|step ?sister"
            + "|daughter|cousin|friend|sibling|neighbour|twin),)", Pattern.CASE_INSENSITIVE);
    private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six");
    private static final Pattern YEARS_LATER = Pattern.compile("^\\W*(a|one|two|three|four|five|six|\\d)\\s+years?\\s+later(?![\\w-])",
            Pattern.CASE_INSENSITIVE);
    /** Two more words after the subject words: "the middle" + " brother,". */
    private static final Pattern NEXT_WORDS = Pattern.compile("^\\s+(?:[\\w-]+\\s+)?[\\w-]+");

    private final Pattern subjectSentence;
    private final Pattern childrenTogether;
    private final Pattern maleNoun;
    private final Pattern femaleNoun;
    /** "a 13-year-old girl, ", "her friend, " before a name: an article or possessive, up to three words and a child noun. */
    private final Pattern childNounBefore;

    ReviewSubject(Vocabulary vocabulary) {
        this.subjectSentence = Pattern.compile(PhrasePatterns.spaced(vocabulary.text("people", "review_subject")),
                Pattern.CASE_INSENSITIVE);
        this.childrenTogether = Pattern.compile("^\\W*" + PhrasePatterns.spaced(vocabulary.text("people", "children_together")),
                Pattern.CASE_INSENSITIVE);
        this.maleNoun = PhrasePatterns.phrase(vocabulary.text("people", "review_subject_male"));
        this.femaleNoun = PhrasePatterns.phrase(vocabulary.text("people", "review_subject_female"));
        this.childNounBefore = Pattern.compile("(?<![\\w-])(?:an?|the|his|her|their)\\s+(?:[\\w-]+\\s+){0,3}?(?:"
                + PhrasePatterns.spaced(vocabulary.text("people", "review_subject_male")) + "|"
                + PhrasePatterns.spaced(vocabulary.text("people", "review_subject_female"))
                + "|child|baby|infant|toddler|teenager|cousin|friend|sibling|neighbour|twin),\\s+");
    }

    /** The incident text split at a later sentence naming the child the review concerns, if another story comes first. */
    Optional<Story> find(String incident, String childName) {
        if (incident == null || incident.isBlank()) {
            return Optional.empty();
        }
        List<TextScan.Sentence> sentences = TextScan.sentences(incident);
        for (int i = 1; i < sentences.size(); i++) {
            TextScan.Sentence sentence = sentences.get(i);
            Matcher subject = subjectSentence.matcher(sentence.text());
            if (subject.lookingAt() && isTheEntrysChild(subject.group("name"), childName)) {
                String before = incident.substring(0, sentence.start());
                Matcher next = NEXT_WORDS.matcher(sentence.text().substring(subject.end()));
                String naming = subject.group() + (next.lookingAt() ? next.group() : "");
                return namesTheChild(before, childName) ? Optional.empty()
                        : Optional.of(new Story(before, incident.substring(sentence.start()), naming));
            }
        }
        return Optional.empty();
    }

    /**
     * "A 15-year-old boy was convicted of the rape of a 13-year-old girl, Child Z": the words from the noun the entry's
     * child is named beside, when someone else comes first; the child's age and sex are read from them.
     */
    Optional<Story> namedBeside(String incident, String childName) {
        if (incident == null || childName == null || childName.isBlank()) {
            return Optional.empty();
        }
        Matcher beside = Pattern.compile("(?:" + childNounBefore.pattern() + "|" + ONE_OF.pattern() + ")"
                + Pattern.quote(childName.strip()) + "(?![\\w'\u2019-])", Pattern.CASE_INSENSITIVE).matcher(incident);
        if (!beside.find() || beside.start() == 0 || namesTheChild(incident.substring(0, beside.start()), childName)) {
            return Optional.empty();
        }
        return Optional.of(new Story(incident.substring(0, beside.start()), incident.substring(beside.start()), beside.group()));
    }

    /**
     * The text from the start of the sentence naming the child beside a noun ("In 2025 his cousin, Child Z, ..."): where
     * the child's incident year is read first, before the other person's years told earlier.
     */
    static String fromNamingSentence(String incident, Story beside) {
        TextScan.Sentence naming = TextScan.sentenceAt(TextScan.sentences(incident), beside.before().length());
        return incident.substring(Math.min(naming.start(), beside.before().length()));
    }

    /** The story's text whose harms and contexts are the child's: the children together before, all from the subject on. */
    String childsPart(Story story) {
        String together = TextScan.sentences(story.before()).stream().map(TextScan.Sentence::text)
                .filter(s -> childrenTogether.matcher(s).lookingAt()).collect(Collectors.joining(" "));
        return ReviewText.join(together, story.from());
    }

    /**
     * The child is named by a relation or as one more person ("his sister, Child Z", "their next child, Child Z", "another
     * resident, Child Z", "The surviving twin, Child Z"), not as the same person told of before ("The girl, Child Z").
     */
    boolean byRelation(Story beside) {
        return RELATION_NAMING.matcher(beside.naming()).lookingAt();
    }

    /** "Two years later", "A year later" opening the naming sentence: the number of years, if any. */
    Optional<Integer> yearsLater(String opening) {
        Matcher later = YEARS_LATER.matcher(opening);
        if (!later.lookingAt()) {
            return Optional.empty();
        }
        String number = later.group(1).toLowerCase(java.util.Locale.ROOT);
        int index = NUMBERS.indexOf(number.equals("a") ? "one" : number);
        return Optional.of(index >= 0 ? index + 1 : Integer.parseInt(later.group(1)));
    }

    /** The sex of the noun the subject sentence calls the child by ("her brother, Child VI": male), if one. */
    Optional<Finding<String>> namedSex(Story story) {
        Matcher male = maleNoun.matcher(story.naming());
        Matcher female = femaleNoun.matcher(story.naming());
        boolean isMale = male.find();
        boolean isFemale = female.find();
        if (isMale == isFemale) {
            return Optional.empty();
        }
        return Optional.of(isMale ? new Finding<>("male", male.group()) : new Finding<>("female", female.group()));
    }

    /** A name in the subject sentence is the entry's child's ("Child PB" in "Child PB" or "Children PB and PC"). */
    private static boolean isTheEntrysChild(String name, String childName) {
        return name == null || childName != null
                && Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(childName).find();
    }

    /**
     * The text before the subject sentence names the entry's child other than as an owner ("Child Z, aged 3, ..." but not
     * "Child Z's older brother ..."): the child's own story came first.
     */
    private static boolean namesTheChild(String before, String childName) {
        if (childName == null || childName.isBlank()) {
            return false;
        }
        Matcher named = Pattern.compile("(?<![\\w-])" + Pattern.quote(childName.strip()) + "(?![\\w-])(?!['\u2019]s?(?![\\w-]))")
                .matcher(before);
        return named.find();
    }
}
