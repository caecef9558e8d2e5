package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.casereview.etl.ingest.PdfDigestSniffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b49, kind 2): a tagged Word export whose list labels are icons, each a Figure standing alone before
 * its list with the label's words only in its /Alt and /ActualText. The words the figure stands for are text where
 * the figure stands, so the labels arrive as in every other digest. Invented reviews.
 */
public class IconLabelsDigestTest {

    @TempDir
    Path dir;

    static Path iconLabels(Path file) throws IOException {
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            return pdf.newPage().heading(1, "Case reviews published in October 2026")
                    .paragraph("Every child, family and place in this digest is invented.")
                    .heading(2, "Child VQ: Child safeguarding practice review")
                    .paragraph("Sexual exploitation of a 14-year-old girl in Ashcombe in 2025. Child VQ is White British.")
                    .iconLabel("Learning includes")
                    .list("her missing episodes were not linked to the men she met", "she was seen as consenting")
                    .iconLabel("Recommendations include")
                    .list("map the places children go missing to")
                    .heading(2, "Child WQ: Serious case review")
                    .paragraph("Neglect of a 6-year-old boy in Denholm in 2024 whose mother, aged 35, drank heavily.")
                    .iconLabel("Learning includes")
                    .list("the boy's hunger at school was not reported")
                    .iconLabel("Recommendations include")
                    .list("ask about alcohol at every home visit", "share school meal concerns with health")
                    .save(file);
        }
    }

    @Test
    void aFigureStandingAloneReadsAsItsActualTextWhereItStands() throws IOException {
        try (PDDocument document = Loader.loadPDF(iconLabels(dir.resolve("icons.pdf")).toFile())) {
            assertThat(LayoutDigestText.readTagged(document, 4).orElseThrow()).contains(
                    "Learning includes\n\n- her missing episodes",
                    "- she was seen as consenting\n\nRecommendations include\n\n- map the places");
        }
    }

    @Test
    void labelsPrintedOnlyAsIconsReadAsTheEntriesLists() throws Exception {
        Path file = iconLabels(dir.resolve("icons.pdf"));
        ParsedDigest digest = new DigestParser().parse(new DocumentTextExtractor().extract(file).text());

        assertThat(new PdfDigestSniffer(DigestParser::new).test(file)).isTrue();
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child VQ: Child safeguarding practice review", "Child WQ: Serious case review");
        assertThat(EveryLineHeadingTagsTest.items(digest.entries().get(0), SectionType.LEARNING)).containsExactly(
                "her missing episodes were not linked to the men she met", "she was seen as consenting");
        assertThat(EveryLineHeadingTagsTest.items(digest.entries().get(1), SectionType.RECOMMENDATIONS))
                .containsExactly("ask about alcohol at every home visit", "share school meal concerns with health");
    }
}
