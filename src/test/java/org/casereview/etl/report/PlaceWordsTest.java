package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The place before a partnership's words: every place here is invented. */
class PlaceWordsTest {

    @Test
    void aReviewTypesShortFormBeforeThePlaceIsNoPartOfIt() {
        // a running header "Child J - LCSPR" read on one line with the partnership's name beside it
        assertThat(PlaceWords.endingPlace("Child J - LCSPR Ketterby")).isEqualTo("Ketterby");
        assertThat(PlaceWords.endingPlace("Serious Case Review SCR Upper Dunmore")).isEqualTo("Upper Dunmore");
    }

    @Test
    void capitalisedPlacesAndTheirSmallWordsAreKept() {
        assertThat(PlaceWords.endingPlace("carried out under the Brackley and Hove")).isEqualTo("Brackley and Hove");
        assertThat(PlaceWords.endingPlace("KETTERBY")).isEqualTo("KETTERBY");
    }
}
