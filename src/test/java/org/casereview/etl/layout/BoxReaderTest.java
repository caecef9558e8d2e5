package org.casereview.etl.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Untagged pages whose text sits in drawn boxes, read box by box when the content stream is out of reading order. */
class BoxReaderTest {

    private static final String HEADING = "Case reviews digest - May 2026";
    private static final String INTRO = "Four case reviews published this month.";

    @TempDir
    Path dir;

    private Optional<LayoutDocument> read(CardsPdf pdf, String name) throws IOException {
        Path file = pdf.write(dir.resolve(name), HEADING, INTRO, CardsPdf.fourCards());
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return BoxReader.read(document, Integer.MAX_VALUE, GlyphCounter.NONE);
        }
    }

    @Test
    void cardsWrittenBodyFirstAreReadTitleFirstCardByCardInRows() throws IOException {
        List<LayoutBlock> blocks = read(new CardsPdf(true, CardsPdf.Fill.CARDS), "cards.pdf").orElseThrow()
                .blocks(Evidence.LAYOUT);

        assertThat(blocks).extracting(LayoutBlock::kind, LayoutBlock::level, LayoutBlock::text).startsWith(
                tuple(BlockKind.HEADING, 1, HEADING),
                tuple(BlockKind.PARAGRAPH, 0, INTRO),
                tuple(BlockKind.HEADING, 2, "Child KA: Child safeguarding practice review"),
                tuple(BlockKind.PARAGRAPH, 0, "Death of a 4-month-old boy in 2024 from a head injury. Child KA is White British."),
                tuple(BlockKind.PARAGRAPH, 0, "LEARNING INCLUDES"),
                tuple(BlockKind.LIST_ITEM, 1, "agencies did not share what they knew about the family"),
                tuple(BlockKind.LIST_ITEM, 1, "the child was not seen alone"),
                tuple(BlockKind.PARAGRAPH, 0, "RECOMMENDATIONS INCLUDE"),
                tuple(BlockKind.LIST_ITEM, 1, "see every child alone at each visit"),
                tuple(BlockKind.PARAGRAPH, 0, "Read the review (PDF)"),
                tuple(BlockKind.HEADING, 2, "Child KB: Serious case review"));
        assertThat(blocks).filteredOn(b -> b.kind() == BlockKind.HEADING).extracting(LayoutBlock::text).containsExactly(
                HEADING, "Child KA: Child safeguarding practice review", "Child KB: Serious case review",
                "Baby KC: Child safeguarding practice review", "Child KD: Serious case review");
        assertThat(blocks).filteredOn(b -> !b.link().isEmpty()).extracting(LayoutBlock::text, LayoutBlock::link)
                .containsExactly(tuple("Read the review (PDF)", "https://example.org/r/1.pdf"),
                        tuple("Read the review (PDF)", "https://example.org/r/2.pdf"),
                        tuple("Read the review (PDF)", "https://example.org/r/3.pdf"),
                        tuple("Read the review (PDF)", "https://example.org/r/4.pdf"));
        assertThat(blocks.get(5).marker()).isEqualTo("\u2022");
        assertThat(blocks.get(blocks.size() - 1).text()).isEqualTo("Case reviews digest, page 1");
    }

    @Test
    void aGridOfLevelCardsTheContentStreamWalksDownEachColumnIsReadColumnByColumn() throws IOException {
        List<LayoutBlock> blocks = read(new CardsPdf(false, CardsPdf.Fill.CARDS, true), "down-columns.pdf")
                .orElseThrow().blocks(Evidence.LAYOUT);

        assertThat(blocks).filteredOn(b -> b.kind() == BlockKind.HEADING).extracting(LayoutBlock::text).containsExactly(
                HEADING, "Child KA: Child safeguarding practice review", "Child KB: Serious case review",
                "Baby KC: Child safeguarding practice review", "Child KD: Serious case review");
        assertThat(blocks).filteredOn(b -> !b.link().isEmpty()).extracting(LayoutBlock::link).containsExactly(
                "https://example.org/r/1.pdf", "https://example.org/r/2.pdf", "https://example.org/r/3.pdf",
                "https://example.org/r/4.pdf");
    }

    @Test
    void aGridWhoseStreamIsNoColumnWalkIsReadInRows() throws IOException {
        // down the columns, but each card's body before its title: no card is read in stream order, so rows decide
        List<LayoutBlock> blocks = read(new CardsPdf(true, CardsPdf.Fill.CARDS, true), "body-first-columns.pdf")
                .orElseThrow().blocks(Evidence.LAYOUT);

        assertThat(blocks).filteredOn(b -> b.kind() == BlockKind.HEADING).extracting(LayoutBlock::text).containsExactly(
                HEADING, "Child KA: Child safeguarding practice review", "Baby KC: Child safeguarding practice review",
                "Child KB: Serious case review", "Child KD: Serious case review");
    }

    @Test
    void cardsTheContentStreamAlreadyReadsInOrderAreLeftToTheTextLayer() throws IOException {
        assertThat(read(new CardsPdf(false, CardsPdf.Fill.CARDS), "in-order.pdf")).isEmpty();
    }

    @Test
    void aPageWithoutFilledBoxesIsNotReadByBoxes() throws IOException {
        assertThat(read(new CardsPdf(true, CardsPdf.Fill.NONE), "no-fills.pdf")).isEmpty();
    }

    @Test
    void boxesHoldingOnlyTitlesAreNotMostOfThePageText() throws IOException {
        assertThat(read(new CardsPdf(true, CardsPdf.Fill.BANDS_ONLY), "bands.pdf")).isEmpty();
    }

    private static final String MAIL_HEADING = "Case reviews by e-mail - June 2026";
    private static final String MAIL_INTRO = "Three case reviews published in June 2026.";

    private List<LayoutBlock> mail(boolean glyphBullets, String name) throws IOException {
        Path file = new LabelColumnPdf(glyphBullets).write(dir.resolve(name), MAIL_HEADING, MAIL_INTRO,
                LabelColumnPdf.threeReviews());
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return BoxReader.read(document, Integer.MAX_VALUE, GlyphCounter.NONE).orElseThrow().blocks(Evidence.LAYOUT);
        }
    }

    @Test
    void aLeftColumnOfLabelsIsReadAsRowsEachLabelWholeBeforeTheTextBesideIt() throws IOException {
        List<LayoutBlock> blocks = mail(true, "labels.pdf");

        assertThat(blocks).extracting(LayoutBlock::kind, LayoutBlock::text).containsSubsequence(
                tuple(BlockKind.HEADING, "Baby MA: Child safeguarding practice review"),
                tuple(BlockKind.LABEL, "Summary"),
                tuple(BlockKind.PARAGRAPH, "Death of a 5-week-old boy in 2024 who was found unresponsive after "
                        + "sleeping on a sofa with his father. Baby MA is White British."),
                tuple(BlockKind.LABEL, "Learning includes:"),
                tuple(BlockKind.LIST_ITEM, "advice on safe sleep was not repeated after the birth"),
                tuple(BlockKind.LIST_ITEM, "the father's shift work was not known to the health visitor"),
                tuple(BlockKind.LABEL, "Recommendations include:"),
                tuple(BlockKind.LIST_ITEM, "repeat safe sleep advice at every contact in the first month"),
                tuple(BlockKind.LIST_ITEM, "ask about who cares for the baby at night"),
                tuple(BlockKind.PARAGRAPH, "Read the review (PDF)"),
                tuple(BlockKind.HEADING, "Child MB: Serious case review"));
        assertThat(blocks).filteredOn(b -> b.kind() == BlockKind.LABEL).extracting(LayoutBlock::text)
                .containsExactly("Summary", "Learning includes:", "Recommendations include:",
                        "Summary", "Learning includes:", "Recommendations include:",
                        "Summary", "Learning includes:", "Recommendations include:");
        assertThat(blocks).filteredOn(b -> b.kind() == BlockKind.LIST_ITEM).hasSize(12);
    }

    @Test
    void theHeadingInABandDrawnOnThePanelIsReadWhereItStandsBeforeThePanelTextUnderIt() throws IOException {
        List<LayoutBlock> blocks = mail(true, "band.pdf");

        assertThat(blocks).extracting(LayoutBlock::kind, LayoutBlock::level, LayoutBlock::text).startsWith(
                tuple(BlockKind.PARAGRAPH, 0, "Having trouble reading this email? View it in your browser"),
                tuple(BlockKind.HEADING, 1, MAIL_HEADING),
                tuple(BlockKind.PARAGRAPH, 0, MAIL_INTRO),
                tuple(BlockKind.HEADING, 2, "Baby MA: Child safeguarding practice review"));
    }

    @Test
    void aLineAfterADrawnDiscIsAListItemThoughTheTextLayerHasNoBullet() throws IOException {
        List<LayoutBlock> blocks = mail(false, "discs.pdf");

        assertThat(blocks).filteredOn(b -> b.kind() == BlockKind.LIST_ITEM).extracting(LayoutBlock::marker,
                LayoutBlock::text).startsWith(
                tuple("\u2022", "advice on safe sleep was not repeated after the birth"),
                tuple("\u2022", "the father's shift work was not known to the health visitor"),
                tuple("\u2022", "repeat safe sleep advice at every contact in the first month"));
        assertThat(blocks).filteredOn(b -> b.kind() == BlockKind.LIST_ITEM).hasSize(12)
                .extracting(LayoutBlock::text).contains(
                        "share worries about bruising with children's social care the same day");
        assertThat(blocks).filteredOn(b -> b.kind() == BlockKind.PARAGRAPH).extracting(LayoutBlock::text)
                .doesNotContain("Summary").filteredOn(t -> t.startsWith("Read the review")).hasSize(3);
    }
}
