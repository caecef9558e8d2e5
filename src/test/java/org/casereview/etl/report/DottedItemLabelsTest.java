package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Item codes with a dot or a sub-number ("R.1", "LP1.2", "Rec 2.1") mark items as "R1" does. */
class DottedItemLabelsTest {

    @TempDir
    Path dir;

    @Test
    void codesWithADotBeforeTheNumberSplitARecommendationList() throws Exception {
        Path pdf = new PdfFixtureBuilder()
                .newPage()
                .heading1("Introduction")
                .paragraph("This review concerns a girl who is called Child W in this report.")
                .heading1("Recommendations")
                .paragraph("R.1 The leaving care service should tell the midwife when a young person is pregnant.")
                .paragraph("R.2 The partnership should audit early help offers made to young parents.")
                .paragraph("R.3 Health visitors should offer extra contacts to parents without family support.")
                .save(dir.resolve("dotted-codes.pdf"));

        ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(pdf);

        Section recommendations = report.sections().get(1);
        assertThat(recommendations.type()).isEqualTo(SectionType.RECOMMENDATIONS);
        assertThat(recommendations.items()).extracting(Item::text).containsExactly(
                "The leaving care service should tell the midwife when a young person is pregnant.",
                "The partnership should audit early help offers made to young parents.",
                "Health visitors should offer extra contacts to parents without family support.");
    }

    @Test
    void subNumberedLabelsKeepTheWholeNumberOutOfTheText() throws Exception {
        Path pdf = new PdfFixtureBuilder()
                .newPage()
                .heading1("Learning")
                .labelled("LP1.1 ", "Practitioners should ask who else lives in the home.")
                .labelled("LP1.2 ", "Health visitors should see the baby's sleeping place.")
                .heading1("Recommendations")
                .labelled("Rec 2.1: ", "The partnership should publish safer sleep guidance.")
                .labelled("Rec 2.2: ", "Housing providers should treat cold rooms as urgent repairs.")
                .save(dir.resolve("sub-numbered.pdf"));

        ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(pdf);

        assertThat(report.sections()).extracting(Section::type)
                .containsExactly(SectionType.LEARNING, SectionType.RECOMMENDATIONS);
        assertThat(report.sections().get(0).items()).extracting(Item::text).containsExactly(
                "Practitioners should ask who else lives in the home.",
                "Health visitors should see the baby's sleeping place.");
        assertThat(report.sections().get(1).items()).extracting(Item::text).containsExactly(
                "The partnership should publish safer sleep guidance.",
                "Housing providers should treat cold rooms as urgent repairs.");
    }
}
