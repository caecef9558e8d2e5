package org.casereview.etl.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompoundDashesTest {

    @Test
    void aDashGlyphJoiningANumberToACompoundIsAHyphen() {
        assertThat(CompoundDashes.asHyphens("a 2\u2014year-old boy, a 7\u2013week\u2013old baby, an 8\u2012month\u2015old"))
                .isEqualTo("a 2-year-old boy, a 7-week-old baby, an 8-month-old");
    }

    @Test
    void aYearARangeADecimalAndADashBetweenWordsStay() {
        String text = "in 2019\u2014self-harm; aged 2\u20133 years; 1.5\u2014fold-over; the mother\u2014who-ever; 4 \u2014 year-end";
        assertThat(CompoundDashes.asHyphens(text)).isEqualTo(text);
    }
}
