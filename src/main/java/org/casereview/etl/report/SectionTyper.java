package org.casereview.etl.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.casereview.etl.document.SectionType;

/**
 * Maps a heading as printed to a section type by the synonym table: the synonym starting
 * earliest in the heading wins, the longest on a tie; nothing matching gives OTHER. A synonym that
 * names only the review ("the review") types a heading it opens, not one that merely mentions the
 * review further on ("Statement by Chair of the Review Panel" is about the chair's statement).
 */
final class SectionTyper {

    private static final Pattern NUMBERING = Pattern.compile(
            "^((" + Vocabulary.layout("numbered_part_words") + ")\\s+)?"
                    + "(\\d{1,2}|[ivx]{1,4}|[a-z])([.:)]\\d{0,2})*[.:)]?\\s+");

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
    /** An article before a heading phrase opening a lead-in line: "The learning points are:". */
    private static final Pattern ARTICLE = Pattern.compile("^(the|our|this) ");
    /** A lead-in line is short: a clause before its colon. */
    private static final int MAX_LEAD_IN_WORDS = 8;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The subject of a statement heading: one to four words ("the partnership", "the review panel"). */
    private static final String SUBJECT = "[\\p{L}\\p{N}']+(?: [\\p{L}\\p{N}']+){0,3}";
    /** A count after a heading's article ("the three children", "the 2 brothers"), in normalised words. */
    private static final Pattern COUNT = Pattern.compile(
            "^(the|these|our) (" + Vocabulary.layout("count_words") + "|\\d{1,2}) ");

    private final List<String> reviewItself;
    /** The review's bare names ("The review"): methodology after a summary too. */
    private final List<String> reviewItselfBare;
    /** The review-itself phrases padded as the synonyms are, to tell them apart among the synonyms. */
    private final Set<String> reviewItselfPadded;
    /** Every synonym in table order, with a space either side as looked for in a padded heading. */
    private final List<Phrase> phrases;
    /**
     * By a synonym's first word, the places in {@link #phrases} of the synonyms it opens: a padded synonym is found
     * only in a heading that has its first word as a word, so only those synonyms are looked for.
     */
    private final Map<String, int[]> byFirstWord;
    /** Every synonym's words, for a heading that is exactly one. */
    private final Set<String> standardHeadings;
    /** Whole lead-in lines by the type they give a section ("the review found"). */
    private final Map<SectionType, List<String>> leadIns;
    /** Phrases putting questions to the partnership, padded: "questions for the board". */
    private final List<String> partnerQuestions;
    /** Statement headings with any short subject ("What the partnership has learned"), by the type they give. */
    private final Map<SectionType, List<Pattern>> statements;

