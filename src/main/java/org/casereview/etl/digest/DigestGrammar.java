package org.casereview.etl.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.casereview.etl.document.SectionType;
import org.casereview.etl.vocabulary.Vocabulary;

/**
 * The vocabulary of the entry grammar, read from {@code vocabulary/digest-labels.yml} and
 * {@code vocabulary/digest-grammar.yml}. A list of regular expressions is read as alternatives.
 */
final class DigestGrammar {

    private static final String LABELS = "digest-labels";
    private static final String GRAMMAR = "digest-grammar";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // a label asked as a question (HeadingQuestions) ends at its question mark, as another at its colon
    private static final String LABEL_END = "(?=\\s*:|\\s*$|\\s*[\u2013\u2014]\\s|\\s+-\\s|(?<=\\?)\\s"
            + "|(?<=includ(?:e|es|ing)|focus(?:es)? on|recommendations (?:that|for|to|about|on|regarding)"
            + "|made (?:for|to|that|about|on|regarding))\\s+(?-i:\\p{Ll}))";
    private static final DigestGrammar DEFAULT = new DigestGrammar(Vocabulary.bundled());

    /**
     * One label pattern and the section type it opens. {@code wholePhrase}: a phrase without free words (digest-labels'
     * {@code whole_phrases}), a label alone on a plain line whatever its length.
     */
    record Label(SectionType type, Pattern pattern, boolean wholePhrase) {
    }

    final List<Label> labels;
    final Pattern labelSuffix;
    final Pattern noRecommendations;
    final Pattern noneBody;
    final Pattern linkPrefix;
    final Pattern linkVerbs;
    final Pattern linkDocuments;
    final Pattern linkColumn;
    final Set<String> linkNouns;
    final int linkMaxWords;
    final Pattern pseudonym;
    final Pattern titleField;
    /** A review type's name as review-types.yml spells it ("Serious case review", "CSPR"), whole words. */
    final Pattern reviewTypeName;
    /** Last words of the name prefixes, lower case ("child", "baby", "person"). */
    final Set<String> namePrefixWords;
    final Set<String> titleWords;
    /** A report's section headings, whole ("Conclusion", "Family background"): a heading that is one names no child. */
    final Set<String> sectionHeadings;
    final Set<String> notNameIds;
    final Pattern adultTitles;
    final Pattern anonymousArea;
    /** The UK's nations, lower case: a heading naming one groups entries but is no publishing area. */
    final Set<String> nations;
    final Pattern areaLabel;
    /** A band's area caption with its value, no colon: group 1 the caption, group 2 the value ("AREA <area name>"). */
    final Pattern areaCaption;
    /** A band's other captions with their values ("TYPE Serious case review"). */
    final Pattern detailCaption;
    /** A row of the entry's facts: group 1 the field's name, group 2 its value ("Age: 13 years"). */
    final Pattern detailField;
    final Pattern areaSuffix;
    final Pattern entryDateLine;
    /** The end of a title that gives its publication year ("...: published 2019", "... (2021)"). */
    final Pattern titlePublicationYear;
    final int headingMaxChars;
    final int headingMaxWords;
    final Set<String> hyphenKeepPrefixes;
    final Set<String> continuationWords;
    final Pattern pageFurniture;
    final Pattern emailNoise;
    final Pattern siteNavigation;
    /** A piece of a social post's tail: hashtags, reaction counts, the action bar's words ({@link ClosingNote}). */
    final Pattern postFurniture;
    /** A chat post's time stamp alone on its line, under its author's name ({@link ChatFurniture}). */
    final Pattern chatPostStamps;

