package org.casereview.etl.digest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of reviews a digest's introduction says it holds: "In June 2023 five case reviews were published", "Three
 * new case reviews were added to the repository", "This issue covers 6 reviews", "This digest summarises twelve
 * learning reviews". A count of some of them ("two of the reviews concern babies") is no total.
 */
final class IntroTotals {

    /** A number of two or more in words: a digit before "reviews" may be a spreadsheet's row number. */
    private static final String WORD = "(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private static final String NUMBER = "(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})";
    private static final String REVIEWS = "(?:new |recent |more |further )?(?:local |national )?"
            + "(?:case |serious case |(?:child )?safeguarding practice |practice |learning |rapid |child practice )?reviews";
    /** The number then the reviews then a verb saying they came out: "five case reviews were published". */
    private static final Pattern PUBLISHED = Pattern.compile("(?i)(?<![\\w-])" + WORD + " " + REVIEWS
            + " (?:(?:were|was|have been|has been|are|is) )?(?:published|added|summarised|included|featured|released)\\b");
    /** A verb of the digest then the number then the reviews: "This issue covers 6 reviews". */
    private static final Pattern COVERS = Pattern.compile("(?i)\\b(?:covers|summarises|summarizes|features|includes"
            + "|brings together|presents|contains|looks at)(?: the)? " + NUMBER + " " + REVIEWS + "\\b(?! of\\b)");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    private IntroTotals() {
    }

    /** The one total the introduction's lines state, or null when they state none or several that differ. */
    static Integer of(List<String> introduction) {
        Set<Integer> totals = new HashSet<>();
        for (String line : introduction) {
            for (Pattern p : new Pattern[] {PUBLISHED, COVERS}) {
                Matcher m = p.matcher(line);
                while (m.find()) {
                    String n = m.group(1).toLowerCase(Locale.ROOT);
                    totals.add(WORDS.containsKey(n) ? WORDS.get(n) : Integer.valueOf(n));
                }
            }
        }
        return totals.size() == 1 ? totals.iterator().next() : null;
    }
}
