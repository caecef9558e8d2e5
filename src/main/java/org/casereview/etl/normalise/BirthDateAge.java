package org.casereview.etl.normalise;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An age given by a date of birth and the date of the incident ("born on 14 June 2018 and died on 20 September 2018",
 * "(date of birth May 2008) took her own life in June 2023"): the years between the birth and the first later dated
 * moment, in days when both dates have a day, else in whole months.
 */
final class BirthDateAge {
    private static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365.25");
    private static final BigDecimal MONTHS_PER_YEAR = new BigDecimal("12");

    private final List<String> months;
    private final Pattern birth;
    private final Pattern date;
    /** A year with no month ("was found in 2023"): the incident's year only. */
    private final Pattern bareYear;
    /** A birth told by its year only ("born in 2009", "born in the summer of 2012"). */
    private final Pattern birthYear;
    /** A later moment told by its year, a month before it or not ("in 2023", "in January 2025"). */
    private final Pattern laterYear;
    private final int reach;

    BirthDateAge(Vocabulary vocabulary) {
        this.months = vocabulary.words("age", "months").stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
        String month = "(" + String.join("|", months) + ")";
        String dated = "(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?" + month + ",?\\s+((?:19|20)\\d{2})(?![\\w-])";
        this.birth = Pattern.compile(PhrasePatterns.anyOf(vocabulary.words("age", "birth_date_before")).pattern()
                + "\\s+" + dated, Pattern.CASE_INSENSITIVE);
        this.date = Pattern.compile("(?<![\\w-])" + dated, Pattern.CASE_INSENSITIVE);
        this.bareYear = Pattern.compile("(?<![\\w-])(?:in|during|by)\\s+((?:19|20)\\d{2})(?![\\w-])", Pattern.CASE_INSENSITIVE);
        this.birthYear = Pattern.compile(PhrasePatterns.anyOf(vocabulary.words("age", "birth_date_before")).pattern()
                + "\\s+(?:(?:the\\s+)?(?:spring|summer|autumn|winter|start|end|beginning|middle)\\s+of\\s+|(?:early|late|mid)[\\s-]+)?"
                + "((?:19|20)\\d{2})(?![\\w-])", Pattern.CASE_INSENSITIVE);
        this.laterYear = Pattern.compile("(?<![\\w-])(?:in|during|by)\\s+(?:(?:early|late|mid)[\\s-]+)?(?:" + month
                + "\\s+)?((?:19|20)\\d{2})(?![\\w-])", Pattern.CASE_INSENSITIVE);
        this.reach = Integer.parseInt(vocabulary.text("age", "birth_reach"));
    }

    /** A child's age found this way: where its words start, the words, the years (below {@code adultFrom}). */
    record Found(int start, String text, BigDecimal years) {
    }

    /** The youngest and oldest the child can have been: a birth month and year, then a later year without a month. */
    record Span(int start, String text, BigDecimal youngest, BigDecimal oldest) {
    }

    /**
     * "(born August 2010), who was found in 2023": with no month to the later year the child was between the age at its
     * January and at its December (12.42 to 13.33), so the band when both fall in one; the first birth date only.
     */
    Optional<Span> span(String text) {
        Matcher born = birth.matcher(text);
        if (!born.find()) {
            return yearOnlySpan(text);
        }
        if (born.group(1) != null) {
            return Optional.empty();
        }
        Matcher later = bareYear.matcher(text).region(born.end(), Math.min(text.length(), born.end() + reach));
        if (!later.find()) {
            return Optional.empty();
        }
        int month = months.indexOf(born.group(2).toLowerCase(Locale.ROOT)) + 1;
        int years = Integer.parseInt(later.group(1)) - Integer.parseInt(born.group(3));
        if (years <= 0) {
            return Optional.empty();
        }
        BigDecimal january = BigDecimal.valueOf(years * 12L + 1 - month).divide(MONTHS_PER_YEAR, 6, RoundingMode.HALF_UP);
        BigDecimal december = BigDecimal.valueOf(years * 12L + 12 - month).divide(MONTHS_PER_YEAR, 6, RoundingMode.HALF_UP);
        return Optional.of(new Span(born.start(), born.group(), january, december));
    }

