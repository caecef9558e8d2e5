package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A soft hyphen painted inside a line is the hyphen a reader sees; one at a line end stays a word break. */
class PaintedSoftHyphensTest {

    @Test
    void aSoftHyphenBetweenLettersOrDigitsIsReadAsAHyphen() {
        assertThat(PaintedSoftHyphens.shown("Tamsin, a 13\u00adyear\u00adold girl, was known to services."))
                .isEqualTo("Tamsin, a 13-year-old girl, was known to services.");
    }

    @Test
    void aSoftHyphenAtALineEndOrBesideASpaceStays() {
        String text = "multi\u00ad\nagency working \u00ad and\u00ad";
        assertThat(PaintedSoftHyphens.shown(text)).isEqualTo(text);
    }

    @Test
    void aTextWithoutSoftHyphensIsTheSameText() {
        String text = "a well-known 7-year-old";
        assertThat(PaintedSoftHyphens.shown(text)).isSameAs(text);
    }
}
