package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.document.ItemRow;
import org.casereview.etl.quality.ReportChecks;
import org.casereview.etl.quality.ReportEvidence;
import org.casereview.etl.quality.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The self-check reads the marks an item keeps (issue 9.5, pending-batch24): entries run together leave the later
 * entries' labels inside one item, and entries read as paragraphs keep their list markers.
 */
class ItemTextMarksSelfCheckTest {

    private static final ReportExtractor EXTRACTOR = ReportExtractor.withDefaultSynonyms();

    @TempDir
    Path dir;

    @Test
    void labelledRecommendationsRunOnInOneParagraphMakeTheReportDoubtful() throws Exception {
        Path pdf = new PdfFixtureBuilder()
                .heading1("Introduction")
                .paragraph("Child P was fourteen when she was found in a flat in another county after a month missing.")
                .heading1("Recommendations")
                .labelled("Rec 1", "The partnership should revise its missing children protocol so that a third "
                        + "episode leads to a strategy discussion. Rec 2 Children's social care should offer the "
                        + "parents of a missing child a named worker and a written plan. Rec 3 The police should report "
                        + "every quarter on the disruption orders sought for adults who harbour children.")
                .save(dir.resolve("run-on.pdf"));

        Verdict verdict = judge(EXTRACTOR.extractWithItems(pdf));

        assertThat(verdict.quality()).isEqualTo("doubtful");
        assertThat(verdict.notesText()).contains("recommendations item 1 holds 2 labels of further items");
    }

    @Test
    void findingsEntriesKeepingTheirLetteredNumbersMakeTheReportDoubtful() throws Exception {
        Path pdf = new PdfFixtureBuilder()
                .heading1("Introduction")
                .paragraph("Child R was twelve when she was admitted to hospital after months of a restricted diet.")
                .heading1("Findings")
                .paragraph("Once Child R was withdrawn from school no professional with a duty to check on her "
                        + "welfare saw her again.")
                .labelBeforeTab("1a.", "The local authority should visit every child whose parents choose to "
                        + "educate them at home within four weeks.", 24)
                .labelBeforeTab("1b.", "The local authority should tell the child's doctor when a child is "
                        + "withdrawn from school to be educated at home.", 24)
                .save(dir.resolve("kept.pdf"));
        ExtractedReport report = EXTRACTOR.extractWithItems(pdf);

        assertThat(report.items()).hasSize(2).extracting(ReportItem::text).allMatch(t -> t.startsWith("1a. ") || t.startsWith("1b. "));
        Verdict verdict = judge(report);
        assertThat(verdict.quality()).isEqualTo("doubtful");
        assertThat(verdict.notesText()).contains("items keep list marker number 1 twice");
    }

    private static Verdict judge(ExtractedReport report) {
        List<ItemRow> items = report.items().stream().map(i -> new ItemRow(i.type(), i.itemNo(), i.text(), i.page()))
                .toList();
        return ReportChecks.judge(new ReportEvidence(2, report.document().sections(), items), null);
    }
}
