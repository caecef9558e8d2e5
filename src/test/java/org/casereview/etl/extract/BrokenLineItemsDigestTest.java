package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b54, kind 3): a CMS page whose rich-text editor wrote each label and its points as one paragraph,
 * the points after {@code <br>} line breaks with no bullet ('&lt;strong&gt;Learning includes:&lt;/strong&gt;&lt;br&gt;the
 * phone was not seen ...&lt;br&gt;the police did not ...'). The markup keeps the breaks, but the digest's line reader
 * took a line starting in lower case for the wrapped rest of the one above and joined the points into one. Under a
 * label the lines a {@code <br>} broke are one point each; a line after one cut mid-phrase goes on it, a summary cut
 * into sentences stays prose, and an e-mail whose plain text was wrapped before it became HTML keeps its wrapped lines
 * joined. Invented digest: its children, families and places do not exist.
 */
class BrokenLineItemsDigestTest {
    private static final String PAGE = """
            <html><body><main><div class="rte">
            <p><strong>Reviews published in June 2032</strong></p>
            <p>Two reviews were published in June 2032. Every child, family and place on this page is invented for testing.</p>
            <p><strong>Child HW: Child safeguarding practice review</strong><br>Serious harm to a 13-year-old boy in 2031 who was \
            groomed by older boys to carry drugs for a county line across two counties.<br>He had been excluded from school and \
            nobody knew where he spent his days. Child HW is of mixed White and Asian heritage.</p>
            <p><strong>Learning includes:</strong><br>his new trainers and phone were not asked about<br>the exclusion meeting did \
            not invite the youth offending team<br>missing episodes were recorded by the police but not shared with the<br>school</p>
            <p><strong>Recommendations include:</strong><br>ask about unexplained money and belongings<br>invite the youth \
            offending team to exclusion meetings of children known to them</p>
            <p><a href="https://library.example.org/2032/child-hw.pdf">Read the review (PDF)</a></p>
            <hr>
            <p><strong>Baby JS: Rapid review</strong><br>Death of a 6-week-old girl in 2032 who was found face down on a sofa \
            with her father, aged 24, who had been drinking. Baby JS is White British.</p>
            <p><strong>Learning includes:</strong></p>
            <p>safer sleep advice was not given to the father<br>the health visitor did not know the family had moved to \
            a flat without a cot</p>
            <p><a href="https://library.example.org/2032/baby-js.pdf">Read the review (PDF)</a></p>
            </div></main></body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void linesABreakCutUnderALabelAreOnePointEach() throws Exception {
        Path file = dir.resolve("cms-digest-2032-06.html");
        Files.writeString(file, PAGE, StandardCharsets.UTF_8);
        var extracted = new DocumentTextExtractor().extract(file);
        ParsedDigest digest = new DigestParser().parse(extracted.text(), extracted.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child HW", "Baby JS");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).startsWith("Serious harm to a 13-year-old boy in 2031").contains("He had been excluded");
        assertThat(first.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text).containsExactly(
                "his new trainers and phone were not asked about",
                "the exclusion meeting did not invite the youth offending team",
                "missing episodes were recorded by the police but not shared with the school");
        assertThat(first.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).extracting(Item::text).containsExactly(
                "ask about unexplained money and belongings",
                "invite the youth offending team to exclusion meetings of children known to them");
        assertThat(digest.entries().get(1).section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("safer sleep advice was not given to the father",
                        "the health visitor did not know the family had moved to a flat without a cot");
    }

    @Test
    void textWrappedBeforeItBecameMarkupKeepsItsWrappedLinesJoined() {
        // a plain-text message turned into HTML with a <br> at each line end: its prose never runs past 76 columns
        String text = """
                **Learning includes:**
                the school did not tell children's social care that the
                girl had stopped eating lunch
                her mother's new partner was not checked
                """;
        assertThat(BrokenLineItems.marked(text)).isEqualTo(text);
    }

    @Test
    void aCutMidPhraseLineGoesOnTheOneAboveAndSentencesStayProse() {
        String prose = "A paragraph long enough to show that this writer never wrapped a line at any width a mail program "
                + "wraps at, and so it goes on past the widest line any of them writes.";
        String marked = BrokenLineItems.marked(prose + "\n\n**Learning includes:**\nthe visits were not joined up and\n"
                + "nobody owned the plan\nthe father's history was not checked\n\n**The review found:**\n"
                + "The visits were not joined up.\nNobody owned the plan.\n");
        assertThat(marked).contains("- the visits were not joined up and\nnobody owned the plan\n"
                + "- the father's history was not checked").contains("**The review found:**\nThe visits were not joined up.\n"
                + "Nobody owned the plan.");
    }
}
