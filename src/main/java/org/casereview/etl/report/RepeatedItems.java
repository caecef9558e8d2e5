package org.casereview.etl.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A point a later section states again word for word (a 'Summary of learning' box at the end of a review repeating
 * the learning points given after each key practice episode) is one point: it counts once, where it is first
 * stated, whatever the kind of the section the repeat stands in. Only whole items of some length are compared, so
 * two short items that happen to read alike ('None identified.') are both kept.
 */
final class RepeatedItems {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MIN_WORDS = 6;

    private RepeatedItems() {
    }

    /** Removes, from each section's items in reading order, the items of a kind an earlier section already gave. */
    static void dropLaterRepeats(List<List<ItemSplitter.Found>> sectionsInOrder) {
        Set<String> stated = new HashSet<>();
        for (List<ItemSplitter.Found> found : sectionsInOrder) {
            Set<String> here = new HashSet<>();
            found.removeIf(f -> longEnough(f) && stated.contains(key(f)));
            found.stream().filter(RepeatedItems::longEnough).forEach(f -> here.add(key(f)));
            stated.addAll(here);
        }
    }

    private static boolean longEnough(ItemSplitter.Found f) {
        return SPACES.split(f.text().strip()).length >= MIN_WORDS;
    }

    /** An item's kind and its letters and digits, lower case: two items with one key say the same. */
    static String key(ItemSplitter.Found f) {
        return f.type() + "|" + ReportAnalyser.key(f.text());
    }
}
