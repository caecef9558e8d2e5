package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (pending-batch32 kind 6), on an invented PDF written with PDFBox: a cover printing the title, the
 * document's kind under it ('Executive Summary', taken as the title's subtitle) and a few lines in the body's size
 * (the board, the author, the month) opens no section; the body's first section is on page 2.
 */
class CoverSubtitleNoSectionTest {

    @TempDir
    Path dir;

    @Test
    void theKindUnderTheCoverTitleIsNoSection() throws Exception {
        ReportDocument report = ReportExtractor.withDefaultSynonyms().extract(new PdfFixtureBuilder()
                .cover("Serious Case Review: Child M", 26, "Executive Summary", 18,
                        "Ashcombe Local Safeguarding Children Board. Overview author: Ruth Penhale", 11,
                        "June 2016. Everything in this review is invented for software testing.", 11)
                .newPage()
                .heading1("INTRODUCTION")
                .paragraph("The board decided in March 2015 to carry out a serious case review after the death of Child M.")
                .heading1("THE FACTS")
                .paragraph("Child M was three years old when she died in hospital from a head injury in January 2015.")
                .heading1("RECOMMENDATIONS")
                .numbered("The local authority should offer every care leaver a personal adviser until the age of 25.")
                .save(dir.resolve("cover-subtitle.pdf")));

        assertThat(report.sections()).extracting(Section::heading)
                .containsExactly("INTRODUCTION", "THE FACTS", "RECOMMENDATIONS");
        assertThat(report.sections().get(0).pageStart()).isEqualTo(2);
        assertThat(report.metadata().title()).startsWith("Serious Case Review: Child M");
    }
}
