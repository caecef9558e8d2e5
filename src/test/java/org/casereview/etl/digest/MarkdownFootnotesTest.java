package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 9.6 (digests b18, kind 3): footnotes of markdown digests. */
class MarkdownFootnotesTest {

    @Test
    void aUrlNoteLinksTheWordsBeforeItsReferenceAfterAnyMarkerOrLabel() {
        assertThat(MarkdownFootnotes.inline("""
                ## Child QH: Serious case review[^a]
                - Read the overview report (PDF)[^b]
                Other resources: Read the learning summary[^b]

                [^a]: https://example.org/qh.pdf
                [^b]: <https://example.org/qh-summary.pdf>""")).isEqualTo("""
                ## [Child QH: Serious case review](https://example.org/qh.pdf)
                - [Read the overview report (PDF)](https://example.org/qh-summary.pdf)
                Other resources: [Read the learning summary](https://example.org/qh-summary.pdf)


                """);
    }

    @Test
    void aTextNoteGoesWithItsReferenceAndItsWrappedLines() {
        assertThat(MarkdownFootnotes.inline("Two invented reviews.[^n] More text.\n\n[^n]: Names are invented.\n    So are places.\nNext"))
                .isEqualTo("Two invented reviews. More text.\n\n\n\nNext");
    }
}
