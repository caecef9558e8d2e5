package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.digest.TaggedDigestPdf;
import org.casereview.etl.digest.TaggedDigestPdf.TimelineEntry;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tagged timeline whose list items are whole reviews (b43 kind 1, as Apache FOP tags an {@code fo:list-block}): an
 * item whose body holds a title, a summary and labelled lists of its own is an entry, not one list item; its date in
 * the gutter is no text of it. A list of one-paragraph items stays a list.
 */
class TaggedTimelineDigestTest {

    @TempDir
    Path dir;

    @Test
    void listItemsHoldingParagraphsAndListsAreEntries() throws Exception {
        Path file = dir.resolve("timeline.pdf");
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            pdf.newPage().heading(1, "Case reviews timeline: May 2026")
                    .paragraph("Three case reviews were published in May 2026.")
                    .timeline(List.of(
                            new TimelineEntry("5 May 2026", "Child TL: Child safeguarding practice review",
                                    "Neglect of a 6-year-old boy in 2023.",
                                    List.of(Map.entry("Learning includes:", List.of("records did not follow the family",
                                                    "the school's concerns were not shared")),
                                            Map.entry("Recommendations include:", List.of("transfer records with the child")))),
                            new TimelineEntry("12 May 2026", "Child TM: Serious case review",
                                    "Death of a 7-month-old girl in 2019.",
                                    List.of(Map.entry("Learning includes:", List.of("the father was not seen")))),
                            new TimelineEntry("20 May 2026", "Child TN: Local child safeguarding practice review",
                                    "Physical abuse of a 2-year-old boy in 2022.",
                                    List.of(Map.entry("Learning includes:", List.of("bruising was not escalated")),
                                            Map.entry("Identifies good practice including:",
                                                    List.of("the GP referred promptly"))))))
                    .save(file);
        }
        String text = new DocumentTextExtractor().extract(file).text();
        ParsedDigest digest = new DigestParser().parse(text);

        assertThat(digest.entries()).extracting(DigestEntry::title).containsExactly(
                "Child TL: Child safeguarding practice review", "Child TM: Serious case review",
                "Child TN: Local child safeguarding practice review");
        DigestEntry first = digest.entries().get(0);
        assertThat(first.summary()).isEqualTo("Neglect of a 6-year-old boy in 2023.");
        assertThat(first.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("records did not follow the family", "the school's concerns were not shared");
        assertThat(first.section(SectionType.RECOMMENDATIONS).orElseThrow().items()).extracting(Item::text)
                .containsExactly("transfer records with the child");
        assertThat(digest.entries().get(2).section(SectionType.GOOD_PRACTICE).orElseThrow().items())
                .extracting(Item::text).containsExactly("the GP referred promptly");
        assertThat(text).doesNotContain("12 May 2026");
    }

    @Test
    void aListOfOneParagraphItemsStaysAList() throws Exception {
        Path file = dir.resolve("plain-list.pdf");
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            pdf.newPage().heading(1, "Case reviews published in May 2026")
                    .heading(2, "Child TP: Serious case review").paragraph("Neglect of a 4-year-old girl in 2021.")
                    .paragraph("Learning includes:").list("the nursery's concerns were not shared", "no one saw her alone")
                    .heading(2, "Child TQ: Serious case review").paragraph("Death of a baby boy in 2020.")
                    .paragraph("Learning includes:").list("the mother's mental health was not assessed")
                    .save(file);
        }
        ParsedDigest digest = new DigestParser().parse(new DocumentTextExtractor().extract(file).text());

        assertThat(digest.entries()).hasSize(2);
        assertThat(digest.entries().get(0).section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("the nursery's concerns were not shared", "no one saw her alone");
    }
}
