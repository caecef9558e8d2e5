package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.junit.jupiter.api.Test;

/**
 * A comparison table with one column per review and one row per section (a browser print of reviews set side by
 * side): the first row names the reviews, the first cell of each row under it is a label. Invented reviews.
 */
class TransposedDigestTableTest {

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
