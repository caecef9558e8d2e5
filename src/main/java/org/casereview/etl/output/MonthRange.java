package org.casereview.etl.output;

import java.time.YearMonth;

/**
 * The batch months an export covers, both ends included; an open end (null) reaches the first or
 * last month loaded. A run exports its own month only.
 */
public record MonthRange(YearMonth from, YearMonth to) {

    public MonthRange {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("month range starts after it ends: " + from + " to " + to);
        }
    }

    public static MonthRange of(String month) {
        YearMonth m = YearMonth.parse(month);
        return new MonthRange(m, m);
    }

    /** Lower bound for {@code batch_month >= :from}: months are YYYY-MM text, so they sort as text. */
    String fromText() {
        return from == null ? "0000-01" : from.toString();
    }

    String toText() {
        return to == null ? "9999-12" : to.toString();
    }

    /** The heading of report.html: "2026-11", "2021-01 to 2021-12", "all months". */
    public String title() {
        if (from != null && from.equals(to)) {
            return from.toString();
        }
        if (from == null && to == null) {
            return "all months";
        }
        return (from == null ? "first month" : from.toString()) + " to " + (to == null ? "last month" : to.toString());
    }
}
