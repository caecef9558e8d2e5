package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b62, kind 3): nroff's output for a terminal or line printer (groff {@code -Tascii -P-c}, {@code man}
 * piped to a file) marks bold as 'X\bX', underline as '_\bX' and its bullet as 'o' struck with '+'. The backspaces were
 * stripped as control characters and both letters kept: titles read 'CChhiilldd ...', labels '__LL__ee...', and the
 * '+o' items were no items. Invented digest.
 */
class OverstruckTextDigestTest {

    @TempDir
    Path dir;

    @Test
    void overstruckBoldUnderlineAndBulletsReadAsATerminalShowsThem() throws Exception {
        String text = String.join("\n",
                bold("Case reviews published in July 2036"),
                "",
                "Two  reviews  were  published  in  July  2036.  Every child and",
                "place here is invented for testing.",
                "",
                bold("Child QT: Child safeguarding practice review"),
                "",
                "Death  of  a  2-year-old boy in 2035 who drowned in a paddling",
                "pool. Child QT is White British.",
                "",
                underline("Learning includes:"),
                "",
                "+\bo  records from the family's previous area were not received",
                "",
                "o\b+  the family's needs were not assessed after the move",
                "",
                bold("Child RT: Serious case review"),
                "",
                "Serious harm to a 13-year-old girl in 2034. Child RT is White",
                "British.",
                "",
                "_\bL_\be_\ba_\br_\bn_\bi_\bn_\bg_\b \b_i_\bn_\bc_\bl_\bu_\bd_\be_\bs_\b:",
                "",
                "+\bo  her exclusion from school left her unsupervised",
                "");
        Path file = dir.resolve("nroff-digest-2036-07.txt");
        Files.writeString(file, text, StandardCharsets.US_ASCII);

        String read = new DocumentTextExtractor().extract(file).text();
        assertThat(read).contains("Child QT: Child safeguarding practice review", "Learning includes:").doesNotContain("\b");
        List<DigestEntry> entries = new DigestParser().parse(read).entries();
        assertThat(entries).extracting(DigestEntry::title)
                .containsExactly("Child QT: Child safeguarding practice review", "Child RT: Serious case review");
        assertThat(learning(entries.get(0))).containsExactly("records from the family's previous area were not received",
                "the family's needs were not assessed after the move");
        assertThat(learning(entries.get(1))).containsExactly("her exclusion from school left her unsupervised");
    }

    @Test
    void eachStruckPairIsOneCharacter() {
        assertThat(OverstruckText.resolve("B\bBo\bol\bld\bd and _\bu_\bn_\bd and x\b_ and +\bo and a\bb"))
                .isEqualTo("Bold and und and x and \u2022 and b");
        assertThat(OverstruckText.resolve("_\bB\bB")).isEqualTo("B"); // bold and underlined
        assertThat(OverstruckText.resolve("\bstart, end\b\nnext")).isEqualTo("\bstart, end\b\nnext"); // nothing struck
        assertThat(OverstruckText.resolve("no backspace")).isEqualTo("no backspace");
    }

    private static String bold(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c == ' ' ? " " : c + "\b" + c);
        }
        return out.toString();
    }

    private static String underline(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c == ' ' ? " " : "_\b" + c);
        }
        return out.toString();
    }

    private static List<String> learning(DigestEntry entry) {
        return entry.section(SectionType.LEARNING).orElseThrow().items().stream().map(Item::text).toList();
    }
}
