package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/**
 * A digest exported from an outliner to plain text: numbered headlines ('2 Child ...', '2.1 Learning includes' over an
 * underline, no colon) and links printed as notes ('[Download the review]' ... '[Download the review] <url>', or
 * 'Read the overview report [4]' ... '[4] https://...').
 */
class OutlinerTextExportTest {

    private static final String EXPORT = """
            REVIEWS OF JUNE 2034

            Two reviews were added. Every child and place in this text is invented.


            1 Child HZ: Learning review
            ---------------------------

              Child HZ, a 9-year-old girl, was hit with a belt by her stepfather in
              2033. Her teacher saw bruises twice before anyone was told.


            1.1 Learning includes
            ---------------------

              - bruises seen at school were put down to sport
              - the stepfather was never spoken to


            1.2 Recommendations include
            ---------------------------

              - train school staff on what to do when a child has a bruise

              [Download the review]


            [Download the review] <https://example.org/hz-review.pdf>


            2 Baby JZ: Serious case review
            ------------------------------

              Baby JZ, a 4-month-old boy, had a fractured arm in 2032 that was
              not explained.


            2.1 Learning includes
            ---------------------

              - a fracture in a baby who cannot crawl needs a safeguarding referral

              Read the overview report [4]


            [4] https://example.org/jz-overview.pdf
            """;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type)
                .flatMap(s -> s.items().stream()).map(Item::text).toList();
    }

    @Test
    void aNumberedHeadlineThatAnnouncesItsListIsALabel() {
        ParsedDigest digest = new DigestParser().parse(EXPORT);

        assertThat(digest.entries()).hasSize(2);
        DigestEntry hz = digest.entries().get(0);
        assertThat(hz.summary()).isEqualTo("Child HZ, a 9-year-old girl, was hit with a belt by her stepfather in 2033. "
                + "Her teacher saw bruises twice before anyone was told.");
        assertThat(items(hz, SectionType.LEARNING)).containsExactly("bruises seen at school were put down to sport",
                "the stepfather was never spoken to");
        assertThat(items(digest.entries().get(1), SectionType.LEARNING))
                .containsExactly("a fracture in a baby who cannot crawl needs a safeguarding referral");
    }

    @Test
    void aLinkPrintedAsANoteIsTheEntrysLinkAndNoPoint() {
        ParsedDigest digest = new DigestParser().parse(EXPORT);

        DigestEntry hz = digest.entries().get(0);
        assertThat(items(hz, SectionType.RECOMMENDATIONS))
                .containsExactly("train school staff on what to do when a child has a bruise");
        assertThat(hz.linkText()).isEqualTo("Download the review");
        assertThat(hz.linkTarget()).isEqualTo("https://example.org/hz-review.pdf");
        assertThat(digest.entries().get(1).linkText()).isEqualTo("Read the overview report");
        assertThat(digest.entries().get(1).linkTarget()).isEqualTo("https://example.org/jz-overview.pdf");
    }

    @Test
    void eachNoteLinksTheReferencesSinceTheLastNoteOfTheSameWordsAndOtherBracketsStay() {
        assertThat(BracketedLinkNotes.inline("Text.\n\n[Read the review] <https://example.org/a.pdf>"))
                .isEqualTo("Text.\n\n[Read the review](https://example.org/a.pdf)");
        assertThat(BracketedLinkNotes.inline("  [Read it]\n[Read it] <https://example.org/a.pdf>\n\n  [Read it]\n\n"
                + "[Read it] https://example.org/b.pdf")).isEqualTo("  [Read it](https://example.org/a.pdf)\n\n\n"
                + "  [Read it](https://example.org/b.pdf)\n\n");
        String entryNumbers = "[1] Child A: Serious case review\n\nText [1]";
        assertThat(BracketedLinkNotes.inline(entryNumbers)).isEqualTo(entryNumbers);
    }

    @Test
    void aNumberedSectionTitleWithoutListWordsIsStillNoLabel() {
        UnitShapes shapes = new UnitShapes(DigestGrammar.standard());

        assertThat(shapes.labelAt("4.1 Recommendations", 0)).isNull();
        assertThat(shapes.labelAt("2.3 Identifies good practice including", 0)).isNotNull()
                .extracting(UnitShapes.LabelMatch::type).isEqualTo(SectionType.GOOD_PRACTICE);
    }
}
