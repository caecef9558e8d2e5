package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casereview.etl.guard.Mutations;
import org.junit.jupiter.api.Test;

/** The end-of-text scan that replaced a backtracking pattern gives what the pattern gave. */
class TextRepairEndScanTest {

    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}]+)[\\s(]*$");

    @Test
    void examples() {
        assertThat(TextRepair.lastWord("the work of the  (")).isEqualTo("the");
        assertThat(TextRepair.lastWord("ends in 2020 ")).isNull();
    }

    @Test
    void theScanAgreesWithThePatternOnRandomText() {
        for (int seed = 0; seed < 2_000; seed++) {
            Random random = new Random(seed);
            String text = Mutations.randomText(random, 8) + (random.nextBoolean() ? "-" : random.nextBoolean() ? " (" : "");
            assertThat(TextRepair.lastWord(text)).as("seed " + seed).isEqualTo(group(LAST_WORD, text));
        }
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
