package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 (digests b29, kind 4): a web page's print style writes each link's address after its text
 * ({@code a[href]::after { content: " (" attr(href) ")" }}), and the reviews' titles are links, so a printed title reads
 * 'Child QX: Serious case review (https://library.example.org/rec?id=C2030 0101)', the address wrapped mid-word. The
 * bracketed address is the link's target, not words of the title, the link line or an item. Invented material.
 */
class PrintedLinkTargetsTest {

    private static final String RECORD = "https://library.example.org/Scripts/rec.dll/search?term=C20300101";
    private static final String REPORT = "https://example.org/media/qx/review.pdf";

    private static ParsedDigest parse(String text) {
        return new DigestParser().parse(text);
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type).flatMap(s -> s.items().stream())
                .map(Item::text).toList();
    }

    @Test
    void theAddressPrintedInsideALinkedTitleIsNotTitleText() {
        ParsedDigest digest = parse("""
                Case reviews published in March 2031

                A list of the case reviews added in March 2031.

                [Child QX: Serious case review (https://library.example.org/Scripts/ rec.dll/search?term=C203 00101)](%s)

                Neglect of a 7-year-old girl in 2029 who was often left alone at home.

                Learning includes:
                the school's concerns were not shared (https://example.org/sharing); and drift in the plan.

                [Read overview report (PDF) (%s)](%s)

                [Child QY: Child safeguarding practice review (https://library.example.org/Scripts/rec.dll/search?term=C20300102)](https://library.example.org/Scripts/rec.dll/search?term=C20300102)

                Physical abuse of a 3-month-old boy in 2030 by his father.

                Recommendations include:
                refer every bruise in a non-mobile baby.

                [Read practice review (PDF)](https://example.org/media/qy/review.pdf)
                """.formatted(RECORD, REPORT, REPORT));

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child QX: Serious case review", "Child QY: Child safeguarding practice review");
        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child QX", "Child QY");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.linkText()).isEqualTo("Read overview report (PDF)");
        assertThat(first.linkTarget()).isEqualTo(REPORT);
        // a bracketed address with no link of its own to match stays as printed: it is the item's text
        assertThat(items(first, SectionType.LEARNING)).containsExactly(
                "the school's concerns were not shared (https://example.org/sharing)", "drift in the plan");
    }

    @Test
    void theAddressPrintedAfterALinkOutsideItIsDroppedToo() {
        ParsedDigest digest = parse("""
                Case reviews published in March 2031

                A list of the case reviews added in March 2031.

                ### [Child QZ: Serious case review](%s) (%s)

                Neglect of a 9-year-old boy in 2028 who missed many health appointments.

                Learning includes:
                missed appointments were not followed up; and the father's view was not sought.

                [Read overview report (PDF)](%s) (%s)
                """.formatted(RECORD, RECORD, REPORT, REPORT));

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly("Child QZ: Serious case review");
        assertThat(digest.entries().get(0).linkTarget()).isEqualTo(REPORT);
        assertThat(digest.entries().get(0).linkText()).isEqualTo("Read overview report (PDF)");
    }

    @Test
    void aBareBracketedAddressAtAPlainTitlesEndIsNotTitleText() {
        ParsedDigest digest = parse("""
                Case reviews published in March 2031

                A list of the case reviews added in March 2031.

                Child RA: Serious case review (executive summary) (https://library.example.org/rec?id=C20300103)

                Death of a 15-year-old boy in 2029 who took his own life.

                Learning includes:
                the boy's low mood was not explored; and transition to adult services.

                Read executive summary (PDF) https://example.org/media/ra/summary.pdf
                """);

        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child RA: Serious case review (executive summary)");
        assertThat(digest.entries().get(0).childName()).isEqualTo("Child RA");
    }
}
