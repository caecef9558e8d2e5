package org.casereview.etl.report;

import java.util.regex.Pattern;

/**
 * A line that is only a date: "March 2025", "14 March 2025", "March 14th, 2025", "Autumn 2025", "14/03/2025". On a
 * title page or in the title block over the body it dates the document (metadata), never a section's heading.
 */
final class DateOnlyLine {

    private static final String MONTH = "(?:" + Vocabulary.layout("month_names") + "|"
            + Vocabulary.layout("season_names") + ")\\.?";
    private static final String DAY = "(?:[0-3]?\\d(?:st|nd|rd|th)?)";
    private static final String YEAR = "(?:19[89]\\d|20\\d\\d)";
    private static final Pattern DATE = Pattern.compile("(?i)(?:(?:" + DAY + "\\s+)?" + MONTH + "(?:\\s+" + DAY
            + ")?,?\\s+" + YEAR + "|" + DAY + "[./-][01]?\\d[./-]" + YEAR + ")");
    /** A date may stand in brackets or after a dash, and end with a stop. */
    private static final Pattern TRIM = Pattern.compile("^[\\s(\\[\u2013\u2014-]+|[\\s)\\].]+$");

    private DateOnlyLine() {
    }

    static boolean is(String text) {
        return text != null && DATE.matcher(TRIM.matcher(text).replaceAll("")).matches();
    }
}
