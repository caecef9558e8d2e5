package org.casereview.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.Item;
import org.casereview.etl.document.ItemRow;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/** A section read through a map off by 29 letters (an invented review of Child J) says the report is doubtful. */
class GarbledTextTest {

    private static final String READ = "This review concerns Child J, a baby of four months who was taken to hospital"
            + " with a broken arm. The family had moved to the area in the spring and were known to the health"
            + " visiting service and to the housing team, but no one had met the father before the injury.";

    private static String shifted(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append((char) (Character.isLetter(c) ? c - 29 : c)));
        return out.toString();
    }

    private static ReportEvidence report(String introduction) {
        return new ReportEvidence(2, List.of(
                new Section(SectionType.INTRODUCTION, 1, "Introduction", introduction, 2, 2, List.<Item>of()),
                new Section(SectionType.LEARNING, 2, "Learning", "Any bruise on a baby must be seen.", 2, 2,
                        List.<Item>of())),
                List.of(new ItemRow(SectionType.LEARNING, 1, "Any bruise on a baby must be seen.", 2)));
    }

    @Test
    void aSectionOfTextWithNoCommonWordsIsNoted() {
        assertThat(shifted(READ)).startsWith("7KLV UHYLHZ FRQFHUQV &KLOG -");
        assertThat(GarbledText.sectionWithoutWords(report(shifted(READ)))).contains(
                "the text of 'Introduction' (page 2) reads as no words (a font's ToUnicode map may be wrong)");
        assertThat(ReportChecks.judge(report(shifted(READ)), null).doubtful()).isTrue();
    }

    @Test
    void proseAndShortSectionsAreNot() {
        assertThat(GarbledText.sectionWithoutWords(report(READ))).isEmpty();
        assertThat(GarbledText.sectionWithoutWords(report(shifted("This review concerns Child J.")))).isEmpty();
    }
}
