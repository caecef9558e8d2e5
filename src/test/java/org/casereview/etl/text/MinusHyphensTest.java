package org.casereview.etl.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinusHyphensTest {

    @Test
    void aMinusBetweenLettersOrDigitsIsAHyphen() {
        assertThat(MinusHyphens.asHyphens("a 6\u2212month\u2212old baby; non\u2212accidental"))
                .isEqualTo("a 6-month-old baby; non-accidental");
    }

    @Test
    void aMinusBeforeANumberOrBetweenSpacesStays() {
        assertThat(MinusHyphens.asHyphens("\u22125 and 7 \u2212 2 (\u22123)")).isEqualTo("\u22125 and 7 \u2212 2 (\u22123)");
    }
}
