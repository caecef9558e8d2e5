package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ReviewFacts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9 (digests b25, kind 4): OCR and some fonts give the hyphens of an age as another dash glyph ('2\u2014year-old').
 * Held-out invented phrasings, one per dash glyph, read through the digest's text repair and the normaliser; and the
 * negatives: an adult's age stays no child's age, and a year or a range before a dash is no age.
 */
class DashGlyphAgesTest {

    private static final ReviewNormaliser NORMALISER = ReviewNormaliser.withDefaultVocabulary();

    private static ReviewFacts facts(String summary) {
        DigestEntry entry = new DigestParser().parse("""
                Case reviews published in March 2030

                ## Child QD: Child safeguarding practice review

                %s

                Learning includes:

                - the family's needs were not assessed
                """.formatted(summary)).entries().get(0);
        return NORMALISER.normalise(ReviewText.of(entry));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A 3\u2014year-old girl died in a house fire in 2028.               | 3-year-old   | 3.00  | 1_5
            Serious injury to a 9\u2013month\u2013old baby boy in 2027.       | 9-month-old  | 0.75  | under_1
            A 15\u2012year-old boy was stabbed near his school in 2029.       | 15-year-old  | 15.00 | 11_15
            An 11\u2015year\u2015old girl was groomed online in 2028.         | 11-year-old  | 11.00 | 11_15
            Neglect of a 6\uFE63week-old baby in 2029.                        | 6-week-old   | 0.11  | under_1
            A 10\u2014day\u2014old baby was shaken by his father in 2028.    | 10-day-old   | 0.03  | under_1
            """)
    void aDashGlyphInAnAgeIsAHyphen(String summary, String ageText, String years, String band) {
        ReviewFacts facts = facts(summary);

        assertThat(facts.ageText()).isEqualTo(ageText);
        assertThat(facts.ageYears()).isEqualByComparingTo(years);
        assertThat(facts.ageBand()).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A baby boy died in 2029. His mother, a 34\u2014year-old woman, had been in care.
            Neglect in 2019\u2014self-harm was noted by the school nurse.
            Children aged between 2\u20133 years were left alone at home in 2028.
            """)
    void noChildsAgeFromAnAdultsAgeAYearOrARange(String summary) {
        assertThat(facts(summary).ageText()).isNull();
    }
}
