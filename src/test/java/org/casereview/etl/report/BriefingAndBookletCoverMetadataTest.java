package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.casereview.etl.document.ReportMetadata;
import org.casereview.etl.normalise.ReviewNormaliser;
import org.casereview.etl.normalise.ReviewText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (batch61's metadata): a briefing's cover naming the review only as "Practice Review: Baby K" keeps its
 * "7 Minute Briefing" line in the title, and a bare "practice review" codes a child safeguarding practice review (not
 * a Welsh child or adult practice review); a cover title whose words before the review type wrap onto the next line
 * ("Learning from a Local Child" / "Safeguarding Practice Review") keeps them; a year printed alone on the cover is the
 * publication year, before the file's creation date. PDFs written with PDFBox ({@link PdfFixtureBuilder}).
 */
class BriefingAndBookletCoverMetadataTest {

    @TempDir
    Path dir;

    private final ReviewNormaliser normaliser = ReviewNormaliser.withDefaultVocabulary();

    private ReportMetadata metadata(PdfFixtureBuilder pdf) throws Exception {
        Path file = pdf.newPage().heading1("Introduction")
                .paragraph("The review looked at the help given to the family in the year before the incident.")
                .save(dir.resolve("report.pdf"));
        return ReportExtractor.withDefaultSynonyms().extract(file).metadata();
    }

    private String reviewType(ReportMetadata m) {
        return normaliser.normalise(new ReviewText(m.title(), m.childName(), null, null, null, null, null, null, null,
                m.reviewTypeText())).reviewType();
    }

    @Test
    void aBriefingOverABarePracticeReviewKeepsTheBriefingInTheTitle() throws Exception {
        ReportMetadata m = metadata(new PdfFixtureBuilder().info(null, null, 2026)
                .cover("Thornbeck Safeguarding Children Partnership", 11, "7 Minute Briefing", 24,
                        "Practice Review: Baby K", 17, "This briefing is invented for software testing.", 8));

        assertThat(m.title()).isEqualTo("7 Minute Briefing: Practice Review: Baby K");
        assertThat(m.childName()).isEqualTo("Baby K");
        assertThat(reviewType(m)).isEqualTo("child_safeguarding_practice_review");
    }

    @Test
    void aBriefingOverAWholeReviewTypeStillDropsTheBriefing() throws Exception {
        ReportMetadata m = metadata(new PdfFixtureBuilder().info(null, null, 2025)
                .cover("7 Minute Briefing", 24, "Child Safeguarding Practice Review: Child K", 17,
                        "Thornbeck Safeguarding Children Partnership", 11));

        assertThat(m.title()).isEqualTo("Child Safeguarding Practice Review: Child K");
        assertThat(reviewType(m)).isEqualTo("child_safeguarding_practice_review");
    }

    @Test
    void aWelshOrAdultPracticeReviewIsNoChildSafeguardingPracticeReview() throws Exception {
        ReportMetadata welsh = metadata(new PdfFixtureBuilder().info(null, null, 2023)
                .cover("Afonbridge Regional Safeguarding Board", 14, "Concise Child Practice Review: Child W", 24));
        ReportMetadata adult = metadata(new PdfFixtureBuilder().info(null, null, 2023)
                .cover("Afonbridge Regional Safeguarding Board", 14, "Adult Practice Review: Mr T", 24));

        assertThat(reviewType(welsh)).isEqualTo("child_practice_review");
        assertThat(reviewType(adult)).isEqualTo("other");
    }

    @Test
    void wordsBeforeAWrappedReviewTypeStayInTheTitleAndTheCoversYearWins() throws Exception {
        Path file = new PdfFixtureBuilder().info(null, null, 2026).newPage()
                .heading("Thornbeck Safeguarding Children Partnership", 11, false, false)
                .wrappedHeading(17, "Learning from a Local Child", "Safeguarding Practice Review")
                .heading("Child P", 24, true, false)
                .heading("2025", 11, false, false)
                .newPage().heading1("Introduction")
                .paragraph("The review looked at the help given to the family in the year before the incident.")
                .save(dir.resolve("booklet.pdf"));

        ReportMetadata m = ReportExtractor.withDefaultSynonyms().extract(file).metadata();

        assertThat(m.title()).isEqualTo("Learning from a Local Child Safeguarding Practice Review: Child P");
        assertThat(m.childName()).isEqualTo("Child P");
        assertThat(m.publicationYear()).isEqualTo(2025);
    }

    @Test
    void yearsDownATableOnTheFirstPageAreNoCoverYear() throws Exception {
        Path file = new PdfFixtureBuilder().info(null, null, 2026).newPage()
                .heading("Local Child Safeguarding Practice Review: Child P", 20, true, false)
                .heading("Thornbeck Safeguarding Children Partnership", 11, false, false)
                .lines("2019", "Child P was born.", "2021", "The family moved to Thornbeck.")
                .newPage().heading1("Introduction")
                .paragraph("The review looked at the help given to the family in the year before the incident.")
                .save(dir.resolve("timeline.pdf"));

        ReportMetadata m = ReportExtractor.withDefaultSynonyms().extract(file).metadata();

        assertThat(m.publicationYear()).isEqualTo(2026);
    }
}
