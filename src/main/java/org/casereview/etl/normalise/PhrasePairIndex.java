package org.casereview.etl.normalise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrase patterns of one code list (at most {@value #MOST} with known first pairs), indexed by the lower-case pairs
 * their matches can begin with: a text's word starts are looked up once for all of them, instead of each pattern
 * searching its own pairs and prefixes at every word start (an item's themes try about thirty patterns on each of its
 * word starts). What a lookup answers for a pattern is what {@link PhraseStarts} asked before: the word start's pair is
 * one of the pattern's pairs and, when the pattern's prefixes are known, the text there begins with one of them.
 */
final class PhrasePairIndex {

    static final int MOST = Long.SIZE;

    /** Open addressing over the pairs: the pair, and 1 + its entry (0: a free slot). */
    private final int[] keys;
    private final int[] entries;
    /** Per entry: the patterns (bits by slot) one of whose pairs it is, and their prefixes opened by it (null: none known). */
    private final long[] patterns;
    private final String[][][] prefixes;
    private final int slots;

    private PhrasePairIndex(int slots, int[] keys, int[] entries, long[] patterns, String[][][] prefixes) {
        this.slots = slots;
        this.keys = keys;
        this.entries = entries;
        this.patterns = patterns;
        this.prefixes = prefixes;
    }

    /**
     * The index of the patterns' pairs, the k-th pattern in slot k; a pattern whose pairs are not known has none (it
     * is not asked). Null when there are more than {@value #MOST} patterns.
     */
    static PhrasePairIndex of(List<PhraseStarts> starts) {
        if (starts.size() > MOST) {
            return null;
        }
        Map<Integer, Integer> entryOf = new LinkedHashMap<>();
        List<long[]> bits = new ArrayList<>();
        List<String[][]> opened = new ArrayList<>();
        for (int slot = 0; slot < starts.size(); slot++) {
            PhraseStarts phrase = starts.get(slot);
            int[] pairs = phrase.pairs();
            if (pairs == null) {
                continue;
            }
            for (int pair : pairs) {
                String[] withPair = phrase.prefixes() == null ? null : phrase.prefixes().withPair(pair);
                if (phrase.prefixes() != null && withPair == null) {
                    continue; // no prefix opens with the pair: no match begins with it
                }
                int entry = entryOf.computeIfAbsent(pair, p -> {
                    bits.add(new long[1]);
                    opened.add(new String[starts.size()][]);
                    return bits.size() - 1;
                });
                bits.get(entry)[0] |= 1L << slot;
                opened.get(entry)[slot] = withPair;
            }
        }
        int capacity = Integer.highestOneBit(Math.max(4, entryOf.size() * 2)) * 2;
        int[] keys = new int[capacity];
        int[] entries = new int[capacity];
        for (Map.Entry<Integer, Integer> e : entryOf.entrySet()) {
            int at = home(e.getKey(), capacity);
            while (entries[at] != 0) {
                at = (at + 1) & (capacity - 1);
            }
            keys[at] = e.getKey();
            entries[at] = e.getValue() + 1;
        }
        return new PhrasePairIndex(starts.size(), keys, entries, bits.stream().mapToLong(b -> b[0]).toArray(),
                opened.toArray(String[][][]::new));
    }

    private static int home(int pair, int capacity) {
        int h = pair * 0x9E3779B9;
        return (h ^ h >>> 16) & (capacity - 1);
    }

    /** The entry of a pair, or -1 when no pattern's match begins with it. */
    private int entry(int pair) {
        int mask = keys.length - 1;
        for (int at = home(pair, keys.length); entries[at] != 0; at = (at + 1) & mask) {
            if (keys[at] == pair) {
                return entries[at] - 1;
            }
        }
        return -1;
    }

    /** One text's word starts, each looked up once. */
    Lookup lookup(PhraseStarts.WordStarts text) {
        return new Lookup(text);
    }

    /** The entries of one text's word starts, and each pattern's word starts where one of its pairs is. */
    final class Lookup {
        private final PhraseStarts.WordStarts text;
        private final int[] entryAt;
        /** The word starts of slot s's pairs, in order: {@code starts[from[s]]} to {@code starts[from[s + 1] - 1]}. */
        private final int[] from;
        private final int[] starts;

        private Lookup(PhraseStarts.WordStarts text) {
            this.text = text;
            this.entryAt = new int[text.count()];
            this.from = new int[slots + 1];
            int listed = 0;
            for (int k = 0; k < entryAt.length; k++) {
                int entry = text.hasPair(k) ? entry(text.pair(k)) : -1;
                entryAt[k] = entry;
                if (entry >= 0) {
                    for (long bits = patterns[entry]; bits != 0; bits &= bits - 1) {
                        from[Long.numberOfTrailingZeros(bits) + 1]++;
                        listed++;
                    }
                }
            }
            for (int s = 0; s < slots; s++) {
                from[s + 1] += from[s];
            }
            this.starts = new int[listed];
            int[] next = Arrays.copyOf(from, slots);
            for (int k = 0; k < entryAt.length; k++) {
                if (entryAt[k] >= 0) {
                    for (long bits = patterns[entryAt[k]]; bits != 0; bits &= bits - 1) {
                        starts[next[Long.numberOfTrailingZeros(bits)]++] = k;
                    }
                }
            }
        }

        PhraseStarts.WordStarts text() {
            return text;
        }

        /** The first of the slot's word starts in {@link #start}. */
        int first(int slot) {
            return from[slot];
        }

        /** One past the last of the slot's word starts in {@link #start}. */
        int end(int slot) {
            return from[slot + 1];
        }

        /** The i-th listed word start (see {@link #first}). */
        int start(int i) {
            return starts[i];
        }

        /**
         * Whether the k-th word start's pair is one of the pairs of the pattern in {@code slot} and the text there
         * begins with one of its prefixes (when they are known).
         */
        boolean begins(int k, int slot) {
            int entry = entryAt[k];
            if (entry < 0 || (patterns[entry] & 1L << slot) == 0) {
                return false;
            }
            String[] opened = prefixes[entry][slot];
            return opened == null || PhrasePrefixes.beginsWithAny(text.text(), text.start(k), opened);
        }
    }
}
