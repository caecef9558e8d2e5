package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b50, kinds 2 and 3): a digest posted on a social site and copied as text. Titles and labels in
 * Unicode mathematical bold letters (the site has no bold; people paste from a converter), each review opened by a
 * keycap number, points after emoji bullets, the report link after a pointing hand, and the post's tail (hashtags,
 * reaction counts, the action bar) after the last review. Every child, person and place is invented.
 */
class SocialPostDigestTest {
    @TempDir
    Path dir;

    /** The text in mathematical sans-serif bold letters and digits (U+1D5D4...), as a 'bold text' converter writes it. */
    static String bold(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c >= 'A' && c <= 'Z') {
                out.appendCodePoint(0x1D5D4 + c - 'A');
            } else if (c >= 'a' && c <= 'z') {
                out.appendCodePoint(0x1D5EE + c - 'a');
            } else if (c >= '0' && c <= '9') {
                out.appendCodePoint(0x1D7EC + c - '0');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).orElseThrow().items().stream().map(Item::text).toList();
    }

    @Test
    void mathematicalLettersAndDigitsFoldToPlainOnes() {
        assertThat(TextRepair.normaliseCompatibilityCharacters(bold("Child QG: Serious case review 2031")))
                .isEqualTo("Child QG: Serious case review 2031");
        // italic (U+1D44E...) with the letterlike italic h (U+210E) it borrows, and a double-struck capital
        assertThat(TextRepair.normaliseCompatibilityCharacters("\ud835\udc61\u210e\ud835\udc52 \u2115"))
                .isEqualTo("the N");
        // other compatibility characters keep their meaning
        assertThat(TextRepair.normaliseCompatibilityCharacters("\u00bd \u2122 x\u00b2 \u2139")).isEqualTo("\u00bd \u2122 x\u00b2 \u2139");
    }

    @Test
    void aPostWithBoldLettersEmojiBulletsAndATailReadsAsItsReviews() throws Exception {
        Path file = dir.resolve("post.txt");
        Files.writeString(file, "Sam Example \u2022 3rd+\nSafeguarding trainer (invented)\n1w \u2022 \ud83c\udf10\n\n"
                + "\ud83d\udce2 " + bold("Case reviews published in May 2031") + "\n\n"
                + "Two reviews were published in May 2031. Everyone here is invented for testing.\n\n"
                + "1\ufe0f\u20e3 " + bold("Child QH: Child safeguarding practice review") + "\n"
                + "Neglect of a 5-year-old boy in 2030. His mother, aged 27, misused drugs.\n\n"
                + bold("Learning includes:") + "\n"
                + "\ud83d\udd39 the health visitor did not know about the drug use\n"
                + "\ud83d\udd39 the nursery's attendance worries were not shared\n\n"
                + bold("Recommendations include:") + "\n"
                + "\u2705 ask about drug use at every health visit\n"
                + "\u2714\ufe0f share nursery attendance with social care\n\n"
                + "\ud83d\udc49 Read practice review (PDF): https://example.org/qh\n\n"
                + "2\ufe0f\u20e3 " + bold("Child QJ: Serious case review") + "\n"
                + "Serious harm to a 14-year-old girl in 2029.\n\n"
                + bold("Learning includes:") + "\n"
                + "\ud83d\udd38 her missing episodes were not linked\n\n"
                + bold("Good practice:") + "\n"
                + "\ud83c\udf1f the school nurse who listened to her\n\n"
                + "\ud83d\udc49 Read overview report (PDF): https://example.org/qj\n\n"
                + "What do you take from these? \u267b\ufe0f Repost to share.\n\n"
                + "#safeguarding #casereviews #learning\n\u2026see more\n\n"
                + "\ud83d\udc4d\u2764\ufe0f 23\n4 comments \u2022 2 reposts\n\nLike\nComment\nRepost\nSend\n");

        List<DigestEntry> entries = new DigestParser().parse(new DocumentTextExtractor().extract(file).text()).entries();

        assertThat(entries).extracting(DigestEntry::title).containsExactly(
                "Child QH: Child safeguarding practice review", "Child QJ: Serious case review");
        assertThat(items(entries.get(0), SectionType.LEARNING)).containsExactly(
                "the health visitor did not know about the drug use", "the nursery's attendance worries were not shared");
        assertThat(items(entries.get(0), SectionType.RECOMMENDATIONS)).containsExactly(
                "ask about drug use at every health visit", "share nursery attendance with social care");
        assertThat(entries.get(0).linkTarget()).isEqualTo("https://example.org/qh");
        assertThat(items(entries.get(1), SectionType.LEARNING)).containsExactly("her missing episodes were not linked");
        assertThat(items(entries.get(1), SectionType.GOOD_PRACTICE)).containsExactly("the school nurse who listened to her");
        assertThat(entries.get(1).linkTarget()).isEqualTo("https://example.org/qj");
    }
}
