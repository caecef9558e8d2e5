package org.casereview.etl.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The place a partnership is named for, as printed right before its partnership words: a run of capitalised
 * words ("Harnley Cross", "Brighton and Hove"), not the words of the sentence or list around it ("carried out
 * under the", "the Domestic Abuse Commissioner, the", "Home > Children and families >"), nor a review type's short
 * form before it ("Child J - LCSPR" in a running header beside the partnership's name).
 */
final class PlaceWords {

    private static final Pattern SMALL = Pattern.compile("(?i)the|" + Vocabulary.layout("place_small_words"));
    /**
     * The last word of an organisation's name: an 'and' after it joins two organisations ("Carnbrae Community Safety
     * Partnership and Carnbrae Safeguarding Children Partnership"), not two places ("Brighton and Hove").
     */
    private static final Pattern ORGANISATION_END = Pattern.compile("(?i)" + Vocabulary.layout("organisation_name_ends"));
    private static final Pattern AND = Pattern.compile("(?i)and|&");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}'\u2019-]*");
    /** The review types' abbreviations ({@code review-types.yml}), upper case: "CSPR", "LCSPR", "SCR". */
    private static final Set<String> TYPE_ABBREVIATIONS = reviewTypeAbbreviations();

    private PlaceWords() {
    }

    /** The capitalised words ending the text, small words inside them kept, a leading "the" or small word left out. */
    static String endingPlace(String text) {
        String[] words = text.strip().split("\\s+");
        List<String> run = new ArrayList<>();
        for (int i = words.length - 1; i >= 0; i--) {
            String word = words[i];
            if (!CAPITALISED.matcher(word).matches() && !SMALL.matcher(word).matches()
                    || TYPE_ABBREVIATIONS.contains(word)) {
                break;
            }
            if (i > 0 && AND.matcher(word).matches() && ORGANISATION_END.matcher(words[i - 1]).matches()) {
                break;
            }
            run.add(0, word);
        }
        while (!run.isEmpty() && SMALL.matcher(run.get(0)).matches()) {
            run.remove(0);
        }
        return String.join(" ", run);
    }

    private static Set<String> reviewTypeAbbreviations() {
        Object types = org.casereview.etl.vocabulary.Vocabulary.bundled().value("review-types", "review_types");
        return ((List<?>) types).stream().filter(Map.class::isInstance)
                .map(type -> ((Map<?, ?>) type).get("abbreviations")).filter(Map.class::isInstance)
                .flatMap(abbreviations -> ((Map<?, ?>) abbreviations).keySet().stream())
                .map(key -> key.toString().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
