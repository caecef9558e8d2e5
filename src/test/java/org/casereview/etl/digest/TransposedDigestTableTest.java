package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comparison table with one column per review and one row per section (a browser print of reviews set side by
 * side): the first row names the reviews, the first cell of each row under it is a label. Invented reviews.
 */
class TransposedDigestTableTest {

    @TempDir
    Path dir;

    /**
     * A tagged transposed table whose "good practice" row has a cell under the second review only: the browser leaves
     * the first review's empty cell out of the structure tree, and the one cell stays under the review it stands under.
     */
    @Test
    void aRowsOneCellStaysUnderItsReviewWhenTheEmptyCellIsNotTagged() throws IOException {
        Path file = dir.resolve("transposed.pdf");
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            pdf.newPage()
                    .heading(1, "Reviews compared - June 2026")
                    .table(List.of(
                            List.of(List.of("Review"), List.of("Child XQ: Learning review"),
                                    List.of("Child YQ: Serious case review")),
                            List.of(List.of("Summary"), List.of("Neglect of a 3-year-old girl in 2024."),
                                    List.of("Death of a 2-month-old boy in 2023.")),
                            List.of(List.of("Learning includes:"), List.of("the nursery did not ask about bruises"),
                                    List.of("the midwife did not see the father")),
                            Arrays.asList(List.of("Identifies good practice including:"), null,
                                    List.of("a paramedic who asked about the baby's sleep")),
                            List.of(List.of("Full review"), List.of("Read learning review (PDF)"),
                                    List.of("Read serious case review (PDF)"))))
                    .save(file);
        }
        String text;
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            text = LayoutDigestText.read(document, Integer.MAX_VALUE).orElseThrow();
        }
        ParsedDigest digest = new DigestParser().parse(text);

        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child XQ: Learning review", "Child YQ: Serious case review");
        assertThat(digest.entries().get(0).sections()).noneMatch(s -> s.type() == SectionType.GOOD_PRACTICE);
        assertThat(digest.entries().get(1).sections()).filteredOn(s -> s.type() == SectionType.GOOD_PRACTICE)
                .flatExtracting(s -> s.items()).extracting(Item::text)
                .containsExactly("a paramedic who asked about the baby's sleep");
    }

    @Test
    void eachColumnIsOneReview() {
        List<List<String>> rows = List.of(
                List.of("Review", "Child WQ: Child safeguarding practice review", "Child WR: Learning review"),
                List.of("Summary", "Neglect of a 5-year-old boy in 2024 who was often hungry. Child WQ is White British.",
                        "Emotional abuse of a 14-year-old girl in 2023 whose parents fought over contact."),
                List.of("Learning includes:", "the nursery did not share its worries\nthe GP did not see the home",
                        "the court did not hear from Child WR"),
                List.of("Recommendations include:", "visit the home after every missed appointment",
                        "give children in contact disputes a worker of their own\ncheck in with the school"),
                List.of("Full review", "Read practice review (PDF)", "Read learning review (PDF)"));

        String text = DigestTable.entries(rows, 1).orElseThrow();
        ParsedDigest digest = new DigestParser().parse(text);

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child WQ: Child safeguarding practice review", "Child WR: Learning review");
        assertThat(items(digest.entries().get(0))).containsExactly("the nursery did not share its worries",
                "the GP did not see the home", "visit the home after every missed appointment");
        assertThat(items(digest.entries().get(1))).containsExactly("the court did not hear from Child WR",
                "give children in contact disputes a worker of their own", "check in with the school");
        assertThat(text).contains("Emotional abuse of a 14-year-old girl").doesNotContain("Review\n");
    }

    @Test
    void aTableOneReviewARowIsNotTransposed() {
        List<List<String>> rows = List.of(
                List.of("Review", "Summary", "Learning includes"),
                List.of("Child WS: Serious case review", "Death of a baby in 2022.", "the father was not seen"),
                List.of("Child WT: Serious case review", "Neglect of a boy in 2021.", "the school did not refer"));

        String text = DigestTable.entries(rows, 1).orElseThrow();

        assertThat(new DigestParser().parse(text).entries()).extracting(DigestEntry::title)
                .containsExactly("Child WS: Serious case review", "Child WT: Serious case review");
    }

    private static List<String> items(DigestEntry entry) {
        return entry.sections().stream().flatMap(s -> s.items().stream()).map(Item::text).toList();
    }
}
