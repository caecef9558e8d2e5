package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/** Kramdown attribute lists of a Jekyll post: "{: .btn}" after a link, "{: #id .class}" on a line of its own. */
class KramdownAttributeListsTest {

    private static final String POST = """
            Reviews added in May 2031. Every child and place here is invented.

            ## Child TZ: Child safeguarding practice review
            {: #child-tz .entry}

            Child TZ, a 15-year-old boy, was stabbed in a park in 2030.

            **Recommendations include:**
            {: .heading}

            - map where young people are exploited
            - share intelligence about knife carrying

            [Read the review (PDF)](https://example.org/tz.pdf){: .button .button-wide rel="noopener"}

            ## Baby UZ: Serious case review
            {: #baby-uz}

            Baby UZ, a 5-week-old girl, died in 2029 after being left with a dog.

            **Learning includes:**

            - advice about dogs and babies was not given

            [Read the review (PDF)](https://example.org/uz.pdf){:target="_blank"}

            _Written for a test: nothing here is real._
            """;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type)
                .flatMap(s -> s.items().stream()).map(Item::text).toList();
    }

    @Test
    void aLinkWithASpanListIsTheEntrysLinkNotAPoint() {
        ParsedDigest digest = new DigestParser().parse(POST);

        assertThat(digest.entries()).extracting(DigestEntry::linkTarget)
                .containsExactly("https://example.org/tz.pdf", "https://example.org/uz.pdf");
        assertThat(items(digest.entries().get(0), SectionType.RECOMMENDATIONS)).containsExactly(
                "map where young people are exploited", "share intelligence about knife carrying");
        assertThat(items(digest.entries().get(1), SectionType.LEARNING))
                .containsExactly("advice about dogs and babies was not given");
    }

    @Test
    void blockListsAreNotPartOfTheSummary() {
        ParsedDigest digest = new DigestParser().parse(POST);

        assertThat(digest.entries().get(0).summary()).isEqualTo("Child TZ, a 15-year-old boy, was stabbed in a park in 2030.");
        assertThat(digest.entries().get(1).summary()).doesNotContain("{:");
    }

    @Test
    void blockListLinesAreEmptiedAndExtensionsKept() {
        assertThat(KramdownAttributeLists.drop("* TOC\n{:toc}\ntext\n{::comment}\nx\n{:/comment}\n[a](b){: .c}"))
                .isEqualTo("* TOC\n\ntext\n{::comment}\nx\n{:/comment}\n[a](b)");
        assertThat(KramdownAttributeLists.drop("a set {: like this} in prose")).isEqualTo("a set {: like this} in prose");
    }

    @Test
    void aPandocOrGoldmarkListStraightAfterALinkIsDroppedAndBracesInProseAreNot() {
        assertThat(KramdownAttributeLists.drop("[Read the review](https://example.org/vz.pdf){.button .wide}\n"
                + "[Report](r.pdf){#r-link target=\"_blank\"}\nthe set {.x} and (a){.b}"))
                .isEqualTo("[Read the review](https://example.org/vz.pdf)\n[Report](r.pdf)\nthe set {.x} and (a){.b}");
    }
}
