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
 * Issue 9 (digests b66, kind 2): groff's terminal output ({@code groff -ms -Tutf8}, grotty's default) marks bold with the
 * ANSI SGR sequences 'ESC[1m' ... 'ESC[0m' and italics with 'ESC[4m' ... 'ESC[24m'. The ESC was dropped as a control
 * character and the rest kept: titles read '[1mChild ...[0m', labels '[4mLearning[24m ...', and the file had no entry.
 * Invented digest.
 */
class TerminalEscapesDigestTest {
    private static final String ESC = "\u001b";

    @TempDir
    Path dir;

    @Test
    void sgrBoldAndUnderlineAreTakenOutWhole() throws Exception {
        String text = String.join("\n",
                "          " + bold("Case reviews published in March 2037"),
                "",
                "Two reviews were published in March 2037. Every child and",
                "place here is invented for testing.",
                "",
                bold("Child QV: Child safeguarding practice review"),
                "",
                "Death  of  a  3\u2010year\u2010old boy in 2036 who drowned in a garden",
                "pond. Child QV is White British.",
                "",
                underline("Learning includes:"),
                "",
                "\u2022  records from the family\u2019s previous area were not  re\u2010",
                "   ceived",
                "",
                "\u2022  the pond was not covered",
                "",
                ESC + "[1;31m" + "Child RV: Serious case review" + ESC + "[0m",
                "",
                "Serious harm to a 13\u2010year\u2010old girl in 2035. Child RV is White",
                "British.",
                "",
                underline("Learning includes:"),
                "",
                "\u2022  her exclusion from school left her unsupervised",
                "");
        Path file = dir.resolve("groff-digest-2037-03.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);

        String read = new DocumentTextExtractor().extract(file).text();
        assertThat(read).contains("Child QV: Child safeguarding practice review", "Learning includes:")
                .doesNotContain("[1m", "[0m", "[4m", "[24m", ESC);
        List<DigestEntry> entries = new DigestParser().parse(read).entries();
        assertThat(entries).extracting(DigestEntry::title)
                .containsExactly("Child QV: Child safeguarding practice review", "Child RV: Serious case review");
        assertThat(learning(entries.get(0))).hasSize(2).last().isEqualTo("the pond was not covered");
        assertThat(learning(entries.get(1))).containsExactly("her exclusion from school left her unsupervised");
    }

    @Test
    void eachControlSequenceGoesWholeAndOtherTextStays() {
        assertThat(TerminalEscapes.strip(ESC + "[1mBold" + ESC + "[0m and " + ESC + "[4mun" + ESC + "[24m and "
                + ESC + "[38;5;196mred" + ESC + "[m" + ESC + "[2K")).isEqualTo("Bold and un and red");
        assertThat(TerminalEscapes.strip(ESC + "]8;;https://example.org/a" + ESC + "\\link" + ESC + "]8;;" + ESC + "\\"))
                .isEqualTo("link"); // an OSC 8 hyperlink
        assertThat(TerminalEscapes.strip("[1m typed by hand stays [0m")).isEqualTo("[1m typed by hand stays [0m");
        assertThat(TerminalEscapes.strip("no escape")).isEqualTo("no escape");
        assertThat(TerminalEscapes.strip("a lone " + ESC + " stays")).isEqualTo("a lone " + ESC + " stays");
    }

    private static String bold(String s) {
        return ESC + "[1m" + s + ESC + "[0m";
    }

    /** grotty underlines word by word: 'ESC[4mKey ESC[24m ESC[4mlearning...ESC[0m'. */
    private static String underline(String s) {
        return ESC + "[4m" + s.replace(" ", ESC + "[24m " + ESC + "[4m") + ESC + "[0m";
    }

    private static List<String> learning(DigestEntry entry) {
        return entry.section(SectionType.LEARNING).orElseThrow().items().stream().map(Item::text).toList();
    }
}
