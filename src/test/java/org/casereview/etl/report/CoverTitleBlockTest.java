package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.casereview.etl.document.ReportMetadata;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: where a report's title block ends. A child's letter wrapped alone onto the next line belongs to
 * the title; a document kind set large above the title ("7 Minute Briefing") is not the title; a kind word
 * that heads the running text under the title block ("Executive summary") is the first section, not a
 * subtitle. PDFs written with PDFBox ({@link PdfFixtureBuilder}).
 */
class CoverTitleBlockTest {

    @TempDir
    Path dir;

    private ReportMetadata metadata(PdfFixtureBuilder pdf) throws Exception {
        Path file = pdf.newPage().heading1("Introduction")
                .paragraph("The review looked at the help given to the family in the year before the incident.")
                .save(dir.resolve("report.pdf"));
        return ReportExtractor.withDefaultSynonyms().extract(file).metadata();
    }

    @Test
    void aChildsLetterWrappedOntoTheNextLineEndsTheTitle() throws Exception {
        ReportMetadata m = metadata(new PdfFixtureBuilder().info("CPR 2023 07 final", null, 2023)
                .cover("Afonbridge Regional Safeguarding Board", 14, "Concise Child Practice Review: Child", 24, "U", 24,
                        "Published: November 2023", 11));

        assertThat(m.title()).isEqualTo("Concise Child Practice Review: Child U");
        assertThat(m.childName()).isEqualTo("Child U");
    }

    @Test
    void aDocumentKindSetLargeAboveTheTitleIsNotTheTitle() throws Exception {
        ReportMetadata m = metadata(new PdfFixtureBuilder().info("7MB Child N", null, 2025)
                .cover("7 Minute", 28, "Briefing", 28, "Child Safeguarding Practice", 18, "Review: Child N", 18,
                        "Stanbury Safeguarding Children Partnership", 12, "Published April 2025", 12));

        assertThat(m.title()).isEqualTo("Child Safeguarding Practice Review: Child N");
        assertThat(m.childName()).isEqualTo("Child N");
        assertThat(m.reviewTypeText()).isEqualToIgnoringCase("child safeguarding practice review");
    }

    @Test
    void executiveSummaryHeadingTheBodyUnderTheTitleBlockIsNoSubtitle() throws Exception {
        Path file = new PdfFixtureBuilder().info("Local Child Safeguarding Practice Review: Sam", null, 2026)
                .newPage()
                .heading("Local Child Safeguarding Practice Review: Sam", 17, false, false)
                .paragraph("Saltmoor Safeguarding Children Partnership")
                .paragraph("Published 12 March 2026")
                .heading("Executive summary", 14, true, false)
                .paragraph("Sam, a boy of thirteen, was seriously injured in 2025 when he was stabbed by an older youth.")
                .heading1("Introduction")
                .paragraph("The review looked at the help given to Sam and his family in the two years before.")
                .save(dir.resolve("saltmoor.pdf"));

        ReportMetadata m = ReportExtractor.withDefaultSynonyms().extract(file).metadata();

        assertThat(m.title()).isEqualTo("Local Child Safeguarding Practice Review: Sam");
    }

    @Nested
    class StillRead {

        @Test
        void anExecutiveSummarySubtitleAboveThePartnershipStaysInTheTitle() throws Exception {
            Path file = new PdfFixtureBuilder().info("Child Safeguarding Practice Review: Harry", null, 2024)
                    .newPage()
                    .heading("Child Safeguarding Practice Review: Harry", 18, true, false)
                    .heading("Executive Summary", 15, true, false)
                    .paragraph("Elmbury Safeguarding Children Partnership")
                    .paragraph("Published: 21 November 2024")
                    .heading1("Introduction")
                    .paragraph("The review looked at the help given to Harry and his family in the two years before.")
                    .save(dir.resolve("elmbury.pdf"));

            ReportMetadata m = ReportExtractor.withDefaultSynonyms().extract(file).metadata();

            assertThat(m.title()).isEqualTo("Child Safeguarding Practice Review: Harry - Executive Summary");
        }

        @Test
        void aLineAfterTheTitleInAnotherSizeIsNotTheChildsLetter() throws Exception {
            ReportMetadata m = metadata(new PdfFixtureBuilder().info("CPR 2023 07 final", null, 2023)
                    .cover("Concise Child Practice Review: Child", 24, "CPR", 11, "Published: November 2023", 11));

            assertThat(m.title()).isEqualTo("Concise Child Practice Review: Child");
        }
    }
}
