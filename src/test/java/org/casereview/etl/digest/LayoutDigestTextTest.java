package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.layout.OutlineReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF digests read through the layout model, from tagged PDFs written here. */
public class LayoutDigestTextTest {

    @TempDir
    Path dir;

    public static Path tableDigest(Path file) throws IOException {
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            return pdf.newPage()
                    .heading(1, "NSPCC Repository - May 2026")
                    .paragraph("Case reviews published in May 2026, one row per review.")
                    .table(List.of(
                            List.of(List.of("Review"), List.of("Summary"), List.of("Learning"), List.of("Recommendations")),
                            List.of(List.of("Child AB: Child safeguarding practice review", "Read practice review (PDF)"),
                                    List.of("Death of a 3-month-old boy in 2025.", "Child AB is White British."),
                                    List.of("the health visitor did not see the baby", "the father was not asked about his history"),
                                    List.of("see every baby at each health visit")),
                            List.of(List.of("Child AC: Serious case review", "Read overview report (PDF)"),
                                    List.of("Neglect of a 6-year-old girl in 2019."),
                                    List.of("missed school days were not followed up"),
                                    List.of("follow up every absence", "share attendance with social care"))))
                    .paragraph("1 https://learning.example.org/media/1/child-ab.pdf 2 https://learning.example.org/media/2/child-ac.pdf")
                    .save(file);
        }
    }

    private static Optional<String> text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return LayoutDigestText.read(document, Integer.MAX_VALUE);
        }
    }

    @Test
    void aTableWhoseHeaderNamesLabelsGivesOneEntryPerRow() throws IOException {
        String text = text(tableDigest(dir.resolve("table.pdf"))).orElseThrow();

        assertThat(text).contains("## Child AB: Child safeguarding practice review\n\nDeath of a 3-month-old boy in 2025. "
                + "Child AB is White British.\n\nLearning:\n- the health visitor did not see the baby\n"
                + "- the father was not asked about his history\n\nRecommendations:\n- see every baby at each health visit\n\n"
                + "Read practice review (PDF)");
        assertThat(text).doesNotContain("https://").doesNotContain("Review Summary");

        ParsedDigest digest = new DigestParser().parse(text);
        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child AB: Child safeguarding practice review", "Child AC: Serious case review");
        DigestEntry second = digest.entries().get(1);
        assertThat(second.sections()).filteredOn(s -> s.type().hasItems()).extracting(org.casereview.etl.document.Section::type, s -> s.items().size())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SectionType.LEARNING, 1),
                        org.assertj.core.groups.Tuple.tuple(SectionType.RECOMMENDATIONS, 2));
        assertThat(second.linkText()).isEqualTo("Read overview report (PDF)");
    }

    @Test
    void aTableWhoseHeaderNamesNoLabelIsLeftAsItsCells() throws IOException {
        Path file;
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            file = pdf.newPage().heading(1, "Action plan")
                    .table(List.of(List.of(List.of("Ref"), List.of("Action")), List.of(List.of("A1"), List.of("Train staff"))))
                    .save(dir.resolve("plan.pdf"));
        }
        assertThat(text(file).orElseThrow()).contains("# Action plan\n\nRef\n\nAction\n\nA1\n\nTrain staff");
    }

    @Test
    void headingsListsAndARunningHeadAreReadAsBlocks() throws IOException {
        Path file;
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            file = pdf.newPage().paragraph("Case Review Bulletin - page 1").heading(1, "Case Review Bulletin")
                    .heading(2, "Child AD: Child safeguarding practice review").paragraph("Learning includes:")
                    .list("the school was not told", "the GP was not told")
                    .newPage().paragraph("Case Review Bulletin - page 2").paragraph("Read practice review (PDF)")
                    .save(dir.resolve("bulletin.pdf"));
        }
        assertThat(text(file).orElseThrow()).contains("# Case Review Bulletin\n\n## Child AD: Child safeguarding practice review\n\n"
                + "Learning includes:\n\n- the school was not told\n- the GP was not told\n\nRead practice review (PDF)")
                .doesNotContain("page 1").doesNotContain("page 2");
    }

    @Test
    void aRunningHeadTaggedInsideTheTextIsFurnitureByItsPlaceAtTheTopOfThePages() throws IOException {
        Path file;
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            file = pdf.newPage().heading(1, "Partnership reviews - spring 2026")
                    .heading(2, "Child KQ: Child safeguarding practice review")
                    .paragraph("A 6-year-old girl was neglected at home in 2024.")
                    .paragraph("Good practice identified includes:")
                    .paragraphAt("Learning from local reviews", 72, 20).paragraphAt("1", 500, 820)
                    .newPage().list("the school nurse visited the home after every absence")
                    .paragraph("Read practice review (PDF)")
                    .paragraphAt("Learning from local reviews", 72, 20).paragraphAt("2", 500, 820)
                    .save(dir.resolve("margin-boxes.pdf"));
        }
        String text = text(file).orElseThrow();

        assertThat(text).doesNotContain("Learning from local reviews")
                .contains("Good practice identified includes:\n\n- the school nurse visited the home after every absence");
        DigestEntry entry = new DigestParser().parse(text).entries().get(0);
        assertThat(entry.sections()).filteredOn(s -> s.type() == SectionType.GOOD_PRACTICE)
                .flatExtracting(org.casereview.etl.document.Section::items).extracting(org.casereview.etl.document.Item::text)
                .containsExactly("the school nurse visited the home after every absence");
    }

    @Test
    void aHeadRepeatingTheTitleOfTheReviewEachPageIsInIsFurniture() throws IOException {
        Path file;
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            file = pdf.newPage().paragraphAt("Learning from local reviews", 72, 20)
                    .paragraphAt("Child KQ: Child safeguarding practice review", 330, 20)
                    .heading(1, "Partnership reviews - spring 2026")
                    .heading(2, "Child KQ: Child safeguarding practice review")
                    .paragraph("A 6-year-old girl was neglected at home in 2024.")
                    .heading(2, "Child LQ: Serious case review")
                    .paragraph("A baby boy aged 3 months was injured in 2023.")
                    .paragraph("Learning includes:")
                    .newPage().paragraphAt("Learning from local reviews", 72, 20)
                    .paragraphAt("Child LQ: Serious case review", 330, 20)
                    .list("the father's history was not checked")
                    .paragraph("Read overview report (PDF)")
                    .save(dir.resolve("titled-heads.pdf"));
        }
        String text = text(file).orElseThrow();

        assertThat(text).doesNotContain("Learning from local reviews")
                .contains("Learning includes:\n\n- the father's history was not checked");
        assertThat(new DigestParser().parse(text).entries()).extracting(DigestEntry::title)
                .containsExactly("Child KQ: Child safeguarding practice review", "Child LQ: Serious case review");
    }

    @Test
    void aLineAtTheTopOfOnePageOnlyStays() throws IOException {
        Path file;
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            file = pdf.newPage().heading(1, "Partnership reviews - spring 2026").paragraph("Learning includes:")
                    .paragraphAt("Learning from local reviews", 72, 20)
                    .newPage().list("the school nurse visited the home after every absence")
                    .paragraphAt("Read about the partnership", 72, 20)
                    .save(dir.resolve("one-head.pdf"));
        }
        assertThat(text(file).orElseThrow()).contains("Learning from local reviews").contains("Read about the partnership");
    }

    @Test
    void anUntaggedPdfIsLeftToTheTextLayer() throws IOException {
        Path file = dir.resolve("plain.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                stream.newLineAtOffset(72, 700);
                stream.showText("Child AE: Child safeguarding practice review");
                stream.endText();
            }
            document.save(file.toFile());
        }
        assertThat(text(file)).isEmpty();
    }

    @Test
    void printedUrlsAreOnlyUrlsNoteNumbersAndWrappedPieces() {
        assertThat(DigestFurniture.printedUrls("1 https://a.example/x/young-people- 2025.pdf 2 www.b.example/y.pdf")).isTrue();
        assertThat(DigestFurniture.printedUrls("Read the review at https://a.example/x.pdf")).isFalse();
        assertThat(DigestFurniture.printedUrls("12")).isFalse();
    }

    @Test
    void theOutlinesTitlesBecomeHeadingsAndTheLineUnderOneIsBody() {
        String text = "Child AF: thematic child safeguarding\npractice review\nReview of four children groomed online by adults in\n"
                + "2024. Two were abused.\n\nLearning includes:\n- parents did not know how to report";
        String marked = LayoutDigestText.withOutlineHeadings(text, List.of(
                new OutlineReader.Entry("Child AF: thematic child safeguarding practice review", 1, 2),
                new OutlineReader.Entry("A title printed nowhere", 1, 2)));

        assertThat(marked).isEqualTo("\n## Child AF: thematic child safeguarding practice review\n\n"
                + "Review of four children groomed online by adults in 2024. Two were abused.\n\n"
                + "Learning includes:\n- parents did not know how to report");
    }
}
