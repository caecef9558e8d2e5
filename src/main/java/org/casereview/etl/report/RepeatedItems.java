package org.casereview.etl.report;

import java.util.ArrayList;
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

    /**
     * Removes, from each section's items in reading order, the items of a kind an earlier section already gave.
     * Returns, per section, the texts (letters and digits, as {@link ReportAnalyser#key}) of the items removed.
     */
    static List<Set<String>> dropLaterRepeats(List<List<ItemSplitter.Found>> sectionsInOrder) {
        Set<String> stated = new HashSet<>();
        List<Set<String>> dropped = new ArrayList<>();
        for (List<ItemSplitter.Found> found : sectionsInOrder) {
            Set<String> here = new HashSet<>();
            Set<String> repeats = new HashSet<>();
            found.removeIf(f -> {
                boolean repeat = longEnough(f) && stated.contains(key(f));
                if (repeat) {
                    repeats.add(ReportAnalyser.key(f.text()));
                }
                return repeat;
            });
            found.stream().filter(RepeatedItems::longEnough).forEach(f -> here.add(key(f)));
            stated.addAll(here);
            dropped.add(repeats);
        }
        return dropped;
    }

    /**
     * Whether a section is only a box restating earlier points (Ravelstow's shaded 'Summary of learning' table at the
     * end): it gave items, every one a repeat, and each of its blocks holds one of them, so it says nothing of its
     * own and its title is no section. A section with any prose, or any point of its own, is one as before.
     */
    static boolean onlyRepeats(List<ItemSplitter.Found> kept, Set<String> repeated, List<Block> blocks) {
        return kept.isEmpty() && !repeated.isEmpty() && !blocks.isEmpty() && blocks.stream()
                .map(b -> ReportAnalyser.key(b.text())).allMatch(k -> repeated.stream().anyMatch(k::contains));
    }

    private static boolean longEnough(ItemSplitter.Found f) {
        return SPACES.split(f.text().strip()).length >= MIN_WORDS;
    }

    /** An item's kind and its letters and digits, lower case: two items with one key say the same. */
    static String key(ItemSplitter.Found f) {
        return f.type() + "|" + ReportAnalyser.key(f.text());
    }
}
