package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** TextScan.sentences cuts a text where its SENTENCE_END pattern matches, found one after another by Matcher.find. */
class TextScanTest {

    @Test
    void sentencesAreCutWhereThePatternMatchesInEveryGoldenTextAndEdgeCase() throws Exception {
        List<String> texts = new ArrayList<>(List.of("", " ", ".", "A. B", "A.  B", "A.\n\nb", "end.\n \n", "a\n\n",
                "\n\nA", "x.\u00a0B", "He left. \"Then\" she", "Done!\t(1) next", "So? \u2018quoted\u2019",
                "Is it?\u201cYes\u201d", "ok.\r\n\r\nNext", "a.\u000bB", "one. \ud835\udc00 two", "one. \u00c9cole",
                "line\n \t\nline", "a. b. C. 9.",
                "\n", "\n\n\n", "x.\n\n\n\nY"));
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/golden"))) {
            for (Path csv : files.filter(f -> f.toString().endsWith("sections.csv")).toList()) {
                texts.add(Files.readString(csv)); // a whole file: every section's text, quotes and line breaks
            }
        }
        Random random = new Random(29);
        String alphabet = "aB1. !?\n\n \t\r\"'(\u2018\u201cZ\u00a0\u000bx";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(cuts(TextScan.sentences(text))).as(text).isEqualTo(cuts(byPattern(text)));
        }
    }

    /** The cut as it was made before session 29, with the pattern. */
    private static List<TextScan.Sentence> byPattern(String text) {
        List<TextScan.Sentence> sentences = new ArrayList<>();
        Matcher end = TextScan.SENTENCE_END.matcher(text);
        int start = 0;
        while (end.find()) {
            add(sentences, text, start, end.start());
            start = end.end();
        }
        add(sentences, text, start, text.length());
        return sentences;
    }

    private static void add(List<TextScan.Sentence> sentences, String text, int start, int end) {
        if (end > start && !text.substring(start, end).isBlank()) {
            sentences.add(new TextScan.Sentence(start, text.substring(start, end)));
        }
    }

    private static List<String> cuts(List<TextScan.Sentence> sentences) {
        return sentences.stream().map(s -> s.start() + ":" + s.text()).toList();
    }
}
