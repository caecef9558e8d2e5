package org.casereview.etl.digest;

import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The month and year a digest covers, from its heading and the text before the first entry:
 * "NSPCC Repository – November 2021", "Last updated: 03 Mar 2025", "published in 2016".
 */
final class DigestDateReader {

    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(" + UnitShapes.MONTH.pattern() + ")\\s+((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    private static final Pattern PUBLISHED_MONTH = Pattern.compile(
            "\\b(?:" + String.join("|", DigestGrammar.bundledWords("publication_words"))
                    + ")\\b[^.]{0,40}?" + MONTH_YEAR.pattern(), Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISHED_YEAR = Pattern.compile(
            "\\b(?:" + String.join("|", DigestGrammar.bundledWords("publication_words"))
                    + ")\\b[^.]{0,40}?\\b((?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Month named first by the heading, then by a preamble text saying what was published in it ("Three case reviews
     * were published in April 2025"), then by the first preamble text naming one; null when none names one. A month
     * the text says the reviews came out in is the digest's, where an earlier date in the preamble may be anything
     * else's (a list's post of training dates before the post with the reviews). When no text names one, the
     * preamble's texts are read as one: a heading or sentence set in a narrow panel may break between the month and
     * its year ('Case reviews: February' over '2026').
     */
    YearMonth month(String heading, List<String> preamble) {
        YearMonth m = heading == null ? null : monthIn(heading);
        for (int i = 0; m == null && i < preamble.size(); i++) {
            m = publishedMonthIn(preamble.get(i));
        }
        for (int i = 0; m == null && i < preamble.size(); i++) {
            m = monthIn(preamble.get(i));
        }
        if (m == null && preamble.size() > 1) {
            String joined = String.join(" ", preamble);
            m = publishedMonthIn(joined);
            m = m != null ? m : monthIn(joined);
        }
        return m;
    }

    /** The month of the first "published in March 2025" phrase of the text; null when none. */
    private static YearMonth publishedMonthIn(String text) {
        Matcher p = PUBLISHED_MONTH.matcher(text);
        return p.find() ? monthIn(p.group()) : null;
    }

    /**
     * When the page names no month: the month most of the entries' publication date lines name ("Published 3 March
     * 2026"), the later one on a tie; null when none names one or it is not in the year the page names.
     */
    YearMonth entriesMonth(List<String> dateLines, Integer pageYear) {
        Map<YearMonth, Long> counts = dateLines.stream().map(DigestDateReader::monthIn).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(m -> m, Collectors.counting()));
        YearMonth month = counts.entrySet().stream()
                .max(Map.Entry.<YearMonth, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
        return month == null || pageYear != null && month.getYear() != pageYear ? null : month;
    }

    /** Year of the month, else a year in the heading, else a "published in 2016" phrase before the entries. */
    Integer year(String heading, List<String> preamble, YearMonth month) {
        if (month != null) {
            return month.getYear();
        }
        if (heading != null) {
            Matcher y = YEAR.matcher(heading);
            if (y.find()) {
                return Integer.valueOf(y.group(1));
            }
        }
        for (String text : preamble) {
            Matcher p = PUBLISHED_YEAR.matcher(text);
            if (p.find()) {
                return Integer.valueOf(p.group(1));
            }
        }
        return null;
    }

    /** The first "March 2025" or "3 March 2025" in the text; null when none. */
    static YearMonth monthIn(String text) {
        Matcher m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            Month month = monthNamed(m.group(1));
            if (month != null) {
                return YearMonth.of(Integer.parseInt(m.group(2)), month);
            }
        }
        return null;
    }

    /** The text's words without its months and years, in lower case, punctuation aside: what two monthly headings share. */
    static String withoutMonth(String text) {
        return YEAR.matcher(MONTH_YEAR.matcher(text).replaceAll(" ")).replaceAll(" ").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Month monthNamed(String word) {
        String w = word.replace(".", "").toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return null;
        }
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (full.equals(w) || (w.length() <= 4 && full.startsWith(w))) {
                return month;
            }
        }
        return null;
    }
}
