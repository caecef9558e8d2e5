package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.casereview.etl.document.ReportMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cover that is only a picture (calibre rasterises an EPUB's cover) with the title page in text after it: the month
 * and year alone on that short page naming the review type is the publication's date, not the file's creation date.
 * A body page behind such a cover keeps its dates to itself.
 */
class TitlePageBehindImageCoverTest {

    @TempDir
    Path dir;

    @Test
    void theDateLineOfATitlePageAfterAPictureCoverIsThePublicationYear() throws Exception {
        Path file = new PdfFixtureBuilder().info(null, null, 2026).imagePage()
                .cover("Tarnbridge Safeguarding Children Partnership", 12, "Child Safeguarding Practice Review", 20,
                        "Child R", 18, "October 2025", 12,
                        "Every person and place in this review is invented for software testing.", 9)
                .newPage().heading1("Introduction")
                .paragraph("In March 2023 the family moved to Tarnbridge and Child R started at a new nursery.")
                .save(dir.resolve("picture-cover.pdf"));

        ReportMetadata m = ReportExtractor.withDefaultSynonyms().extract(file).metadata();

        assertThat(m.publicationYear()).isEqualTo(2025);
    }

    @Test
    void aBodyPageAfterAPictureCoverGivesNoPublicationYear() throws Exception {
        Path file = new PdfFixtureBuilder().info(null, null, 2026).imagePage()
                .newPage().heading1("Introduction")
                .paragraph("This Child Safeguarding Practice Review looks at the help given to Child R and the family.")
                .lines("The events the review looked at, in order:", "March 2023",
                        "The family moved to Tarnbridge.", "Child R started at a new nursery.",
                        "The health visitor saw Child R at home.",
                        "A neighbour rang the police about shouting.", "The school nurse made a referral.",
                        "A strategy discussion was held.", "The case was stepped down to early help.",
                        "The family moved again.", "The records were transferred late.")
                .save(dir.resolve("picture-cover-body.pdf"));

        ReportMetadata m = ReportExtractor.withDefaultSynonyms().extract(file).metadata();

        assertThat(m.publicationYear()).isEqualTo(2026);
    }
}
