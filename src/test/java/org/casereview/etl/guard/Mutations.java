package org.casereview.etl.guard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random and mutated text for the property tests: seeded, so a failing case is reproduced from the
 * seed in its message. The pieces lean towards what the parsers look for (headings, labels,
 * numbers, leaders, bullets) so that random input reaches deep into them.
 */
public final class Mutations {

    private static final String[] PIECES = {"Learning", "Recommendations", "Recommendation 1:", "Summary", "Contents",
            "Child ", "Baby ", "Serious case review", "Child safeguarding practice review", "1.", "2.1", "(a)", "\u2022",
            "\u2013", "-", "*", "#", "**", "=", "+", "@", "Learning includes:", "Recommendations include:",
            "17-year-old", "4-month-old", "died", "2020", "November 2021", "http://", "https://example.org/r.pdf",
            ". . . . . .", "\u2026\u2026", "____", " 12", "\t", "  ", "\n", "\n\n", "\r\n", "\u0000", "\u0007", "\u00a0",
            "\u200b", "\ufeff", "\ud83d\ude00", "\u05e9\u05dc\u05d5\u05dd", "\u00e9", "Key words:", "Review type:",
            "Good practice", "Area:", "|", "<b>", "</b>", "[", "](", ")"};

    private Mutations() {
    }

    /** Up to {@code maxPieces} pieces and random characters, joined at random. */
    public static String randomText(Random random, int maxPieces) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(maxPieces + 1);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(4) == 0) {
                s.appendCodePoint(randomCodePoint(random));
            } else {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (random.nextBoolean()) {
                s.append(' ');
            }
        }
        return s.toString();
    }

    /** The text with one to three line-level mutations: dropped, doubled, shuffled, cut, spliced or swollen lines. */
    public static String mutateLines(Random random, String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations && !lines.isEmpty(); m++) {
            int at = random.nextInt(lines.size());
            int span = Math.min(lines.size() - at, 1 + random.nextInt(20));
            switch (random.nextInt(8)) {
                case 0 -> lines.subList(at, at + span).clear();
                case 1 -> lines.addAll(at, new ArrayList<>(lines.subList(at, at + span)));
                case 2 -> Collections.shuffle(lines.subList(at, at + span), random);
                case 3 -> lines.subList(at, lines.size()).clear();
                case 4 -> lines.set(at, lines.get(at) + randomText(random, 12));
                case 5 -> lines.add(at, randomText(random, 30));
                case 6 -> lines.set(at, lines.get(at).repeat(1 + random.nextInt(40)));
                default -> lines.addAll(at, Collections.nCopies(1 + random.nextInt(400), lines.get(at)));
            }
        }
        return String.join("\n", lines);
    }

    private static int randomCodePoint(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(0x20);
            case 1 -> 0x20 + random.nextInt(0x5f);
            case 2 -> 0xa0 + random.nextInt(0x2000);
            default -> {
                int c = random.nextInt(0x10ffff);
                yield Character.isSurrogate((char) c) || c >= 0xd800 && c <= 0xdfff ? 'x' : c;
            }
        };
    }
}
