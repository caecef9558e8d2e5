package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (digests b72, kind 3): an Org-mode file exported to HTML by Emacs numbers every heading, the labels written
 * as sub-headings too ('<h3><span class="section-number-3">1.1.</span> Learning includes:</h3>'). A heading's single
 * number before a label was skipped ('## 1. Learning'), an outline number was not, so each such label opened an entry
 * titled 'Learning includes:'. After a heading's marks an outline number before a label is skipped as a single number
 * is. Invented digest: its children, families and places do not exist.
 */
class NumberedLabelHeadingsDigestTest {
    @TempDir
    Path dir;

    @Test
    void aLabelUnderAnOutlineNumberedSubHeadingIsALabel() throws Exception {
        String page = """
                <?xml version="1.0" encoding="utf-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Reviews of June 2036</title></head><body>
                <h1 class="title">Reviews of June 2036</h1>
                <p>Two reviews. Every child, family and place here is invented.</p>
                <div class="outline-2"><h2 id="o1"><span class="section-number-2">1.</span> Child WT: Child safeguarding practice review</h2>
                <div class="outline-text-2"><p>Serious harm to a 10-year-old boy in 2035 who was beaten by his stepfather. Child WT is White British.</p></div>
                <div class="outline-3"><h3 id="o11"><span class="section-number-3">1.1.</span> Learning includes:</h3>
                <div class="outline-text-3"><ul class="org-ul"><li>the referral was screened out</li><li>no one spoke to the boy alone</li></ul></div></div>
                <div class="outline-3"><h3 id="o12"><span class="section-number-3">1.2.</span> Recommendations include:</h3>
                <div class="outline-text-3"><ul class="org-ul"><li>see every child alone</li></ul></div></div></div>
                <div class="outline-2"><h2 id="o2"><span class="section-number-2">2.</span> Child XT: Child safeguarding practice review</h2>
                <div class="outline-text-2"><p>Death of a 1-year-old girl in 2035 who drowned in the bath. Child XT is White British.</p></div>
                <div class="outline-3"><h3 id="o21"><span class="section-number-3">2.1.</span> Learning includes:</h3>
                <div class="outline-text-3"><ul class="org-ul"><li>bath safety advice was not given</li></ul></div></div></div>
                </body></html>
                """;
        Path file = dir.resolve("reviews-2036-06.html");
        Files.writeString(file, page, StandardCharsets.UTF_8);
        var extracted = new DocumentTextExtractor().extract(file);
        ParsedDigest digest = new DigestParser().parse(extracted.text(), extracted.pageBreaks());

        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child WT", "Child XT");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("the referral was screened out", "no one spoke to the boy alone");
        assertThat(first.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).extracting(Item::text)
                .containsExactly("see every child alone");
        assertThat(digest.entries().get(1).section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("bath safety advice was not given");
    }

    @Test
    void anOutlineNumberedSubHeadingNamingAChildStillHeadsAnEntry() {
        ParsedDigest digest = new DigestParser().parse("""
                ## 2. Reviews published in June 2036

                ### 2.1. Child YT: Child safeguarding practice review

                Neglect of a 4-year-old boy in 2035. Child YT is White British.

                Learning includes: the nursery's concerns were not shared.
                """);

        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child YT");
    }
}
