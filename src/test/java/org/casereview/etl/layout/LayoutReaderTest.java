package org.casereview.etl.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layout model read from PDFs written here: tagged, with only an outline, and with neither. */
class LayoutReaderTest {

    @TempDir
    Path dir;

    @Test
    void aTaggedPageGivesTypedBlocksFromTheStructureTree() throws IOException {
        Path pdf;
        try (TaggedPdfWriter w = new TaggedPdfWriter(true, false)) {
            pdf = w.newPage()
                    .heading("Heading1", "Learning from the review")
                    .paragraph("Standard", "The review found three lessons", "for every agency.")
                    .heading("H2", "What went well")
                    .list("1.", "Share information early.", "See the child alone.")
                    .table(List.of(List.of("Ref", "Recommendation"), List.of("R1", "Train staff on neglect.")))
                    .artifactFooter("Page 1 of 1")
                    .save(dir.resolve("tagged.pdf"));
        }
        LayoutDocument layout = read(pdf);

        assertThat(layout.tagged()).isTrue();
        PageLayout page = layout.pages().get(0);
        assertThat(page.evidence()).isEqualTo(Evidence.TAGS);
        assertThat(page.coverage()).isEqualTo(1.0);
        assertThat(page.blocks()).extracting(LayoutBlock::kind, LayoutBlock::level, LayoutBlock::marker, LayoutBlock::text)
                .containsExactly(
                        tuple(BlockKind.HEADING, 1, "", "Learning from the review"),
                        tuple(BlockKind.PARAGRAPH, 0, "", "The review found three lessons for every agency."),
                        tuple(BlockKind.HEADING, 2, "", "What went well"),
                        tuple(BlockKind.LIST_ITEM, 1, "1.", "Share information early."),
                        tuple(BlockKind.LIST_ITEM, 1, "1.", "See the child alone."),
                        tuple(BlockKind.TABLE, 0, "", "Ref Recommendation R1 Train staff on neglect."));
        LayoutBlock table = page.blocks().get(5);
        assertThat(table.rows()).containsExactly(List.of("Ref", "Recommendation"), List.of("R1", "Train staff on neglect."));
        assertThat(table.headerRows()).isEqualTo(1);
        LayoutBlock heading = page.blocks().get(0);
        assertThat(heading.bold()).isTrue();
        assertThat(heading.fontSize()).isEqualTo(16f);
        assertThat(heading.top()).isBetween(40f, 70f);
        assertThat(page.blocks().get(1).bold()).isFalse();
        assertThat(layout.taggedHeadings()).extracting(LayoutBlock::text)
                .containsExactly("Learning from the review", "What went well");
    }

    @Test
    void aBulletPrintedInsideAnItemBodyWithoutLblIsItsMarker() throws IOException {
        Path pdf;
        try (TaggedPdfWriter w = new TaggedPdfWriter(true, false)) {
            pdf = w.newPage()
                    .heading("H2", "Learning")
                    .listWithBulletInBody("\u2022", "the school was not told", "- no one asked the child")
                    .listWithBulletInBody("-", "a dash bullet")
                    .list("1.", "an item with its own label")
                    .save(dir.resolve("bullet-in-body.pdf"));
        }
        List<LayoutBlock> blocks = read(pdf).pages().get(0).blocks();

        assertThat(blocks).extracting(LayoutBlock::kind, LayoutBlock::marker, LayoutBlock::text).containsExactly(
                tuple(BlockKind.HEADING, "", "Learning"),
                tuple(BlockKind.LIST_ITEM, "\u2022", "the school was not told"),
                tuple(BlockKind.LIST_ITEM, "\u2022", "- no one asked the child"),
                tuple(BlockKind.LIST_ITEM, "-", "a dash bullet"),
                tuple(BlockKind.LIST_ITEM, "1.", "an item with its own label"));
        assertThat(blocks.get(1).x()).isEqualTo(72f);
    }

    @Test
    void aTaggedBlockUnderALinkAnnotationCarriesItsUri() throws IOException {
        Path pdf;
        try (TaggedPdfWriter w = new TaggedPdfWriter(true, false)) {
            pdf = w.newPage()
                    .heading("H2", "Child VA: Child safeguarding practice review")
                    .paragraph("P", "Death of a baby in 2024.")
                    .linkParagraph("Read practice review (PDF)", "https://example.org/media/7401/review.pdf")
                    .save(dir.resolve("linked.pdf"));
        }
        List<LayoutBlock> blocks = read(pdf).pages().get(0).blocks();

        assertThat(blocks).extracting(LayoutBlock::text, LayoutBlock::link).containsExactly(
                tuple("Child VA: Child safeguarding practice review", ""),
                tuple("Death of a baby in 2024.", ""),
                tuple("Read practice review (PDF)", "https://example.org/media/7401/review.pdf"));
    }

