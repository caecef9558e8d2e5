package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Digests b52 (kinds 4 and 5): a CMS page of teaser cards (Adobe Experience Manager's core components) where each
 * review's kicker line ('Practice review | Published …') stands over its title, after the lists of the review before,
 * and a 'Related content' list of links to other reviews ends the main element. Invented reviews and places.
 */
class CmsTeaserPageDigestTest {

    private static String card(String title, String kicker, String summary, String items) {
        return "<div class=\"cmp-teaser\"><p class=\"cmp-teaser__pretitle\">" + kicker + "</p>"
                + "<h2 class=\"cmp-teaser__title\"><a href=\"https://example.org/" + title.substring(6, 8) + ".pdf\">" + title
                + "</a></h2><div class=\"cmp-teaser__description\"><p>" + summary + "</p></div>"
                + "<div class=\"cmp-teaser__action-container\"><a href=\"https://example.org/" + title.substring(6, 8)
                + ".pdf\">Read practice review (PDF)</a></div></div>"
                + "<div class=\"cmp-text\"><p><b>Learning includes:</b></p><ul>" + items + "</ul></div>";
    }

    private static final String PAGE = "<!DOCTYPE html><html><head><title>Reviews</title></head><body><main>"
            + "<h1>Case reviews published in September 2031</h1><p>Two case reviews were published in September 2031."
            + " Every child and place on this page is invented.</p>"
            + card("Child ZA: Child safeguarding practice review", "Practice review | Published 4 September 2031",
                    "Neglect of a 3-year-old boy in 2030 whose home was cold. Child ZA is White British.",
                    "<li>the home visits were cancelled</li><li>the nursery's worries were not heard</li>")
            + card("Child ZB: Child safeguarding practice review", "Practice review | Published 9 September 2031",
                    "Serious harm to a 14-year-old girl in 2029 who was exploited. Child ZB is of Irish heritage.",
                    "<li>her missing episodes were not linked</li>")
            + "<div class=\"cmp-title\"><h2>Related content</h2></div><ul class=\"cmp-list\">"
            + "<li><article><a href=\"/reviews/child-zc.html\"><span>Child ZC: Serious case review</span>"
            + "<span>02/08/2031</span></a></article></li>"
            + "<li><article><a href=\"/reviews/children-zd-ze.html\"><span>Children ZD and ZE: Rapid review</span>"
            + "<span>11/07/2031</span></a></article></li></ul>"
            + "<p>Fenwold Safeguarding Children Partnership, Town Hall, Fenwold</p></main></body></html>";

    @TempDir
    Path dir;

    private ParsedDigest parse(String html) throws Exception {
        Path file = Files.write(dir.resolve("reviews-2031-09.html"), html.getBytes(StandardCharsets.UTF_8));
        ExtractedText text = new DocumentTextExtractor().extract(file);
        return new DigestParser().parse(text.text(), text.pageBreaks());
    }

    private static List<String> learning(DigestEntry entry) {
        return entry.section(SectionType.LEARNING).orElseThrow().items().stream().map(Item::text).toList();
    }

    @Test
    void aKickerOverEachTitleIsNoItemOfTheReviewBefore() throws Exception {
        ParsedDigest digest = parse(PAGE);
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child ZA: Child safeguarding practice review", "Child ZB: Child safeguarding practice review");
        assertThat(learning(digest.entries().get(0))).containsExactly(
                "the home visits were cancelled", "the nursery's worries were not heard");
        assertThat(learning(digest.entries().get(1))).containsExactly("her missing episodes were not linked");
        assertThat(digest.entries().get(1).summary()).isEqualTo(
                "Serious harm to a 14-year-old girl in 2029 who was exploited. Child ZB is of Irish heritage.");
    }

    @Test
    void aRelatedContentListOfLinksIsNoReview() throws Exception {
        ParsedDigest digest = parse(PAGE);
        assertThat(digest.entries()).hasSize(2);
        assertThat(digest.problems()).isEmpty();
    }

    @Test
    void aTrailingDateLineOfEachReviewIsNotMovedToTheNext() throws Exception {
        String page = "<html><body><main><h1>Case reviews published in October 2031</h1><p>Two reviews. Invented.</p>"
                + "<h2>Child ZF: Rapid review</h2><p>Neglect of a 2-year-old girl in 2030. Child ZF is White British.</p>"
                + "<p><b>Learning includes:</b></p><ul><li>the cold home was not seen</li></ul>"
                + "<p>Published 3 October 2031</p>"
                + "<h2>Child ZG: Rapid review</h2><p>Neglect of a 5-year-old boy in 2030. Child ZG is White British.</p>"
                + "<p><b>Learning includes:</b></p><ul><li>the school's referral was lost</li></ul>"
                + "<p>Published 8 October 2031</p></main></body></html>";
        ParsedDigest digest = parse(page);
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child ZF: Rapid review", "Child ZG: Rapid review");
        assertThat(learning(digest.entries().get(1))).startsWith("the school's referral was lost");
        assertThat(digest.entries().get(1).summary()).isEqualTo("Neglect of a 5-year-old boy in 2030. Child ZG is White British.");
    }

    @Test
    void trailingDateLinesStayWhenADatedIntroAndAClosingNoteFrameThem() throws Exception {
        String page = "<html><body><main><h1>Case reviews published in October 2031</h1><p>Two reviews. Invented.</p>"
                + "<p>Published 1 November 2031</p>"
                + "<h2>Child ZF: Rapid review</h2><p>Neglect of a 2-year-old girl in 2030. Child ZF is White British.</p>"
                + "<p><b>Learning includes:</b></p><ul><li>the cold home was not seen</li></ul>"
                + "<p>Published 3 October 2031</p>"
                + "<h2>Child ZG: Rapid review</h2><p>Neglect of a 5-year-old boy in 2030. Child ZG is White British.</p>"
                + "<p><b>Learning includes:</b></p><ul><li>the school's referral was lost</li></ul>"
                + "<p>Published 8 October 2031</p>"
                + "<p>Summaries were written by the partnership's learning team for this page.</p></main></body></html>";
        ParsedDigest digest = parse(page);
        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child ZF: Rapid review", "Child ZG: Rapid review");
        assertThat(digest.entries().get(1).summary()).isEqualTo("Neglect of a 5-year-old boy in 2030. Child ZG is White British.");
        assertThat(learning(digest.entries().get(1))).startsWith("the school's referral was lost");
    }
}
