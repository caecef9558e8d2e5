package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.junit.jupiter.api.Test;

/**
 * A metadata band printed before each review's title, captions in capitals and no colon ('AREA' / value), as a
 * two-column grid reads (digests-e2e-pending b28, kind 5). Every child and place here is invented.
 */
class MetadataBandDetailsTest {

    private final DigestParser parser = new DigestParser();

    private static String entry(String published, String area, String type, String title, String summary, String link) {
        return """
                PUBLISHED %s

                AREA %s

                TYPE %s

                %s

                %s

                Learning includes:

                - the first point of learning
                - the second point of learning

                Recommendations include:

                - one recommendation

                [Read practice review (PDF)](https://example.org/%s.pdf)

                """.formatted(published, area, type, title, summary, link);
    }

    private static final String DIGEST = """
            Case reviews published in May 2024

            New case reviews added in May 2024. Every child and place below is invented.

            """ + entry("2 May 2024", "Northmoor Fells", "Child safeguarding practice review",
            "Child MX: Child safeguarding practice review",
            "Neglect of a 7-year-old girl in 2023 who was often absent from school. Child MX is White British.", "mx")
            + entry("9 May 2024", "Tarn and Eskby", "Serious case review", "Child NX: Serious case review",
            "Death of a 15-year-old boy in 2022 who took his own life after months of bullying. Child NX is Black African.",
            "nx");

    @Test
    void theBandsAreaIsTheAreaOfTheEntryUnderIt() {
        ParsedDigest digest = parser.parse(DIGEST);
        assertThat(digest.problems()).isEmpty();
        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child MX: Child safeguarding practice review", "Child NX: Serious case review");
        assertThat(digest.entries()).extracting(DigestEntry::area).containsExactly("Northmoor Fells", "Tarn and Eskby");
        assertThat(digest.entries().get(0).summary()).startsWith("Neglect of a 7-year-old girl");
        assertThat(digest.entries().get(0).summary()).doesNotContain("AREA", "PUBLISHED", "TYPE");
        assertThat(digest.month()).isEqualTo(YearMonth.of(2024, 5));
    }

    @Test
    void aCapitalisedHeadingOrAnAcronymIsNoCaption() {
        DetailLines details = new DetailLines(DigestGrammar.standard());
        assertThat(details.areaOf("AREA Northmoor Fells")).isEqualTo("Northmoor Fells");
        assertThat(details.areaOf("Area of concern")).isNull();
        assertThat(details.areaOf("AREA REVIEWS")).isNull();
        assertThat(details.areaOf("LSCB Eastmere: Child A")).isNull();
        assertThat(details.isEntryDetail("TYPE Serious case review")).isTrue();
        assertThat(details.isEntryDetail("Type of harm was not known")).isFalse();
    }
}
