package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b34, kind 4): a two-column page as {@code pdftotext -layout} writes it, both columns on one text
 * line kept apart by a gutter of spaces, is read left column first, then right; plain text whose lines only now and
 * then hold two spaces is not. Invented digests: their children and places do not exist.
 */
class PlainTextColumnsTest {
    private static final int RIGHT = 38;

    @TempDir
    Path dir;

    /** A text line holding a left-column line and a right-column line (either may be empty). */
    private static String row(String left, String right) {
        return right.isEmpty() ? left : left + " ".repeat(RIGHT - left.length()) + right;
    }

    private static String twoColumnDigest() {
        List<String> page1 = List.of(
                "Case reviews – August 2030",
                "",
                "In August 2030 two case reviews were published. Every child, family",
                "and place in them is invented.",
                "",
                row("Child KD: Serious case review", "happened. Child LE is of Polish"),
                row("Neglect of a 6-year-old boy in", ""),
                row("", "heritage."),
                row("2029 whose father drank heavily.", ""),
                row("", "Learning includes:"),
                row("Learning includes:", ""),
                row("", "• the school nurse knew of the"),
                row("• the family's debts were not", ""),
                row("", "  bruising but did not refer"),
                row("  known to the health visitor", "Recommendations include:"),
                row("• the boy's hunger at school", ""),
                row("  was not shared", ""),
                row("Read the review (PDF)", ""),
                row("Child LE: Rapid review", ""),
                row("Physical abuse of a 3-year-old", ""),
                row("girl in 2029 before the move", ""),
                row("to a new area where nothing", ""),
                "",
                "",
                " ".repeat(60) + "Page 1");
        List<String> page2 = List.of(
                "Case reviews – August 2030",
                "",
                row("• share records when a family", "• ask about debt at every"),
                row("  moves", "  visit"),
                row("", "Read the review (PDF)"),
                "",
                " ".repeat(60) + "Page 2");
        return String.join("\n", page1) + "\f" + String.join("\n", page2) + "\f";
    }

    @Test
    void theLeftColumnOfAPageIsReadBeforeItsRightColumn() throws Exception {
        String text = FormFeedPages.withoutFurniture(twoColumnDigest());

        assertThat(text).contains("Neglect of a 6-year-old boy in\n2029 whose father drank heavily.\n")
                .contains("• the family's debts were not\n  known to the health visitor\n• the boy's hunger at school\n")
                .contains("to a new area where nothing\nhappened. Child LE is of Polish\nheritage.\nLearning includes:\n"
                        + "• the school nurse knew of the\n  bruising but did not refer\nRecommendations include:\n")
                .contains("• share records when a family\n  moves\n• ask about debt at every\n  visit\n"
                        + "Read the review (PDF)\n");
    }

    @Test
    void eachReviewIsReadWhole() throws Exception {
        Path file = dir.resolve("reviews-2030-08.txt");
        Files.writeString(file, twoColumnDigest(), StandardCharsets.UTF_8);
        ParsedDigest digest = new DigestParser().parse(new DocumentTextExtractor().extract(file).text());

        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child KD", "Child LE");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).isEqualTo("Neglect of a 6-year-old boy in 2029 whose father drank heavily.");
        assertThat(first.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text).containsExactly(
                "the family's debts were not known to the health visitor", "the boy's hunger at school was not shared");
        DigestEntry second = digest.entries().get(1);
        assertThat(second.summary()).startsWith("Physical abuse of a 3-year-old girl in 2029 before the move")
                .endsWith("Child LE is of Polish heritage.");
        assertThat(second.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("the school nurse knew of the bruising but did not refer");
        assertThat(second.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).extracting(Item::text)
                .containsExactly("share records when a family moves", "ask about debt at every visit");
    }

    /**
     * b64: one page, no running head, and lists whose bullets the text lost (pdftotext gives none for a drawn disc):
     * the items stand a few columns in from each column's edge, so fewer than three in four right-hand lines start at
     * its edge; they start at the edge or at one indent.
     */
    private static String onePageWithUnmarkedItems() {
        List<String> page = List.of(
                "Practice Learning Newsletter - Case reviews published in May 2031",
                "",
                "Two case reviews were published in May 2031. Every child, family and place in them is invented.",
                "",
                row("Child RA: Child safeguarding", "Child SB: Child safeguarding"),
                row("practice review", "practice review"),
                row("", "Death of a 15-year-old boy in"),
                row("Serious harm to a 4-year-old", "2030 by suicide."),
                row("girl in 2030 from burns.", ""),
                row("", "Learning includes:"),
                row("Learning includes:", "    the waiting list was long"),
                row("   the burns were not seen", "    his school was not told"),
                row("   no one asked about heating", "    his GP was not told"),
                row("", "Recommendations include:"),
                row("Recommendations include:", "    review waiting lists weekly"),
                row("   see every room of the home", "    tell schools the same day"),
                row("   ask about heating", "Read the review (PDF)"),
                row("Read the review (PDF)", ""));
        return String.join("\n", page) + "\n\f";
    }

    @Test
    void columnsWhoseItemsLostTheirMarkersAreReadOneAfterTheOther() throws Exception {
        String text = FormFeedPages.withoutFurniture(onePageWithUnmarkedItems());

        assertThat(text).contains("Serious harm to a 4-year-old\ngirl in 2030 from burns.\n")
                .contains("   ask about heating\nRead the review (PDF)\nChild SB: Child safeguarding\npractice review\n")
                .contains("Death of a 15-year-old boy in\n2030 by suicide.\n")
                .contains("    the waiting list was long\n    his school was not told\n    his GP was not told\n");
        Path file = dir.resolve("newsletter-2031-05.txt");
        Files.writeString(file, onePageWithUnmarkedItems(), StandardCharsets.UTF_8);
        ParsedDigest digest = new DigestParser().parse(new DocumentTextExtractor().extract(file).text());
        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child RA", "Child SB");
        assertThat(digest.entries()).extracting(DigestEntry::summary).containsExactly(
                "Serious harm to a 4-year-old girl in 2030 from burns.", "Death of a 15-year-old boy in 2030 by suicide.");
    }

    @Test
    void textWithOnlyOccasionalDoubleSpacesIsUnchanged() {
        List<String> lines = new ArrayList<>(List.of(
                "Child PM: Serious case review",
                "Neglect of a 2-year-old girl in 2029.  Her mother had depression and",
                "the family moved four times.  The girl was not registered with a GP.",
                "Learning includes:",
                "  - seeing the home  and the child",
                "  - asking who lives in the home",
                "Recommendations include:",
                "  - register every child who moves  into the area",
                "  - share records",
                "Read the review of Child PM"));
        String page = String.join("\n", lines);
        String text = page + "\f" + page.replace("PM", "PN") + "\f";

        assertThat(FormFeedPages.withoutFurniture(text)).isEqualTo(page + "\n" + page.replace("PM", "PN") + "\n");
    }
}
