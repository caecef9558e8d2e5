package org.casereview.etl.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ClosingLeadInsTest {

    private static final List<Map.Entry<String, String>> WORDS = List.of(
            Map.entry("learning", "finding and learning point"), Map.entry("learning", "learning point"),
            Map.entry("recommendation", "recommendation"), Map.entry("learning", "learning"),
            Map.entry("follow-up", "follow-up action"), Map.entry("learning", "le\u00e7on"));
    private static final ClosingLeadIns<String> LEAD_INS = new ClosingLeadIns<>(WORDS);
    private static final String LONG_PROSE = "The family moved often, and the school, the health visitor and the "
            .repeat(20);

    @Test
    void namesTheKindOfTheListAfterIt() {
        assertThat(LEAD_INS.announced("The learning points are:")).contains("learning");
        assertThat(LEAD_INS.announced("The review makes four recommendations:")).contains("recommendation");
        assertThat(LEAD_INS.announced("The review identified the following learning.")).contains("learning");
        assertThat(LEAD_INS.announced("The following follow-up actions were agreed.")).contains("follow-up");
        assertThat(LEAD_INS.announced("The review has identified the following learning for practitioners and agencies"
                + " across the partnership.")).contains("learning");
        assertThat(LEAD_INS.announced("The review has identified the learning for practitioners and agencies"
                + " across the partnership.")).isEmpty();
        assertThat(LEAD_INS.announced("The learning and recommendations are:")).contains("recommendation");
        assertThat(LEAD_INS.announced("The review found three things:")).isEmpty();
        assertThat(LEAD_INS.announced("In light of the learning, the review recommends that:")).isEmpty();
        assertThat(LEAD_INS.announced("The learning points are as follows")).isEmpty();
        assertThat(LEAD_INS.announced("")).isEmpty();
    }

    @Test
    void findsALeadInAtTheEndOfALongParagraphAsAScanFromEveryPlaceDoes() {
        List<String> texts = List.of(
                LONG_PROSE + "and so the review sets out its learning points as follows:",
                LONG_PROSE + "The review identified the following new finding and learning points.",
                LONG_PROSE + "which gave the review's recommendations :",
                LONG_PROSE + "so the\tfollowing  two   short recommendations\nwere\tmade:\r\n",
                LONG_PROSE + "it sets out the learning:\u0085",
                LONG_PROSE + "x'recommendations for \uD835\uDC00gencies:",
                LONG_PROSE + "and unlearning points:",
                LONG_PROSE + "(see 3.2) recommendations:",
                LONG_PROSE + "one two three four five six seven recommendation one two three:",
                "the following a b c d e f recommendations:",
                LONG_PROSE + "the following learning points were agreed by all.",
                LONG_PROSE + "the following learning for one two three four five six seven eight.",
                LONG_PROSE + "the following follow-up actions.",
                LONG_PROSE + "learning points one two three four:",
                "recommendations:",
                LONG_PROSE + "the following " + "x".repeat(300) + " recommendations.",
                LONG_PROSE + "THE REVIEW'S LEARNING POINTS ARE:",
                LONG_PROSE + "les le\u00e7ons:",
                LONG_PROSE + "LES LE\u00c7ONS:");
        for (String text : texts) {
            assertThat(LEAD_INS.announced(text)).as(text).isEqualTo(scanFromEveryPlace(text));
        }
        assertThat(texts.stream().map(LEAD_INS::announced).filter(Optional::isPresent).count()).isEqualTo(15);
    }

    /** The lead-in patterns run with find() over the whole text, as they were before the scan was bounded. */
    private static Optional<String> scanFromEveryPlace(String text) {
        List<Map.Entry<String, Pattern>> patterns = new ArrayList<>();
        for (Map.Entry<String, String> word : WORDS) {
            String phrase = Pattern.quote(word.getValue()).replace(" ", "\\E\\s+\\Q");
            String tail = "(?:\\s+[\\p{L}'\u2019]+){0,3}";
            patterns.add(Map.entry(word.getKey(), Pattern.compile("(?i)(?:\\b(?:" + phrase + ")s?\\b" + tail + "\\s*:"
                    + "|\\bthe\\s+following\\s+(?:[\\p{L}'\u2019]+\\s+){0,2}(?:" + phrase + ")s?\\b"
                    + "(?:\\s+[\\p{L}'\u2019]+){0,7}"
                    + "\\s*[.:])$")));
        }
        int latest = -1;
        String kind = null;
        for (Map.Entry<String, Pattern> pattern : patterns) {
            Matcher m = pattern.getValue().matcher(text);
            if (m.find() && m.start() > latest) {
                latest = m.start();
                kind = pattern.getKey();
            }
        }
        return Optional.ofNullable(kind);
    }
}
