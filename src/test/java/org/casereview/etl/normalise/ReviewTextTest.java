package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

class ReviewTextTest {

    private static Section section(SectionType type, int ordinal, String heading, String text) {
        return new Section(type, ordinal, heading, text, null, null, List.of());
    }

    @Test
    void digestEntrySectionsGoToTheirFields() {
        DigestEntry entry = new DigestEntry(1, 10, "2016 - Anonymous - Child BT", "Child BT", null, 2016, List.of(
                section(SectionType.SUMMARY, 1, null, "Multiple fractures to an 18-month-old girl in 2015."),
                section(SectionType.BACKGROUND, 2, "Background", "mother had a history of depression"),
                section(SectionType.LEARNING, 3, "Key issues", "the new partner's history was not checked"),
                section(SectionType.RECOMMENDATIONS, 4, "Recommendations", "develop guidance"),
                section(SectionType.OTHER, 5, "Key words", "physical abuse, nurseries"),
                section(SectionType.OTHER, 6, "Review type", "Serious case review")),
                false, null, "Read the overview report", "#");

        ReviewText text = ReviewText.of(entry);

        assertThat(text.summary()).isEqualTo("Multiple fractures to an 18-month-old girl in 2015.");
        assertThat(text.backgroundText()).isEqualTo("mother had a history of depression");
        assertThat(text.learningText()).isEqualTo("the new partner's history was not checked");
        assertThat(text.recommendationsText()).isEqualTo("develop guidance");
        assertThat(text.goodPracticeText()).isNull();
        assertThat(text.keywordsText()).isEqualTo("physical abuse, nurseries");
        assertThat(text.reviewTypeText()).isEqualTo("Serious case review");
        assertThat(text.linkText()).isEqualTo("Read the overview report");

        var facts = ReviewNormaliser.withDefaultVocabulary().normalise(text);
        assertThat(facts.reviewType()).isEqualTo("serious_case_review");
        assertThat(facts.riskFactors()).containsExactly("parental_mental_health");
        assertThat(facts.incidentYear()).isEqualTo(2015);
    }
}
