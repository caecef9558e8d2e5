package org.casereview.etl.digest;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month a PDF digest's page edges name when its text does not: a running head or foot the reading leaves out as
 * furniture ("Case review digest | March 2025", on most pages), else the date a browser printed in its header
 * ("12/5/26, 5:35 AM"), which is when the page was printed and so only a last resort before the run's month.
 */
public final class PageEdgeDates {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A numeric date, with the time a browser prints after it: '12/5/26, 5:35 AM', '05/12/2026, 05:35'. */
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "\\b(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})\\b(?:,?\\s{0,3}\\d{1,2}:\\d{2}(?::\\d{2})?\\s{0,3}([AaPp][Mm])?)?");
    private static final Pattern ISO_DATE = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
    private static final int MONTHS = 12;

    private PageEdgeDates() {
    }

    /**
     * @param edgeLines per page, the lines in its top and bottom margins; on a one-page digest only its outermost
     *                  lines, as nothing repeats to tell a running line from the text
     * @return the month a running line names, else a running line's numeric date's month; null when none
     */
    public static YearMonth month(List<List<String>> edgeLines) {
        List<String> running = running(edgeLines);
        for (String line : running) {
            YearMonth named = DigestDateReader.monthIn(line);
            if (named != null) {
                return named;
            }
        }
        for (String line : running) {
            YearMonth printed = numericMonth(line);
            if (printed != null) {
                return printed;
            }
        }
        return null;
    }

    /**
     * The month the first of these texts to name one names ("Issue 7 \u00b7 April 2031", "Round-up \u2013 June 2031 |
     * ..."): a web page's masthead or title, read apart from its text as a PDF's running head is; null when none does.
     */
    public static YearMonth namedIn(String... texts) {
        for (String text : texts) {
            YearMonth named = text == null ? null : DigestDateReader.monthIn(text);
            if (named != null) {
                return named;
            }
        }
        return null;
    }

    /** The edge lines whose text, numbers aside, comes back on at least two pages and half of them, in page order. */
    private static List<String> running(List<List<String>> edgeLines) {
        if (edgeLines.size() == 1) {
            return edgeLines.get(0);
        }
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        for (int page = 0; page < edgeLines.size(); page++) {
            for (String line : edgeLines.get(page)) {
                pagesOf.computeIfAbsent(key(line), k -> new HashSet<>()).add(page);
            }
        }
        int needed = Math.max(2, (edgeLines.size() + 1) / 2);
        List<String> running = new ArrayList<>();
        edgeLines.forEach(lines -> lines.stream().filter(line -> pagesOf.get(key(line)).size() >= needed)
                .forEach(running::add));
        return running;
    }

    private static String key(String line) {
        return SPACES.matcher(DIGITS.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("#")).replaceAll(" ").strip();
    }

    /**
     * The month of a numeric date: ISO order, else day first (as in the UK) unless a 12-hour time follows (a US
     * browser's 'M/D/YY, h:mm AM') or the first number cannot be a month.
     */
    static YearMonth numericMonth(String line) {
        Matcher iso = ISO_DATE.matcher(line);
        if (iso.find()) {
            return month(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)));
        }
        Matcher date = NUMERIC_DATE.matcher(line);
        if (!date.find()) {
            return null;
        }
        int first = Integer.parseInt(date.group(1));
        int second = Integer.parseInt(date.group(2));
        int year = Integer.parseInt(date.group(3));
        year = year < 100 ? 2000 + year : year;
        boolean monthFirst = date.group(4) != null ? first <= MONTHS : second > MONTHS;
        return month(year, monthFirst ? first : second);
    }

    private static YearMonth month(int year, int month) {
        return month >= 1 && month <= MONTHS && year >= 1990 && year <= 2099 ? YearMonth.of(year, month) : null;
    }
}
