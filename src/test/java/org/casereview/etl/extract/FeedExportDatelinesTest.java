package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed reader's HTML export of a feed of reviews: each item a title, a meta line with the item's publication date
 * and the site it came from, then the item's content. The meta line is the entry's dateline, not its summary.
 */
class FeedExportDatelinesTest {

    private static final String EXPORT = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Saved items</title></head><body>
            <h2>Safeguarding reviews: March 2025</h2>
            <p>Two reviews were added in March 2025. Every child and place here is invented.</p>
            <article><h3><a href="https://reviews.example.org/qv">Child QV: Serious case review</a></h3>
            <div class="byline">Published 4 March 2025 &middot; reviews.example.org</div>
            <div><p>Death of a 4-year-old boy in 2019 after months of neglect. Child QV is White British.</p>
            <p>Learning includes:<br>&bull; no one saw the boy at home<br>&bull; the nursery's concerns were not shared</p></div>
            </article>
            <article><h3><a href="https://reviews.example.org/rv">Child RV: Child safeguarding practice review</a></h3>
            <div class="byline">Updated 18 March 2025 &middot; www.northfold.example.gov.uk</div>
            <div><p>Sexual abuse of a 14-year-old girl by a youth worker in 2022. Child RV is Black British.</p>
            <p>Recommendations include:<br>&bull; check every youth worker's references</p></div>
            </article></body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void eachItemsDatelineIsLeftOutOfItsSummary() throws Exception {
        Path file = Files.writeString(dir.resolve("saved-items.html"), EXPORT);
        ParsedDigest digest = new DigestParser().parse(new DocumentTextExtractor().extract(file).text(), false);

        assertThat(digest.entries()).extracting(DigestEntry::summary).containsExactly(
                "Death of a 4-year-old boy in 2019 after months of neglect. Child QV is White British.",
                "Sexual abuse of a 14-year-old girl by a youth worker in 2022. Child RV is Black British.");
        assertThat(digest.entries()).extracting(DigestEntry::headingYear).containsExactly(2025, 2025);
        assertThat(digest.month()).hasToString("2025-03");
    }
}
