package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b35, kind 2): a browser print whose review titles are images in their headings: the words are
 * only in each Figure's /Alt. The alt text is the heading's text, at the image's place. Invented reviews.
 */
public class ImageTitlesDigestTest {

    @TempDir
    Path dir;

    /** A tagged digest of two reviews whose titles are printed only as images. */
    public static Path imageTitles(Path file) throws IOException {
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            return pdf.newPage().heading(1, "Case reviews published in May 2026")
                    .paragraph("Every child, family and place in this digest is invented.")
                    .imageHeading(2, "Child TK: Child safeguarding practice review")
                    .paragraph("Neglect of a 3-year-old boy in 2024 who was found alone at home. Child TK is White British.")
                    .paragraph("Learning includes:")
                    .list("the nursery's worries were not shared with the GP", "the boy was not seen on his own")
                    .paragraph("Recommendations include:").list("check who cares for a child left at nursery")
                    .imageHeading(2, "Child TL: Serious case review")
                    .paragraph("Physical abuse of a 7-month-old girl in Rusholt in 2021 after her father shook her.")
                    .paragraph("Learning includes:").list("the father's temper was known to the police")
                    .paragraph("Recommendations include:").list("ask about every adult in the home")
                    .save(file);
        }
    }

    @Test
    void aHeadingPrintedAsAnImageReadsAsItsAltTextAtItsPlace() throws IOException {
        try (PDDocument document = Loader.loadPDF(imageTitles(dir.resolve("titles.pdf")).toFile())) {
            String text = LayoutDigestText.readTagged(document, 4).orElseThrow();

            assertThat(text).contains("## Child TK: Child safeguarding practice review\n\nNeglect of a 3-year-old boy",
                    "- check who cares for a child left at nursery\n\n## Child TL: Serious case review\n\nPhysical abuse");
        }
    }

    @Test
    void aDigestWhoseTitlesAreImagesReadsAsItsEntries() throws Exception {
        ParsedDigest digest = new DigestParser().parse(
                new DocumentTextExtractor().extract(imageTitles(dir.resolve("titles.pdf"))).text());

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child TK: Child safeguarding practice review", "Child TL: Serious case review");
        assertThat(digest.entries().get(0).sections().stream().filter(s -> s.type() == SectionType.LEARNING)
                .flatMap(s -> s.items().stream()).map(Item::text).toList()).containsExactly(
                "the nursery's worries were not shared with the GP", "the boy was not seen on his own");
    }

    @Test
    void anImageWithoutAltTextInAHeadingAddsNothing() throws IOException {
        Path file = dir.resolve("no-alt.pdf");
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            pdf.newPage().heading(1, "Briefing").imageHeading(2, "").paragraph("One paragraph of text.").save(file);
        }
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(LayoutDigestText.readTagged(document, 4).orElseThrow())
                    .isEqualTo("# Briefing\n\nOne paragraph of text.");
        }
    }
}
