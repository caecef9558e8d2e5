package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 9 (digests b30, not scored): words a bad quoted-printable decoding left cut over two lines. Invented text. */
class CutWordPiecesTest {

    @Test
    void piecesThatAreNoWordsElsewhereJoinWhenTheWholeWordIsInTheText() {
        String text = "Safeguarding Partnership for Northfold\nthe worries were not treated as safeg\nuarding\nconcerns by the school\n"
                + "the family had asked fo\nr help before";

        assertThat(CutWordPieces.join(text)).isEqualTo("Safeguarding Partnership for Northfold\nthe worries were not treated as "
                + "safeguarding\nconcerns by the school\nthe family had asked for help before");
    }

    @Test
    void wordsThatAreWordsElsewhereOrAWholeWordNotInTheTextStayApart() {
        String text = "every child\nwas seen by every\none of the nurses; one more\nmaterni\nty services were not told";

        assertThat(CutWordPieces.join(text)).isEqualTo(text);
    }
}