    @Test
    void aTaggedPageWhoseTreeMissesMostOfItsTextFallsBack() throws IOException {
        Path pdf;
        try (TaggedPdfWriter w = new TaggedPdfWriter(true, false)) {
            w.newPage().heading("H1", "Introduction");
            for (int i = 0; i < 5; i++) {
                w.untaggedLine("An untagged line of body text that the structure tree never names.");
            }
            pdf = w.save(dir.resolve("partly-tagged.pdf"));
        }
        PageLayout page = read(pdf).pages().get(0);

        assertThat(page.coverage()).isLessThan(LayoutReader.MIN_COVERAGE).isGreaterThan(0.0);
        assertThat(page.evidence()).isEqualTo(Evidence.LAYOUT);
        assertThat(page.blocks()).isEmpty();
    }

    @Test
    void aTreeOfLinksOnlyOverBodyTextMarkedAsArtifactsFallsBack() throws IOException {
        Path pdf;
        try (TaggedPdfWriter w = new TaggedPdfWriter(true, false)) {
            w.newPage().artifactLine("Monthly briefing on practice reviews").artifactFooter("Page 1 of 1");
            for (int i = 0; i < 6; i++) {
                w.artifactLine("Body text a link-only tagger marked as an artifact, outside the tree.");
            }
            w.linkParagraph("Read the briefing (PDF)", "https://example.org/briefing.pdf");
            pdf = w.save(dir.resolve("links-only.pdf"));
        }
        PageLayout page = read(pdf).pages().get(0);

        assertThat(page.coverage()).isLessThan(0.2);
        assertThat(page.evidence()).isEqualTo(Evidence.LAYOUT);
        assertThat(page.blocks()).isEmpty();
    }

    @Test
    void leaderDotsAndRunningFeetMarkedAsArtifactsLeaveATreeCovering() throws IOException {
        Path pdf;
        try (TaggedPdfWriter w = new TaggedPdfWriter(true, false)) {
            w.newPage().heading("H1", "Contents").artifactFooter("Quarterly briefing, page 1 of 3");
            w.paragraph("P", "Child AB: serious case review");
            w.artifactLine(".".repeat(120));
            w.paragraph("P", "Child CD: local child safeguarding practice review");
            pdf = w.save(dir.resolve("leaders.pdf"));
        }
        PageLayout page = read(pdf).pages().get(0);

        assertThat(page.coverage()).isEqualTo(1.0);
        assertThat(page.evidence()).isEqualTo(Evidence.TAGS);
    }

    @Test
    void anUntaggedFileWithAnOutlineGivesItsHeadingsPerPage() throws IOException {
        Path pdf;
        try (TaggedPdfWriter w = new TaggedPdfWriter(false, true)) {
            w.newPage().heading("H1", "Introduction").paragraph("P", "Body text.");
            pdf = w.newPage().paragraph("P", "More body text.").newPage().heading("H1", "Recommendations")
                    .save(dir.resolve("outline.pdf"));
        }
        LayoutDocument layout = read(pdf);

        assertThat(layout.tagged()).isFalse();
        assertThat(layout.pages()).extracting(PageLayout::page, PageLayout::evidence)
                .containsExactly(tuple(1, Evidence.OUTLINE), tuple(2, Evidence.LAYOUT), tuple(3, Evidence.OUTLINE));
        assertThat(layout.blocks(Evidence.OUTLINE)).extracting(LayoutBlock::kind, LayoutBlock::level, LayoutBlock::text,
                LayoutBlock::page).containsExactly(tuple(BlockKind.HEADING, 1, "Introduction", 1),
                tuple(BlockKind.HEADING, 1, "Recommendations", 3));
    }

    @Test
    void aFileWithNeitherTagsNorOutlineLeavesEveryPageToLayoutAnalysis() throws IOException {
        Path pdf;
        try (TaggedPdfWriter w = new TaggedPdfWriter(false, false)) {
            pdf = w.newPage().heading("H1", "Introduction").paragraph("P", "Body text.").save(dir.resolve("plain.pdf"));
        }
        LayoutDocument layout = read(pdf);

        assertThat(layout.tagged()).isFalse();
        assertThat(layout.pages()).singleElement().satisfies(p -> {
            assertThat(p.evidence()).isEqualTo(Evidence.LAYOUT);
            assertThat(p.coverage()).isZero();
            assertThat(p.blocks()).isEmpty();
        });
    }

    private static LayoutDocument read(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return LayoutReader.read(document);
        }
    }
}
