package org.casereview.etl.report;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.casereview.etl.document.SectionType;

/**
 * Maps a heading as printed to a section type by the synonym table: the synonym starting
 * earliest in the heading wins, the longest on a tie; nothing matching gives OTHER.
 */
final class SectionTyper {

    private static final Pattern NUMBERING = Pattern.compile(
            "^((" + Vocabulary.layout("numbered_part_words") + ")\\s+)?"
                    + "(\\d{1,2}|[ivx]{1,4}|[a-z])([.:)]\\d{0,2})*[.:)]?\\s+");

    private final Map<SectionType, List<String>> synonyms;
    private final List<String> reviewItself;

    SectionTyper(Vocabulary vocabulary) {
        this.reviewItself = vocabulary.lowerWords("section-headings", "review_itself").stream()
                .map(SectionTyper::words).toList();
        Map<SectionType, List<String>> cleaned = new EnumMap<>(SectionType.class);
        vocabulary.byType("headings").forEach((type, words) ->
                cleaned.put(type, words.stream().map(SectionTyper::words).toList()));
        this.synonyms = cleaned;
    }

    SectionType type(String heading) {
        return match(heading).orElse(SectionType.OTHER);
    }

    /**
     * The type of a heading that follows sections of the given types: one naming only the review ("The
     * review") after an introduction is the review's methodology, not a second introduction.
     */
    SectionType type(String heading, Set<SectionType> before) {
        SectionType type = type(heading);
        boolean reviewOnly = type == SectionType.INTRODUCTION && reviewItself.contains(normalise(heading));
        return reviewOnly && before.contains(SectionType.INTRODUCTION) ? SectionType.METHODOLOGY : type;
    }

    /** True when the heading, numbering aside, is exactly one of the synonyms ("Glossary", "Key learning"). */
    boolean isStandardHeading(String heading) {
        String text = normalise(heading);
        return synonyms.values().stream().anyMatch(list -> list.contains(text));
    }

    /**
     * The item type named anywhere in a heading ("Findings and learning" names learning), if any; not
     * by words inside the phrase that gave the heading its type ("Learning event" is methodology).
     */
    Optional<SectionType> itemType(String heading) {
        SectionType first = type(heading);
        if (first.hasItems()) {
            return Optional.of(first);
        }
        String text = " " + normalise(heading) + " ";
        int[] typed = matchSpan(text);
        SectionType best = null;
        int bestPos = Integer.MAX_VALUE;
        for (Map.Entry<SectionType, List<String>> entry : synonyms.entrySet()) {
            if (!entry.getKey().hasItems()) {
                continue;
            }
            for (String synonym : entry.getValue()) {
                int pos = text.indexOf(" " + synonym + " ");
                boolean insideTyped = typed != null && pos >= typed[0] && pos + synonym.length() <= typed[1];
                if (pos >= 0 && pos < bestPos && !insideTyped) {
                    bestPos = pos;
                    best = entry.getKey();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<SectionType> match(String heading) {
        String text = " " + normalise(heading) + " ";
        Match best = best(text);
        return Optional.ofNullable(best == null ? null : best.type());
    }

    /** Where the synonym that types the (padded) heading stands: from, to; null when none matches. */
    private int[] matchSpan(String text) {
        Match best = best(text);
        return best == null ? null : new int[] {best.pos(), best.pos() + best.length() + 1};
    }

    private record Match(SectionType type, int pos, int length) {
    }

    private Match best(String text) {
        Match best = null;
        for (Map.Entry<SectionType, List<String>> entry : synonyms.entrySet()) {
            for (String synonym : entry.getValue()) {
                int pos = text.indexOf(" " + synonym + " ");
                if (pos < 0) {
                    continue;
                }
                if (best == null || pos < best.pos() || pos == best.pos() && synonym.length() > best.length()) {
                    best = new Match(entry.getKey(), pos, synonym.length());
                }
            }
        }
        return best;
    }

    static String normalise(String heading) {
        String text = Normalizer.normalize(heading, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        return words(NUMBERING.matcher(text).replaceFirst(""));
    }

    /** Lower-case words and apostrophes, single spaces. */
    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replaceAll("[^\\p{L}\\p{N}']+", " ").replaceAll("\\s+", " ").strip();
    }
}
