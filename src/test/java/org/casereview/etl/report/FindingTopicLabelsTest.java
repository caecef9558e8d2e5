package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paragraphs of a findings section led by a bold label ("<b>Home education.</b> The baby was ..."): in a report that
 * states its learning in a section of its own, the label names what the finding is about, and the paragraph is no
 * learning item; in a report with no learning section, such a paragraph still gives the review's learning.
 */
class FindingTopicLabelsTest {

    private static final String FIRST = "Sam was withdrawn from school and no agency saw him for the following eight "
            + "months, although his plan named three services.";
    private static final String SECOND = "The clinic discharged Sam after two missed appointments without speaking to "
            + "his GP or to the school nurse.";
    private static final String LEARNED = "Children who are educated at home can become invisible to services.";

    @TempDir
    Path dir;

    @Test
    void findingsLabelledInBoldBesideALearningSectionGiveNoLearningItems() throws Exception {
        Path file = report(true).save(dir.resolve("own-learning.pdf"));

        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.LEARNING).extracting(i -> i.text())
                .containsExactly(LEARNED, "A missed appointment for a disabled child is a safeguarding concern.");
    }

    @Test
    void withoutALearningSectionTheFindingsLabelledInBoldAreTheLearning() throws Exception {
        Path file = report(false).save(dir.resolve("findings-only.pdf"));

        ExtractedReport report = ReportExtractor.withDefaultSynonyms().extractWithItems(file);

        assertThat(report.items()).filteredOn(i -> i.type() == SectionType.LEARNING).extracting(i -> i.text())
                .containsExactly("Home education. " + FIRST, "Health appointments. " + SECOND);
    }

    private static PdfFixtureBuilder report(boolean learningSection) throws Exception {
        PdfFixtureBuilder pdf = new PdfFixtureBuilder().info(null, null, 2025)
                .cover("Tarnbridge Safeguarding Children Partnership", 12,
                        "Local Child Safeguarding Practice Review: Sam", 22,
                        "Every person and place in this review is invented for software testing.", 9)
                .newPage().heading1("Introduction")
                .paragraph("The review looked at the help given to Sam and his family in the year before he was harmed.")
                .heading1("What we found")
                .labelled("Home education.", FIRST)
                .labelled("Health appointments.", SECOND);
        if (learningSection) {
            pdf.heading1("What we learned")
                    .bullets(LEARNED, "A missed appointment for a disabled child is a safeguarding concern.");
        }
        return pdf.heading1("Next steps")
                .paragraph("The partnership will report on its progress to the board in twelve months' time.");
    }
}
