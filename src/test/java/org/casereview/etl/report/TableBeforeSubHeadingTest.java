package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table that ends right at a sub-heading left the block builder in "table" state with no block
 * open: the next line crashed it (IndexOutOfBoundsException in repeatsHeader) and failed the run.
 */
class TableBeforeSubHeadingTest {

    @TempDir
    Path dir;

    @Test
    void aLineAfterASubHeadingThatFollowsATableStartsItsOwnBlock() throws Exception {
        Path pdf = new PdfFixtureBuilder()
                .newPage()
                .heading1("1. Introduction")
                .paragraph("This review concerns a boy who is called Child R in this report.")
                .heading1("2. Agencies involved")
                .table(new float[] {0.4f, 0.6f}, new String[] {"Agency", "Role"},
                        new String[] {"Health visiting", "Universal contacts with the family"},
                        new String[] {"Children's social care", "Assessment after the referral"})
                .heading2("Contact with the family")
                .paragraph("The health visitor saw the family twice before the referral was made.")
                .heading1("3. Recommendations")
                .numbered("The partnership should publish guidance on home visits.")
                .save(dir.resolve("table-then-subheading.pdf"));

        ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(pdf);

        assertThat(report.sections()).extracting(Section::heading)
                .containsExactly("1. Introduction", "2. Agencies involved", "3. Recommendations");
        assertThat(report.sections().get(1).text())
                .contains("Contact with the family")
                .contains("The health visitor saw the family twice before the referral was made.");
        assertThat(report.sections().get(2).items()).hasSize(1);
    }
}
