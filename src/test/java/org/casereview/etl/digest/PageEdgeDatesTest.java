package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The month on a PDF digest's page edges (invented lines). */
class PageEdgeDatesTest {

    @Test
    void numericDatesAreDayFirstUnlessATwelveHourTimeOrTheNumbersSayOtherwise() {
        assertThat(PageEdgeDates.numericMonth("12/5/26, 5:35 AM")).isEqualTo(YearMonth.of(2026, 12));
        assertThat(PageEdgeDates.numericMonth("05/12/2026, 05:35")).isEqualTo(YearMonth.of(2026, 12));
        assertThat(PageEdgeDates.numericMonth("13/03/2025")).isEqualTo(YearMonth.of(2025, 3));
        assertThat(PageEdgeDates.numericMonth("3/13/2025")).isEqualTo(YearMonth.of(2025, 3));
        assertThat(PageEdgeDates.numericMonth("Printed 2025-04-30")).isEqualTo(YearMonth.of(2025, 4));
        assertThat(PageEdgeDates.numericMonth("13/14/2025")).isNull();
        assertThat(PageEdgeDates.numericMonth("Page 1/2")).isNull();
    }

    @Test
    void aNamedMonthOnARunningLineWinsOverAPrintDate() {
        List<String> page = List.of("4/2/26, 9:10 PM", "Case review digest - June 2025", "file:///C:/digest.html");
        assertThat(PageEdgeDates.month(List.of(page, page))).isEqualTo(YearMonth.of(2025, 6));
        assertThat(PageEdgeDates.month(List.of(List.of("4/2/26, 9:10 PM", "1/2"), List.of("4/2/26, 9:10 PM", "2/2"))))
                .isEqualTo(YearMonth.of(2026, 4));
    }

    @Test
    void aDateOnOnePagesEdgeOnlyIsTextNotARunningLine() {
        assertThat(PageEdgeDates.month(List.of(List.of("Digest", "1"), List.of("The family moved in March 2019.", "2"),
                List.of("Digest", "3")))).isNull();
    }
}
