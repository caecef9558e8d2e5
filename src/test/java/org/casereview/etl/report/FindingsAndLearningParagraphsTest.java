package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.casereview.etl.document.Item;
import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (pending-batch32 kind 2), on an invented PDF written with PDFBox: a section headed 'Findings and
 * learning' (typed findings, its items learning) whose learning is told in numbered paragraphs after a numbered
 * lead-in gives one learning item per paragraph, as a learning section does.
 */
class FindingsAndLearningParagraphsTest {

    @TempDir
    Path dir;

    @Test
    void numberedParagraphsUnderFindingsAndLearningAreLearningItems() throws Exception {
        ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(new PdfFixtureBuilder().newPage()
                .heading1("4. Analysis")
                .numberedParagraph("4.1", "The health visitor saw the baby twice in the first month and noted no concern.")
                .heading1("5. Findings and learning")
                .numberedParagraph("5.1", "The review has identified the following learning for the partnership.")
                .numberedParagraph("5.2", "Practitioners need to ask who else lives in the home at every contact.")
                .numberedParagraph("5.3", "Bruising in a baby who is not yet mobile must always lead to a referral.")
                .numberedParagraph("5.4", "Fathers and partners should be invited to antenatal and new birth visits.")
                .heading1("6. Recommendations")
                .numbered("The partnership should audit the use of its bruising protocol within a year.")
                .save(dir.resolve("findings-learning.pdf")));

        Section findings = report.sections().get(1);
        assertThat(findings.heading()).isEqualTo("5. Findings and learning");
        assertThat(findings.type()).isEqualTo(SectionType.FINDINGS);
        assertThat(findings.items()).extracting(Item::text).containsExactly(
                "Practitioners need to ask who else lives in the home at every contact.",
                "Bruising in a baby who is not yet mobile must always lead to a referral.",
                "Fathers and partners should be invited to antenatal and new birth visits.");
        assertThat(report.sections().get(0).items()).isEmpty();
    }
}
