package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A heading that is only a report's chapter heading ("Conclusion", "Family Background") is read by the digest
 * grammar as an entry heading when a report's text is parsed as a digest; it names no child, where a capitalised
 * name alone ("Lauren", "Ellie and Jack") does.
 */
class ChapterHeadingNamesNoChildTest {

    private final HeadingReader headings = new HeadingReader(DigestGrammar.standard());

    @Test
    void aChapterHeadingNamesNoChild() {
        assertThat(headings.read("Conclusion").childName()).isNull();
        assertThat(headings.read("Conclusions").childName()).isNull();
        assertThat(headings.read("Family Background").childName()).isNull();
        assertThat(headings.read("Chronology").childName()).isNull();
        assertThat(headings.read("8. Glossary").childName()).isNull();
    }

    @Test
    void aNameAloneStillNamesTheChild() {
        assertThat(headings.read("Lauren").childName()).isEqualTo("Lauren");
        assertThat(headings.read("Ellie and Jack").childName()).isEqualTo("Ellie and Jack");
        assertThat(headings.read("Conclusion: Child W").childName()).isEqualTo("Child W");
        assertThat(headings.read("Learning review: Tobias").childName()).isEqualTo("Tobias");
    }
}