    /**
     * "who was born in 2009, was exploited in 2023": with no birth month the child was between 11 months short of and 11
     * months past the difference of the years (13 or 14 here), so the band when both ends fall in one.
     */
    private Optional<Span> yearOnlySpan(String text) {
        Matcher born = birthYear.matcher(text);
        if (!born.find()) {
            return Optional.empty();
        }
        Matcher later = laterYear.matcher(text).region(born.end(), Math.min(text.length(), born.end() + reach));
        if (!later.find()) {
            return Optional.empty();
        }
        return yearsSpan(born, Integer.parseInt(later.group(2)) - Integer.parseInt(born.group(1)));
    }

    /**
     * "Born in 2012, he was placed with his uncle in 2019. In 2025 he was hurt": a birth year alone, to the incident's year
     * wherever that is told (before the birth too), not to the first later year.
     */
    Optional<Span> yearOnlySpan(String text, int incidentYear) {
        Matcher born = birthYear.matcher(text);
        return born.find() ? yearsSpan(born, incidentYear - Integer.parseInt(born.group(1))) : Optional.empty();
    }

    private static Optional<Span> yearsSpan(Matcher born, int years) {
        if (years <= 0) {
            return Optional.empty();
        }
        BigDecimal youngest = BigDecimal.valueOf(years * 12L - 11).divide(MONTHS_PER_YEAR, 6, RoundingMode.HALF_UP);
        BigDecimal oldest = BigDecimal.valueOf(years * 12L + 11).divide(MONTHS_PER_YEAR, 6, RoundingMode.HALF_UP);
        return Optional.of(new Span(born.start(), born.group(), youngest, oldest));
    }

    Optional<Found> find(String text, BigDecimal adultFrom) {
        Matcher born = birth.matcher(text);
        while (born.find()) {
            Optional<Found> found = ageAt(text, born, adultFrom);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<Found> ageAt(String text, Matcher born, BigDecimal adultFrom) {
        Matcher later = date.matcher(text).region(born.end(), Math.min(text.length(), born.end() + reach));
        while (later.find()) {
            Optional<BigDecimal> years = yearsBetween(born.group(1), born.group(2), born.group(3),
                    later.group(1), later.group(2), later.group(3));
            if (years.isPresent()) {
                return years.filter(y -> y.compareTo(adultFrom) < 0)
                        .map(y -> new Found(born.start(), born.group(), y));
            }
        }
        return Optional.empty();
    }

    /** The years from the first date to the second, when the second is later; empty otherwise. */
    private Optional<BigDecimal> yearsBetween(String day1, String month1, String year1, String day2, String month2, String year2) {
        int m1 = months.indexOf(month1.toLowerCase(Locale.ROOT)) + 1;
        int m2 = months.indexOf(month2.toLowerCase(Locale.ROOT)) + 1;
        int y1 = Integer.parseInt(year1);
        int y2 = Integer.parseInt(year2);
        if (day1 != null && day2 != null) {
            Optional<LocalDate> from = dateOf(y1, m1, day1);
            Optional<LocalDate> to = dateOf(y2, m2, day2);
            if (from.isEmpty() || to.isEmpty() || !to.get().isAfter(from.get())) {
                return Optional.empty();
            }
            long days = ChronoUnit.DAYS.between(from.get(), to.get());
            return Optional.of(BigDecimal.valueOf(days).divide(DAYS_PER_YEAR, 6, RoundingMode.HALF_UP));
        }
        int monthsBetween = (y2 * 12 + m2) - (y1 * 12 + m1);
        return monthsBetween <= 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(monthsBetween).divide(MONTHS_PER_YEAR, 6, RoundingMode.HALF_UP));
    }

    private static Optional<LocalDate> dateOf(int year, int month, String day) {
        int d = Integer.parseInt(day);
        if (d < 1 || d > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, d));
    }
}
