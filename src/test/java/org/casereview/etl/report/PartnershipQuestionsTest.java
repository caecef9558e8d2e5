package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions a report puts to its partnership under each finding ("Questions for the safeguarding partners") are its
 * asks only when it has no recommendations section of its own; beside one they are prompts for reflection and give
 * no items, as questions for practitioners do.
 */
class PartnershipQuestionsTest {

    @TempDir
    Path dir;

    private final ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();

    @Test
    void questionsBesideTheReportsOwnRecommendationsGiveNoItems() throws Exception {
        Path pdf = findings(new PdfFixtureBuilder())
                .heading1("Recommendations")
                .numbered("The safeguarding partners should agree one way of recording a baby's missed checks.",
                        "Health visitors should see every baby at home within a week of a missed check.")
                .save(dir.resolve("questions-and-recommendations.pdf"));

        var report = extractor.extractWithItems(pdf);

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.RECOMMENDATIONS,
                        "The safeguarding partners should agree one way of recording a baby's missed checks."),
                tuple(SectionType.RECOMMENDATIONS,
                        "Health visitors should see every baby at home within a week of a missed check."));
    }

    @Test
    void questionsInAReportWithoutRecommendationsAreItsAsks() throws Exception {
        Path pdf = findings(new PdfFixtureBuilder())
                .heading1("Conclusion")
                .paragraph("The partners will report on their answers to these questions within six months.")
                .save(dir.resolve("questions-only.pdf"));

        var report = extractor.extractWithItems(pdf);

        assertThat(report.items()).extracting(ReportItem::type, ReportItem::text).containsExactly(
                tuple(SectionType.RECOMMENDATIONS,
                        "How do the partners know that missed baby checks are followed up by a visit?"),
                tuple(SectionType.RECOMMENDATIONS,
                        "Which agency tells the GP when a family moves between two health visiting teams?"));
    }

    private static PdfFixtureBuilder findings(PdfFixtureBuilder builder) throws Exception {
        return builder.newPage()
                .heading1("Introduction")
                .paragraph("This review looks at the care of Baby H, who was four months old when she was admitted "
                        + "to hospital with a broken arm in the spring of 2024.")
                .heading1("Findings")
                .heading2("Missed checks were not followed up")
                .paragraph("Two developmental checks were missed and the family were sent a letter each time. "
                        + "Nobody visited and the health visiting team changed when the family moved.")
                .heading2("Questions for the safeguarding partners")
                .bullets("How do the partners know that missed baby checks are followed up by a visit?",
                        "Which agency tells the GP when a family moves between two health visiting teams?");
    }
}