    SectionTyper(Vocabulary vocabulary) {
        this.reviewItself = vocabulary.lowerWords("section-headings", "review_itself").stream()
                .map(SectionTyper::words).toList();
        this.reviewItselfBare = vocabulary.lowerWords("section-headings", "review_itself_bare").stream()
                .map(SectionTyper::words).toList();
        this.reviewItselfPadded = reviewItself.stream().map(w -> " " + w + " ").collect(Collectors.toSet());
        Map<SectionType, List<String>> cleaned = new EnumMap<>(SectionType.class);
        vocabulary.byType("headings").forEach((type, words) ->
                cleaned.put(type, words.stream().map(SectionTyper::words).toList()));
        Map<SectionType, List<String>> welsh = new EnumMap<>(SectionType.class);
        vocabulary.byType("welsh_headings").forEach((type, words) ->
                welsh.put(type, words.stream().map(SectionTyper::words).toList()));
        this.phrases = Stream.concat(phrases(cleaned, false), phrases(welsh, true)).toList();
        Map<String, List<Integer>> places = new HashMap<>();
        for (int i = 0; i < phrases.size(); i++) {
            places.computeIfAbsent(phrases.get(i).firstWord(), word -> new ArrayList<>()).add(i);
        }
        this.byFirstWord = new HashMap<>();
        places.forEach((word, list) -> byFirstWord.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
        this.standardHeadings = Stream.concat(cleaned.values().stream(), welsh.values().stream())
                .flatMap(List::stream).collect(Collectors.toSet());
        Map<SectionType, List<String>> lines = new EnumMap<>(SectionType.class);
        vocabulary.byType("lead_ins").forEach((type, words) -> lines.put(type, words.stream().map(SectionTyper::words)
                .toList()));
        this.leadIns = lines;
        this.partnerQuestions = vocabulary.lowerWords("section-headings", "partner_questions").stream()
                .flatMap(w -> Vocabulary.expand(w).stream()).map(w -> " " + words(w) + " ").distinct().toList();
        Map<SectionType, List<Pattern>> forms = new EnumMap<>(SectionType.class);
        vocabulary.byType("statements").forEach((type, words) -> forms.put(type,
                words.stream().map(SectionTyper::statement).toList()));
        this.statements = forms;
    }

    /** The synonyms of each type as looked for, marked Welsh or not. */
    private static Stream<Phrase> phrases(Map<SectionType, List<String>> byType, boolean welsh) {
        return byType.entrySet().stream().flatMap(entry -> entry.getValue().stream()
                .map(words -> new Phrase(entry.getKey(), " " + words + " ", firstWord(words), welsh)));
    }

    /** A statement phrase as a whole-heading pattern: its {@code <subject>} is one to four words. */
    private static Pattern statement(String phrase) {
        List<String> parts = new ArrayList<>();
        for (String part : phrase.split("<subject>", -1)) {
            parts.add(Pattern.quote(words(part)));
        }
        return Pattern.compile(String.join(" " + SUBJECT + " ", parts).replace("\\Q\\E", "").strip());
    }

    /** True when the heading puts questions to the partnership or board ("Questions for the partnership"). */
    boolean asksPartners(String heading) {
        String text = " " + normalise(heading) + " ";
        return partnerQuestions.stream().anyMatch(text::contains);
    }

    /** True when no synonym, not even one of the other list ("Glossary"), stands in the heading ("Information"). */
    boolean typesNothing(String heading) {
        return match(heading).isEmpty();
    }

    /**
     * The type a line announcing the list after it gives a section whose heading types nothing: a lead-in phrase of
     * the vocabulary ("The review found:"), or a line opening with a learning or findings heading phrase ("Key
     * learning from this review:"), which names the review's learning; a short line closed by a colon.
     */
    Optional<SectionType> leadInType(String line) {
        String stripped = line.strip();
        if (!stripped.endsWith(":")) {
            return Optional.empty();
        }
        String text = normalise(stripped.substring(0, stripped.length() - 1));
        if (text.isEmpty() || SPACES.split(text).length > MAX_LEAD_IN_WORDS) {
            return Optional.empty();
        }
        for (Map.Entry<SectionType, List<String>> entry : leadIns.entrySet()) {
            if (entry.getValue().contains(text)) {
                return Optional.of(entry.getKey());
            }
        }
        Match opening = best(" " + ARTICLE.matcher(text).replaceFirst("") + " ");
        boolean learning = opening != null && opening.pos() == 0
                && (opening.type() == SectionType.LEARNING || opening.type() == SectionType.FINDINGS);
        return learning ? Optional.of(SectionType.LEARNING) : Optional.empty();
    }

    /** A synonym as looked for: its section type, the words with a space either side, and its first word. */
    private record Phrase(SectionType type, String spaced, String firstWord, boolean welsh) {
    }

    SectionType type(String heading) {
        return match(heading).orElse(SectionType.OTHER);
    }

    /**
     * True when the heading is typed by a Welsh synonym ({@code welsh_headings}: "Argymhellion", "Dysgu ymarfer a
     * sefydliadol"): the Welsh heading of a bilingual report, whose English heading is typed the same.
     */
    boolean isWelshHeading(String heading) {
        Match best = best(" " + typedWords(normalise(heading)) + " ");
        return best != null && best.welsh();
    }

    /**
     * The heading's type by its English synonyms only ("Argymhellion" OTHER, "Dysgu / Learning" learning): what tells
     * the English heading of a bilingual pair from the Welsh one.
     */
    SectionType englishType(String heading) {
        if (!isWelshHeading(heading)) {
            return type(heading);
        }
        Match best = best(" " + typedWords(normalise(heading)) + " ", true);
        return best != null ? best.type() : statementType(typedWords(normalise(heading))).orElse(SectionType.OTHER);
    }

    /**
     * The type of a heading that follows sections of the given types: one naming only the review ("The
     * review") after an introduction or the case's background is the review's methodology: the report has already
     * been introduced; so is its bare name ("The review", not "About this review") after a summary.
     */
    SectionType type(String heading, Set<SectionType> before) {
        SectionType type = type(heading);
        boolean reviewOnly = type == SectionType.INTRODUCTION && reviewItself.contains(normalise(heading));
        boolean introduced = before.contains(SectionType.INTRODUCTION) || before.contains(SectionType.BACKGROUND)
                || before.contains(SectionType.SUMMARY) && reviewItselfBare.contains(normalise(heading));
        return reviewOnly && introduced ? SectionType.METHODOLOGY : type;
    }

    /**
     * True when the heading, numbering aside, is exactly one of the synonyms ("Glossary", "Key learning"), in the
     * words it is typed by ({@link #typedWords}).
     */
    boolean isStandardHeading(String heading) {
        return standardHeadings.contains(typedWords(normalise(heading)));
    }

    /**
     * The normalised heading's words as it is typed: as printed, or without a count after its article when as printed
     * it types nothing ("The three children" of a thematic or sibling review is typed as "The children", as "3. The
     * children" is; "The three agencies involved" is typed by "agencies involved" as printed).
     */
    private String typedWords(String normalised) {
        String uncounted = COUNT.matcher(normalised).replaceFirst("$1 ");
        return uncounted.equals(normalised) || best(" " + normalised + " ") != null ? normalised : uncounted;
    }

    /**
     * The item type named anywhere in a heading ("Findings and learning" names learning), if any; not
     * by words inside the phrase that gave the heading its type ("Learning event" is methodology).
     */
    Optional<SectionType> itemType(String heading) {
        String text = " " + normalise(heading) + " ";
        Match typing = best(text);
        if (typing == null) {
            return statementType(typedWords(normalise(heading))).filter(SectionType::hasItems);
        }
        if (typing.type().hasItems()) {
            return Optional.of(typing.type());
        }
        int[] typed = typing == null ? null : new int[] {typing.pos(), typing.pos() + typing.length() + 1};
        SectionType best = null;
        int bestPos = Integer.MAX_VALUE;
        BitSet candidates = candidates(text);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Phrase phrase = phrases.get(i);
            if (!phrase.type().hasItems()) {
                continue;
            }
            int pos = text.indexOf(phrase.spaced());
            int length = phrase.spaced().length() - 2;
            boolean insideTyped = typed != null && pos >= typed[0] && pos + length <= typed[1];
            if (pos >= 0 && pos < bestPos && !insideTyped) {
                bestPos = pos;
                best = phrase.type();
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<SectionType> match(String heading) {
        String typed = typedWords(normalise(heading));
        Match best = best(" " + typed + " ");
        return best != null ? Optional.of(best.type()) : statementType(typed);
    }

    /** The type of a heading that is wholly a statement form ("What the review has learned"), if any. */
    private Optional<SectionType> statementType(String normalised) {
        for (Map.Entry<SectionType, List<Pattern>> entry : statements.entrySet()) {
            if (entry.getValue().stream().anyMatch(form -> form.matcher(normalised).matches())) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    private record Match(SectionType type, int pos, int length, boolean welsh) {
    }

    private Match best(String text) {
        return best(text, false);
    }

    private Match best(String text, boolean englishOnly) {
        Match best = null;
        BitSet candidates = candidates(text);
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            if (englishOnly && phrases.get(i).welsh()) {
                continue;
            }
            String spaced = phrases.get(i).spaced();
            int pos = text.indexOf(spaced);
            if (pos < 0 || pos > 0 && reviewItselfPadded.contains(spaced)) {
                continue;
            }
            int length = spaced.length() - 2;
            if (best == null || pos < best.pos() || pos == best.pos() && length > best.length()) {
                best = new Match(phrases.get(i).type(), pos, length, phrases.get(i).welsh());
            }
        }
        return best;
    }

    /** The places in {@link #phrases}, in table order, of the synonyms opened by a word of the padded text. */
    private BitSet candidates(String padded) {
        BitSet candidates = new BitSet(phrases.size());
        int start = 1;
        while (start < padded.length()) {
            int end = padded.indexOf(' ', start);
            int[] places = byFirstWord.get(padded.substring(start, end));
            if (places != null) {
                for (int place : places) {
                    candidates.set(place);
                }
            }
            start = end + 1;
        }
        return candidates;
    }

    private static String firstWord(String words) {
        int space = words.indexOf(' ');
        return space < 0 ? words : words.substring(0, space);
    }

    static String normalise(String heading) {
        String text = Normalizer.normalize(heading, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        return words(NUMBERING.matcher(text).replaceFirst(""));
    }

    /** Lower-case words and apostrophes, single spaces. */
    private static String words(String text) {
        String words = NOT_WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll(" ");
        return SPACES.matcher(words).replaceAll(" ").strip();
    }
}
