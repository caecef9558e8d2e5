package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.casereview.etl.document.SectionType;
import org.casereview.etl.pdf.FoundAndDoneTablePdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, pending-batch41 kind 2 (invented material, {@link FoundAndDoneTablePdf}): a two-column table with no rules
 * under a bold header row of two short labels, its gutter narrower than a type size, is read down its columns: each
 * left cell a learning item, each right cell a recommendation.
 */
class UnruledTwoColumnTableTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();

    @TempDir
    Path dir;

    @Test
    void eachColumnOfAnUnruledFoundAndDoTableGivesItsOwnItems() throws Exception {
        ExtractedReport report = EXTRACTOR.extractWithItems(FoundAndDoneTablePdf.write(dir.resolve("table.pdf")));

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text, ReportItem::page)
                .containsExactlyInAnyOrder(
                        tuple(SectionType.LEARNING, "Young carers at the school were not known to the family's adult "
                                + "services, and no one asked who cooked at home.", 2),
                        tuple(SectionType.LEARNING, "A missed appointment was closed without a call to the parent.", 2),
                        tuple(SectionType.LEARNING, "The family's move between two districts ended the early help plan.",
                                2),
                        tuple(SectionType.RECOMMENDATIONS, "The school will keep a register of young carers and share it "
                                + "with the family's adult services each term.", 2),
                        tuple(SectionType.RECOMMENDATIONS, "Community health will telephone a parent before closing any "
                                + "missed appointment.", 2),
                        tuple(SectionType.RECOMMENDATIONS, "Early help teams in both districts will hand plans over in a "
                                + "joint meeting with the family.", 2));
    }
}
