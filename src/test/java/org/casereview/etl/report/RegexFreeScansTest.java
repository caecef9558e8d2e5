package org.casereview.etl.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.text.ControlCharacters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written scans that replaced per-line regexes give what the regexes gave. */
class RegexFreeScansTest {

    private static final Pattern WORD = Pattern.compile("\\p{L}+(-\\p{L}+)*");

    @ParameterizedTest
    @ValueSource(strings = {"", "decision-making and experi- enced", "a-b- -c --d e--f", "co-operate-",
            "Zo\u00eb's \u00e9l\u00e8ve 12-year-old", "\ud835\udc00\ud835\udc01-x math letters", "-lead and trail-",
            "x1y2 \u00ad soft\u00adhyphen", "\u4e2d\u6587-\u5b57"})
    void wordsAreThoseThePatternFinds(String text) {
        Set<String> expected = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            expected.add(m.group());
        }
        Set<String> words = new LinkedHashSet<>();
        HyphenResolver.addWords(text, words);
        assertThat(words).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  a \t b\n\nc\r\n", "\u00a0nbsp\u00a0 stays", "x\u000By\fz", "one  two   three", "\u2003em",
            "single spaces only", " lead and trail ", "end  ", "tab\tonly"})
    void spacesCollapseAsReplaceAllDid(String text) {
        assertThat(LineAssembler.collapseSpaces(text)).isEqualTo(text.replaceAll("\\s+", " "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  plain ascii\t text \r\n", "\ufb01nal \ufb02ow", "\u00a0nbsp\u00a0 goes", "x\u000By\fz",
            "\u2003em\u2002spaces", "caf\u00e9 \u2460 \u00bd", "\ud835\udc00 math", "\u00ad soft", "\u0085next"})
    void cleanIsNfkcWithSingleSpacesAsTheRegexMadeIt(String text) {
        String expected = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
                .replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        assertThat(TextRepair.clean(text)).isEqualTo(expected);
    }

    @Test
    void aLinesSizeIsTheSizeOfItsLongestFragmentWithoutEndSpaces() {
        TextLine line = new TextLine(1, "   a    bb", List.of(new TextFragment("   a   ", 10, 40, 700, 9, false, false, false),
                new TextFragment("bb", 41, 60, 700, 12, false, false, false),
                new TextFragment(" \u2003", 61, 70, 700, 14, false, false, false)));
        assertThat(line.fontSize()).isEqualTo(12f);
    }

    @Test
    void aLineIsColouredOrItalicWhenEveryVisibleFragmentIs() {
        TextFragment colouredItalic = new TextFragment("word", 10, 40, 700, 11, false, true, true);
        TextFragment blankPlain = new TextFragment("  ", 41, 45, 700, 11, false, false, false);
        TextFragment plain = new TextFragment("x", 46, 50, 700, 11, false, false, false);
        TextLine styled = new TextLine(1, "word", List.of(colouredItalic, blankPlain));
        TextLine mixed = new TextLine(1, "word x", List.of(colouredItalic, blankPlain, plain));
        assertThat(List.of(styled.coloured(), styled.italic(), mixed.coloured(), mixed.italic()))
                .containsExactly(true, true, false, false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", ":", "The review identified the following.", "It identified the following learning points:",
            "(the following three key points.", "xthe following.", "the following a b c d.", "The Following Learning:\n",
            "Our learning points are:", "The recommendations were as follows:\r\n", "lessons is:\u2028", "themes are:\n\n",
            "the following learning\u00e9 points.", "caf\u00e9 the following.", "the following, points.", "points are: ",
            "Agencies should act. The review found the following:", "the_following_ x.", "learning  are:",
            "It found the following 12 issues.", "the child\u2019s view: the following points are:"})
    void announcingLeadInsAreThoseThePatternFinds(String text) {
        assertThat(ItemSplitter.announces(text)).as(text).isEqualTo(ItemSplitter.ANNOUNCES.matcher(text).find());
    }

    @Test
    void announcingLeadInsAgreeWithThePatternOnRandomText() {
        String[] tokens = {"the", "The", "following", "FOLLOWING", " ", "  ", "learning", "points", "are", "were", "is",
                "as follows", "the following ", " the following", "points are", ".", ":", ",", "\n", "\r\n", "\u2029", "x", "12", "_", "(", "\u00e9", "\u2019s", "lessons", "themes"};
        java.util.Random random = new java.util.Random(9);
        for (int i = 0; i < 20000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(tokens[random.nextInt(tokens.length)]);
            }
            String t = text.toString();
            assertThat(ItemSplitter.announces(t)).as(t).isEqualTo(ItemSplitter.ANNOUNCES.matcher(t).find());
        }
    }

    /** The glyph loop's control-character test of one glyph's text says what {@code ControlCharacters.containsAny} says. */
    @Test
    void glyphLoopControlTestIsContainsAny() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String alone = String.valueOf(c);
            String within = "a\u2019" + c + "b";
            assertThat(PositionedTextStripper.hasControl(alone)).as("U+%04X", (int) c)
                    .isEqualTo(ControlCharacters.containsAny(alone));
            assertThat(PositionedTextStripper.hasControl(within)).as("U+%04X within", (int) c)
                    .isEqualTo(ControlCharacters.containsAny(within));
        }
        assertThat(PositionedTextStripper.hasControl("")).isFalse();
        assertThat(PositionedTextStripper.hasControl(null)).isFalse();
        assertThat(PositionedTextStripper.hasControl("\ud835\udc00 math \u00e9")).isFalse();
    }
}
