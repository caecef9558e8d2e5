package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.layout.LabelColumnPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An untagged e-mail digest of nested tables: a panel with the heading in a band, labels in a left column. */
class LabelColumnDigestTest {

    private static final String HEADING = "Case reviews by e-mail - June 2026";

    @TempDir
    Path dir;

    private String text(boolean glyphBullets) throws IOException {
        Path pdf = new LabelColumnPdf(glyphBullets).write(dir.resolve("mail.pdf"), HEADING,
                "Three case reviews published in June 2026.", LabelColumnPdf.threeReviews());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return LayoutDigestText.read(document, Integer.MAX_VALUE).orElseThrow();
        }
    }

    private ParsedDigest digest(boolean glyphBullets) throws IOException {
        return new DigestParser().parse(text(glyphBullets));
    }

    @Test
    void theDigestHeadingInItsBandComesBeforeTheEntriesAndEachLabelIsALabelLine() throws IOException {
        String text = text(true);

        assertThat(text).startsWith("Having trouble reading this email? View it in your browser\n\n# " + HEADING
                + "\n\nThree case reviews published in June 2026.\n\n## Baby MA: Child safeguarding practice review"
                + "\n\nSummary:\n\nDeath of a 5-week-old boy");
        assertThat(text).contains("\n\nRecommendations include:\n\n- repeat safe sleep advice");
    }

    @Test
    void eachLabelNamesTheTextBesideItAndTheMarginSummaryLabelIsNoSummaryText() throws IOException {
        ParsedDigest digest = digest(true);

        assertThat(digest.entries()).extracting(DigestEntry::title, DigestEntry::linkTarget).containsExactly(
                tuple("Baby MA: Child safeguarding practice review", "https://example.org/r/1.pdf"),
                tuple("Child MB: Serious case review", "https://example.org/r/2.pdf"),
                tuple("Child MC: Child safeguarding practice review", "https://example.org/r/3.pdf"));
        DigestEntry first = digest.entries().get(0);
        assertThat(first.section(SectionType.SUMMARY).orElseThrow().text()).isEqualTo("Death of a 5-week-old boy in "
                + "2024 who was found unresponsive after sleeping on a sofa with his father. Baby MA is White British.");
        assertThat(first.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).extracting(Item::text)
                .containsExactly("repeat safe sleep advice at every contact in the first month",
                        "ask about who cares for the baby at night");
        assertThat(digest.entries()).extracting(e -> e.section(SectionType.LEARNING).orElseThrow().items().size(),
                e -> e.section(SectionType.RECOMMENDATIONS).orElseThrow().items().size())
                .containsExactly(tuple(2, 2), tuple(3, 1), tuple(2, 2));
    }

    @Test
    void listMarkersPaintedAsDiscsBesideTheLabelsPartTheItems() throws IOException {
        ParsedDigest digest = digest(false);

        assertThat(digest.entries()).hasSize(3);
        DigestEntry second = digest.entries().get(1);
        assertThat(second.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text).containsExactly(
                "school absence was not followed up", "the girl's weight loss was recorded but not acted on",
                "agencies did not meet together");
        assertThat(digest.entries().get(2).section(SectionType.RECOMMENDATIONS).orElseThrow().items())
                .extracting(Item::text).containsExactly("check the history of every new partner in the home",
                        "share worries about bruising with children's social care the same day");
        assertThat(digest.entries()).extracting(e -> e.section(SectionType.LEARNING).orElseThrow().items().size(),
                e -> e.section(SectionType.RECOMMENDATIONS).orElseThrow().items().size())
                .containsExactly(tuple(2, 2), tuple(3, 1), tuple(2, 2));
        assertThat(digest.entries()).extracting(DigestEntry::linkText).containsOnly("Read the review (PDF)");
    }
}
