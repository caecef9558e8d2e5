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
 * Issue 9 (digests b54, kind 2): a digest kept in Emacs Org-mode and sent as its source in a '.txt' file. Its headlines
 * ('* TODO ... :tags:') are the entry headings, their sub-headlines the labels, '- ' / '+ ' / '1.' lines the items and
 * '[[url][text]]' the report links; the '#+' keyword lines, '# ' comments, planning lines, drawers and a 'COMMENT' or
 * ':noexport:' subtree (a draft Org never exports) are no text of the digest. Read as plain text, the headlines were
 * '*' bullets, 'CLOSED:' and the drawers went into the summaries and the draft became an entry. Invented digest: its
 * children, families and places do not exist.
 */
class OrgModeTextDigestTest {
    private static final String SOURCE = """
            # -*- mode: org; coding: utf-8 -*-
            #+TITLE: Reviews published in May 2032
            #+AUTHOR: Quality Assurance Group
            #+TODO: DRAFT CHECKED | PUBLISHED
            #+OPTIONS: toc:nil
            Two reviews were published in May 2032. Every child, family and place here is invented.

            * PUBLISHED [#A] Child BN: Rapid review                            :neglect:
              SCHEDULED: <2032-05-20 Thu>
              :PROPERTIES:
              :ID:       9f1c2a
              :END:
              :LOGBOOK:
              - State "PUBLISHED"  from "CHECKED"  [2032-05-21 Fri 10:02]
              :END:
            Neglect of a 7-year-old girl in 2031 whose father, aged 41, left her alone for *days* at a time. She is of
            Turkish heritage.
            ** Learning includes
              - the /early help/ offer closed when the father did not reply
              - neighbours' calls to the police were not linked
            ** Recommendations
              1. link repeat calls about one address
              2. keep early help open until the child is seen
            [[https://library.example.org/2032/child-bn.pdf][Read the rapid review (PDF)]]
            * Notes for the next meeting                                     :noexport:
            ** Learning includes
              - a point kept for the panel
            * COMMENT Child ZZ (not yet published)
            Summary to follow.
            ** Learning includes
              + a draft point
            * PUBLISHED Baby KT: Child safeguarding practice review :sudi:
              CLOSED: [2032-05-28 Fri 16:40]
            Death of a 2-month-old boy in 2032 who was found unresponsive in his parents' bed. His parents, aged 20
            and 22, had been drinking.
            ** Learning includes
              + safe sleep advice was given only once
              + the parents' drinking was not asked about
            [[https://library.example.org/2032/baby-kt.pdf]]
            """;

    @TempDir
    Path dir;

    @Test
    void headlinesLabelsItemsAndLinksAreReadAndWhatOrgNeverExportsIsLeftOut() throws Exception {
        Path file = dir.resolve("org-digest-2032-05.txt");
        Files.writeString(file, SOURCE, StandardCharsets.UTF_8);
        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).doesNotContain("#+").doesNotContain("SCHEDULED").doesNotContain("CLOSED").doesNotContain(":END:")
                .doesNotContain("PROPERTIES").doesNotContain("PUBLISHED").doesNotContain(":neglect:").doesNotContain("[#A]")
                .doesNotContain("Child ZZ").doesNotContain("draft point").doesNotContain("kept for the panel")
                .doesNotContain("mode: org").contains("# Reviews published in May 2032");

        ParsedDigest digest = new DigestParser().parse(text);
        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child BN", "Baby KT");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.title()).isEqualTo("Child BN: Rapid review");
        assertThat(first.summary()).startsWith("Neglect of a 7-year-old girl in 2031").doesNotContain("*days*");
        assertThat(first.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text).containsExactly(
                "the early help offer closed when the father did not reply",
                "neighbours' calls to the police were not linked");
        assertThat(first.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).extracting(Item::text)
                .containsExactly("link repeat calls about one address", "keep early help open until the child is seen");
        assertThat(first.linkTarget()).isEqualTo("https://library.example.org/2032/child-bn.pdf");
        DigestEntry second = digest.entries().get(1);
        assertThat(second.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text).containsExactly(
                "safe sleep advice was given only once", "the parents' drinking was not asked about");
        assertThat(second.linkTarget()).isEqualTo("https://library.example.org/2032/baby-kt.pdf");
    }

    @Test
    void onlyTextWithOrgsOwnEvidenceIsReadAsOrg() {
        assertThat(OrgModeText.isOrgMode(SOURCE)).isTrue();
        // a plain-text digest with '*' bullets and a colon label is not Org
        assertThat(OrgModeText.isOrgMode("""
                Reviews published in May 2032

                Child BN: Rapid review
                Neglect of a 7-year-old girl in 2031.
                Learning includes:
                * the early help offer closed
                * calls were not linked
                """)).isFalse();
        // headlines that only Org writes, without any keyword line
        assertThat(OrgModeText.isOrgMode("""
                * DONE Child BN: Rapid review
                Neglect of a 7-year-old girl in 2031.
                * DONE Baby KT: Rapid review          :sudi:
                Death of a 2-month-old boy in 2032.
                """)).isTrue();
    }

    @Test
    void inlineMarkupIsReadAsOrgReadsIt() {
        assertThat(OrgModeText.inline("see [[https://example.org/a_b/c][the /full/ review]] and [[https://example.org/x]]"))
                .isEqualTo("see [the *full* review](https://example.org/a_b/c) and https://example.org/x");
        assertThat(OrgModeText.inline("a *bold* point, =code= and 3/4 of 1/2 kept")).isEqualTo("a **bold** point, code and 3/4 of 1/2 kept");
    }
}
