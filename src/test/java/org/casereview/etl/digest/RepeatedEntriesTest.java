package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 (digests b66, kind 4): a responsive page writes every review twice, once in a mobile accordion (labels bold
 * lines) and once in desktop cards (labels headings), one of the two hidden by an external style sheet. Both copies
 * were read: 8 entries for 4. Names invented.
 */
class RepeatedEntriesTest {

    private static String review(String title, String summary, String label, String item) {
        return "## " + title + "\n\n" + summary + "\n\n" + label + "\n\n- " + item + "\n\n"
                + "[Read practice review (PDF)](https://example.org/" + title.substring(6, 8) + ".pdf)\n\n";
    }

    @Test
    void aReviewWrittenAgainWordForWordIsReadOnce() {
        String mobile = review("Child WW: Child safeguarding practice review", "Death of a 2-year-old boy in 2031.",
                "**Learning includes:**", "the pond was not fenced")
                + review("Child WX: Serious case review", "Neglect of a 7-year-old girl in 2030.",
                "**Learning includes:**", "her absences were not followed up");
        String desktop = mobile.replace("**Learning includes:**", "### Learning includes:");
        String text = "# Case reviews published in June 2032\n\nTwo reviews were published.\n\n" + mobile + desktop;

        List<DigestEntry> entries = new DigestParser().parse(text, false).entries();
        assertThat(entries).extracting(DigestEntry::title)
                .containsExactly("Child WW: Child safeguarding practice review", "Child WX: Serious case review");
        assertThat(learning(entries.get(1))).containsExactly("her absences were not followed up");
        assertThat(new DigestParser().parse(text, true).entries()).hasSize(4); // printed twice, read twice
    }

    @Test
    void reviewsThatDifferInAWordAreBothKept() {
        String text = "# Case reviews published in June 2032\n\n"
                + review("Child WY: Child safeguarding practice review", "Death of a 2-year-old boy in 2031.",
                "**Learning includes:**", "the pond was not fenced")
                + review("Child WY: Child safeguarding practice review", "Death of a 3-year-old boy in 2031.",
                "**Learning includes:**", "the pond was not fenced");

        assertThat(new DigestParser().parse(text, false).entries()).hasSize(2);
    }

    private static List<String> learning(DigestEntry entry) {
        return entry.section(SectionType.LEARNING).orElseThrow().items().stream().map(Item::text).toList();
    }
}
