package org.casereview.etl.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PhrasePatternsTest {

    private static final String SEPARATOR = "[\\s\\-\u00a0\u2010\u2011\u2013]";

    @Test
    void aSpaceMatchesSeparatorsAndAnApostropheEitherQuote() {
        Pattern pattern = PhrasePatterns.phrase("child's mental health");

        assertThat(pattern.matcher("the child\u2019s mental\u2013health was").find()).isTrue();
        assertThat(pattern.matcher("the child's  mental\nhealth was").find()).isTrue();
        assertThat(pattern.matcher("the childs mental health").find()).isFalse();
    }

    @Test
    void separatorsInsideALookBehindAreBoundedAndOutsideAreNot() {
        String spaced = PhrasePatterns.spaced("(?<!parents with\\s)(?<=(?:the|a) ?)mental health");

        assertThat(spaced).isEqualTo("(?<!parents" + SEPARATOR + "{1,3}with\\s)(?<=(?:the|a)" + SEPARATOR
                + "{0,3})mental" + SEPARATOR + "+health");
    }

    @Test
    void aBoundedLookBehindStillExcludesWhatItNames() {
        Pattern pattern = PhrasePatterns.phrase("(?<!parents with\\s)mental health needs");

        assertThat(pattern.matcher("support for parents with mental health needs").find()).isFalse();
        assertThat(pattern.matcher("support for parents  with mental health needs").find()).isFalse();
        assertThat(pattern.matcher("the child's mental health needs").find()).isTrue();
    }

    @Test
    void theMatchAtTheEndOfALongParagraphIsFound() {
        String paragraph = "the school nurse noted concerns about neglect ".repeat(2_000);
        Pattern pattern = PhrasePatterns.phrase("(?<!parents with\\s)(?<!adults with\\s)mental health needs");

        assertThat(PhraseStarts.of(pattern).find(paragraph + "and the child's mental health needs")).isNotNull()
                .satisfies(m -> assertThat(m.start()).isEqualTo(paragraph.length() + 16));
    }
}
