package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A heading that names only the review ("The review", "About this review") introduces a report that has
 * no introduction yet; after an introduction, or after a summary that has already told the case, it heads the
 * account of how the review was done.
 */
class ReviewHeadingTypingTest {

    @TempDir
    Path dir;

    private final ReportExtractor extractor = ReportExtractor.withDefaultSynonyms();

    @Test
    void theReviewAfterAnIntroductionIsMethodology() throws Exception {
        Path pdf = new PdfFixtureBuilder()
                .newPage()
                .heading1("1. Introduction")
                .paragraph("The partnership commissioned this review after Child A was seriously injured at home.")
                .heading1("2. The review")
                .paragraph("An independent reviewer read the agencies' records and met the practitioners twice.")
                .heading1("3. Background")
                .paragraph("Child A lived with both parents and an older sister in a rented house.")
                .save(dir.resolve("the-review-second.pdf"));
        assertThat(extractor.extract(pdf).sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("1. Introduction", SectionType.INTRODUCTION),
                tuple("2. The review", SectionType.METHODOLOGY),
                tuple("3. Background", SectionType.BACKGROUND));
    }

    @Test
    void theReviewOpeningAReportIsItsIntroduction() throws Exception {
        Path pdf = new PdfFixtureBuilder()
                .newPage()
                .heading1("1. The review")
                .paragraph("The partnership commissioned this review after Child A was seriously injured at home.")
                .heading1("2. Background")
                .paragraph("Child A lived with both parents and an older sister in a rented house.")
                .save(dir.resolve("the-review-first.pdf"));
        assertThat(extractor.extract(pdf).sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("1. The review", SectionType.INTRODUCTION),
                tuple("2. Background", SectionType.BACKGROUND));
    }

    @Test
    void theReviewAfterAnExecutiveSummaryIsMethodology() throws Exception {
        Path pdf = new PdfFixtureBuilder()
                .newPage()
                .heading1("Executive summary")
                .paragraph("Child W, aged two, was found with burns to both feet in the winter of 2023.")
                .heading1("The review")
                .paragraph("Two reviewers met the nursery staff and the health visitors and read the police records.")
                .heading1("Background")
                .paragraph("Child W lived with his grandmother, who had cared for him since he was born.")
                .save(dir.resolve("the-review-after-summary.pdf"));
        assertThat(extractor.extract(pdf).sections()).extracting(Section::heading, Section::type).containsExactly(
                tuple("Executive summary", SectionType.SUMMARY),
                tuple("The review", SectionType.METHODOLOGY),
                tuple("Background", SectionType.BACKGROUND));
    }
}