    private DigestGrammar(Vocabulary v) {
        labels = readLabels(v);
        labelSuffix = Pattern.compile("(?:" + alternatives(v, LABELS, "label_suffix") + ")", FLAGS);
        noRecommendations = Pattern.compile("(?:" + alternatives(v, LABELS, "no_recommendations") + ")", FLAGS);
        noneBody = Pattern.compile("(?:" + alternatives(v, LABELS, "none_body") + ")[.;]?", FLAGS);
        linkPrefix = Pattern.compile("(?:" + alternatives(v, GRAMMAR, "link_prefix") + ")", FLAGS);
        linkVerbs = Pattern.compile("(?:" + alternatives(v, GRAMMAR, "link_verbs") + ")\\b", FLAGS);
        linkDocuments = Pattern.compile("(?:" + alternatives(v, GRAMMAR, "link_documents") + ")"
                + "(?:\\s*\\((?:PDF|DOCX?|Word|HTML)\\b[^)]{0,30}\\))?", FLAGS);
        linkColumn = Pattern.compile("(?:" + alternatives(v, GRAMMAR, "link_column") + ")\\s*:?", FLAGS);
        linkNouns = words(v, GRAMMAR, "link_nouns");
        linkMaxWords = Integer.parseInt(v.text(GRAMMAR, "link_max_words").trim());
        String prefix = "(?:" + alternatives(v, GRAMMAR, "name_prefixes") + ")";
        // an id is not itself a prefix word: in "Baby D and Child safeguarding ..." the name is "Baby D"
        // "V", "P1", "Kate", "Mary-Jane", "Zo\u00eb"
        String id = "(?!" + prefix + "\\b)\\p{Lu}[\\p{L}0-9'\u2019]*(?:-\\p{Lu}[\\p{L}0-9'\u2019]*)*";
        // later names may repeat the prefix: "Child N and Child O", "Child A, Child B and Child C"
        String nextId = "(?:" + prefix + "\\s+)?" + id;
        // case-sensitive: "Child V" is a name, "Child sexual exploitation" is not
        pseudonym = Pattern.compile("\\b" + prefix + "\\s+" + id
                + "(?:\\s*,\\s*" + nextId + ")*(?:,?\\s+(?:and|&)\\s+" + nextId + ")?\\b");
        titleField = Pattern.compile("(?:" + alternatives(v, GRAMMAR, "title_field") + ")", FLAGS);
        namePrefixWords = words(v, GRAMMAR, "name_prefixes").stream()
                .map(w -> w.substring(w.lastIndexOf(' ') + 1)).collect(Collectors.toUnmodifiableSet());
        titleWords = titleWords(v);
        reviewTypeName = reviewTypeNames(v);
        sectionHeadings = sectionHeadings(v);
        notNameIds = words(v, GRAMMAR, "name_not_ids");
        adultTitles = Pattern.compile("(?:" + alternatives(v, GRAMMAR, "name_adult_titles") + ")\\.?", FLAGS);
        areaLabel = Pattern.compile("(?:" + alternatives(v, GRAMMAR, "area_label") + ")\\s*:\\s*(\\S.*)", FLAGS);
        areaCaption = Pattern.compile("((?:" + alternatives(v, GRAMMAR, "area_label") + "))\\s+(\\S.*)", FLAGS);
        detailCaption = Pattern.compile("((?:" + alternatives(v, GRAMMAR, "detail_caption") + "))\\s+(\\S.*)", FLAGS);
        detailField = Pattern.compile("((?:" + alternatives(v, GRAMMAR, "detail_field") + "))\\s*:\\s*(\\S.*)", FLAGS);
        areaSuffix = Pattern.compile("(?:" + alternatives(v, GRAMMAR, "area_suffix") + ")$", FLAGS);
        entryDateLine = Pattern.compile("(?:" + alternatives(v, GRAMMAR, "entry_date_line") + ")\\.?", FLAGS);
        titlePublicationYear = Pattern.compile("(?:" + alternatives(v, GRAMMAR, "title_publication_year") + ")\\s*$", FLAGS);
        anonymousArea = Pattern.compile("(?:" + alternatives(v, GRAMMAR, "area_anonymous") + ")", FLAGS);
        nations = words(v, GRAMMAR, "nations");
        headingMaxChars = Integer.parseInt(v.text(GRAMMAR, "heading_max_chars").trim());
        headingMaxWords = Integer.parseInt(v.text(GRAMMAR, "heading_max_words").trim());
        hyphenKeepPrefixes = words(v, GRAMMAR, "hyphen_keep_prefixes");
        continuationWords = words(v, GRAMMAR, "continuation_words");
        pageFurniture = Pattern.compile("(?:" + alternatives(v, GRAMMAR, "page_furniture") + ")", FLAGS);
        emailNoise = Pattern.compile("(?:" + alternatives(v, GRAMMAR, "email_noise") + ")", FLAGS);
        siteNavigation = Pattern.compile("(?:" + alternatives(v, GRAMMAR, "site_navigation") + ")", FLAGS);
        postFurniture = Pattern.compile("(?:" + alternatives(v, GRAMMAR, "post_furniture") + ")", FLAGS);
        chatPostStamps = Pattern.compile("(?:" + alternatives(v, GRAMMAR, "chat_post_stamps") + ")", FLAGS);
    }

