package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 (session 31's probe digests), as the text of a PDF digest gives them: under a title the partnership that
 * published the review and the year ('Weybury Safeguarding Children Partnership, published 2030'): the area and the
 * publication year, not the summary's first words; a label set off by a full stop alone on its line ('Learning.'); a
 * label alone after a list's marker ('- Recommendations', a box drawn before the label read as a marker), which no
 * point of a list is; while a point opening with a label's word stays a point. Every child and place is invented.
 */
class PublisherLinesAndMarkedLabelsTest {

    private static final String TEXT = """
            Practice review digest: April 2031

            Child KPX: Child safeguarding practice review

            Weybury Safeguarding Children Partnership, published 2030

            Child KPX, a boy aged 4, was seriously injured in 2029 by his mother's partner.

            Learning.
            - the request for information about the partner's past was not answered
            - Issues with housing were not seen by the nursery

            - Recommendations
            - answer disclosure requests within the time the scheme sets

            Read the review: https://example.org/reviews/child-kpx.pdf

            Child LRX: Serious case review

            Hollins Cross Safeguarding Children Partnership \u00b7 2029

            Child LRX, a girl aged 14, was groomed online by a man in 2028.

            - Learning
            - the parents' reports were treated as missing person reports only

            Recommendations.
            - treat online grooming reports as child protection matters

            Read the review: https://example.org/reviews/child-lrx.pdf
            """;

    @Test
    void publisherLinesGiveTheAreaAndYearAndMarkedLabelsOpenLists() {
        ParsedDigest digest = new DigestParser().parse(TEXT);

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child KPX: Child safeguarding practice review", "Child LRX: Serious case review");
        assertThat(digest.entries()).extracting(DigestEntry::area).containsExactly("Weybury", "Hollins Cross");
        assertThat(digest.entries()).extracting(DigestEntry::headingYear).containsExactly(2030, 2029);
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).isEqualTo(
                "Child KPX, a boy aged 4, was seriously injured in 2029 by his mother's partner.");
        assertThat(items(first, SectionType.LEARNING)).containsExactly(
                "the request for information about the partner's past was not answered",
                "Issues with housing were not seen by the nursery");
        assertThat(items(first, SectionType.RECOMMENDATIONS)).containsExactly(
                "answer disclosure requests within the time the scheme sets");
        DigestEntry second = digest.entries().get(1);
        assertThat(items(second, SectionType.LEARNING)).containsExactly(
                "the parents' reports were treated as missing person reports only");
        assertThat(items(second, SectionType.RECOMMENDATIONS)).containsExactly(
                "treat online grooming reports as child protection matters");
    }

    @Test
    void aPartnershipNamedWithoutAYearIsNoDetailLine() {
        DetailLines details = new DetailLines(DigestGrammar.standard());

        assertThat(details.areaOf("Fernleigh Safeguarding Children Partnership, 2030")).isEqualTo("Fernleigh");
        assertThat(details.dateLineYear("Fernleigh Safeguarding Children Partnership, 2030")).isEqualTo(2030);
        assertThat(details.areaOf("Fernleigh Safeguarding Children Partnership")).isNull();
        assertThat(details.areaOf("the school told the Fernleigh Safeguarding Children Partnership in 2030")).isNull();
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).map(Section::items).orElse(List.of()).stream().map(Item::text).toList();
    }
}
