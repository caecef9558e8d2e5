package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.Section;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.extract.DocumentTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tagged digest printed from a web page: after the last review's link, an aside of the site's own pages under a
 * heading of another level ('Further resources') that names no review and is no label.
 */
class PageMatterAfterLastEntryTest {

    @TempDir
    Path dir;

    @Test
    void aHeadingThatIsNoLabelAfterTheLastEntrysLinkEndsTheEntry() throws Exception {
        Path file;
        try (TaggedDigestPdf pdf = new TaggedDigestPdf()) {
            file = pdf.newPage().heading(1, "Case reviews published in June 2026")
                    .paragraph("Two case reviews were published in June 2026.")
                    .heading(2, "Child QA: Child safeguarding practice review")
                    .paragraph("Neglect of a nine-year-old boy in 2023 who was often left alone.")
                    .paragraph("Learning includes:").list("the school did not ask why he was tired")
                    .paragraph("Read practice review (PDF)")
                    .heading(3, "Recommendations")
                    .list("share attendance concerns with health visitors")
                    .heading(2, "Child QB: Serious case review")
                    .paragraph("Death of a 4-month-old girl in January 2025 from a head injury.")
                    .paragraph("Learning includes:").list("the father was not seen by any agency")
                    .paragraph("Read serious case review (PDF)")
                    .heading(3, "Further resources")
                    .list("Learning from serious incidents: our themed briefings", "Subscribe to our updates")
                    .paragraph("Share this page")
                    .save(dir.resolve("web-page.pdf"));
        }

        String text = new DocumentTextExtractor().extract(file).text();
        ParsedDigest digest = new DigestParser().parse(text);

        assertThat(digest.entries()).hasSize(2);
        DigestEntry last = digest.entries().get(1);
        assertThat(last.sections().stream().flatMap(s -> s.items().stream()).map(Item::text))
                .containsExactly("the father was not seen by any agency");
        // a label heading after an entry's link is still the entry's
        assertThat(digest.entries().get(0).sections()).filteredOn(s -> s.type() == SectionType.RECOMMENDATIONS)
                .flatExtracting(Section::items).extracting(Item::text)
                .containsExactly("share attendance concerns with health visitors");
    }
}