    static DigestGrammar standard() {
        return DEFAULT;
    }

    /** With the words of the given vocabulary (the bundled one with an operator's file merged on top). */
    static DigestGrammar from(Vocabulary vocabulary) {
        return vocabulary == Vocabulary.bundled() ? DEFAULT : new DigestGrammar(vocabulary);
    }

    private static List<Label> readLabels(Vocabulary v) {
        // types in alphabetical order, each type's labels in the file's order, then the questions of the report
        // headings of its type (HeadingQuestions)
        List<Label> result = new ArrayList<>();
        Map<String, Object> wholePhrases = v.map(LABELS, "whole_phrases");
        new TreeMap<>(v.map(LABELS, "labels")).forEach((type, patterns) -> {
            for (String label : Vocabulary.strings(patterns)) {
                result.add(label(type, label, false));
            }
            for (String label : Vocabulary.strings(wholePhrases.get(type))) {
                result.add(label(type, label, true));
            }
            SectionType sectionType = SectionType.fromCode(type);
            if (HeadingQuestions.TYPES.contains(sectionType)) {
                HeadingQuestions.pattern(v, sectionType).ifPresent(q -> result.add(label(type, q, true)));
            }
        });
        return List.copyOf(result);
    }

    private static Label label(String type, String label, boolean wholePhrase) {
        // the lookahead lets lazy parts of a label grow up to its colon, a dash standing for
        // it, or a final "include(s)" / "focuses on" when the colon was left out
        return new Label(SectionType.fromCode(type), Pattern.compile("(?:" + label + ")" + LABEL_END, FLAGS), wholePhrase);
    }

    /** A list of the bundled {@code layout-words.yml}, for rules compiled once into constants. */
    static List<String> bundledWords(String key) {
        return Vocabulary.bundled().strings("layout-words", key);
    }

    /** A list of regular expressions as one alternation (without the enclosing group). */
    private static String alternatives(Vocabulary v, String file, String key) {
        return String.join("|", v.strings(file, key));
    }

    /** The title words and the review-type acronyms of review-types.yml ("DHR" is no child's name). */
    private static Set<String> titleWords(Vocabulary v) {
        Set<String> words = new java.util.HashSet<>(words(v, GRAMMAR, "title_words"));
        for (Object entry : (List<?>) v.value("review-types", "review_types")) {
            Object abbreviations = ((Map<?, ?>) entry).get("abbreviations");
            if (abbreviations instanceof Map<?, ?> map) {
                map.keySet().forEach(key -> words.add(key.toString().toLowerCase(Locale.ROOT)));
            }
        }
        return Set.copyOf(words);
    }

    /** The review types' patterns of review-types.yml as one alternation; a space matches spaces and hyphens, as there. */
    private static Pattern reviewTypeNames(Vocabulary v) {
        List<String> patterns = new ArrayList<>();
        for (Object entry : (List<?>) v.value("review-types", "review_types")) {
            patterns.addAll(Vocabulary.strings(((Map<?, ?>) entry).get("patterns")));
        }
        return Pattern.compile("\\b(?:" + String.join("|", patterns).replace(" ", "[\\s-]+") + ")\\b", FLAGS);
    }

    /** The plain headings of section-headings.yml, lower case; its patterns ("what (did|have) we learn") left out. */
    private static Set<String> sectionHeadings(Vocabulary v) {
        return v.map("section-headings", "headings").values().stream().flatMap(list -> Vocabulary.strings(list).stream())
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty() && s.matches("[\\p{L}' -]+"))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> words(Vocabulary v, String file, String key) {
        return v.strings(file, key).stream()
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
