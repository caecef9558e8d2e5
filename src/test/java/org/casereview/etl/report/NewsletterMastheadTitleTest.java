package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.casereview.etl.document.ReportDocument;
import org.casereview.etl.document.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A newsletter issue covering one review: its masthead names the series in the largest type, and a small line under
 * it prints the review's whole title after a label. The title is the review's; the masthead is no section.
 */
class NewsletterMastheadTitleTest {

    @TempDir
    Path dir;

    @Test
    void theReviewTitleAfterAnInThisIssueLabelIsTheTitleAndTheMastheadNoSection() throws Exception {
        Path pdf = new PdfFixtureBuilder().info("Practice matters issue 4", null, 2025).newPage()
                .heading("Learning from practice", 28, true, false)
                .paragraph("Fernleigh Safeguarding Children Partnership | Issue 4 | Spring 2025")
                .heading("Featured in this issue: Child Safeguarding Practice Review: Child P", 11, true, false)
                .heading1("Key learning")
                .bullets("A child who stops eating at school may be telling adults that something at home has changed.",
                        "Visits arranged in advance showed the home only as the family wanted it to be seen.")
                .heading1("What will change")
                .numbered("Health visitors will make at least one unannounced visit when neglect is suspected.")
                .save(dir.resolve("newsletter.pdf"));

        ReportDocument document = ReportExtractor.withDefaultSynonyms().extract(pdf);

        assertThat(document.metadata().title()).isEqualTo("Child Safeguarding Practice Review: Child P");
        assertThat(document.sections()).extracting(Section::heading).containsExactly("Key learning", "What will change");
    }
}
