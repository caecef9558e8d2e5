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
 * A listing page whose full reviews are in {@code <template>}s a script shows when a card's link is followed: the
 * templates a link names are content, the cards a contents list; a template nothing names (a component's blank markup)
 * and {@code <noscript>} fallbacks stay out. Invented page: its children and places do not exist.
 */
class ScriptShownTemplatesTest {

    private static final String PAGE = """
            <!DOCTYPE html><html><head><title>Reviews</title></head><body>
            <main>
            <h1>Reviews added in October 2036</h1>
            <p>Two reviews were added. Every child and place here is invented.</p>
            <noscript><img src="https://stats.example.org/pixel.gif" alt=""><p>Scripts are off: summaries are hidden.</p></noscript>
            <div class="cards">
              <div class="card"><h4><a href="#full-kz">Child KZ: Learning review</a></h4>
                <p>Child KZ, a 6-year-old boy, was neglected …</p><a href="#full-kz">More</a></div>
              <div class="card"><h4><a href="#full-wz">Siblings WZ and XZ: Serious case review</a></h4>
                <p>Siblings WZ and XZ were sexually abused …</p><a href="#full-wz">More</a></div>
            </div>
            <div id="panel"></div>
            <template id="card-row"><div class="card"><h4><a href="#">{{ title }}</a></h4><p>{{ teaser }}</p></div></template>
            <template><section id="full-kz"><h2>Child KZ: Learning review</h2>
              <p>Child KZ, a 6-year-old boy, was neglected by his mother between 2033 and 2035.</p>
              <h3>Learning includes:</h3><ul><li>his weight was not checked after he started school</li></ul>
              <p><a href="https://example.org/kz.pdf">Read the learning review</a></p></section></template>
            <template><section id="full-wz"><h2>Siblings WZ and XZ: Serious case review</h2>
              <p>Siblings WZ and XZ, aged 8 and 11, were sexually abused by a lodger in 2034.</p>
              <h3>Recommendations include:</h3><ul><li>ask who lives in the home at every visit</li>
              <li>check lodgers against police records</li></ul>
              <p><a href="https://example.org/wz.pdf">Read the serious case review</a></p></section></template>
            </main></body></html>
            """;

    @TempDir
    Path dir;

    private String text() throws Exception {
        Path file = dir.resolve("listing.html");
        Files.write(file, PAGE.getBytes(StandardCharsets.UTF_8));
        return new DocumentTextExtractor().extract(file).text();
    }

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.sections().stream().filter(s -> s.type() == type)
                .flatMap(s -> s.items().stream()).map(Item::text).toList();
    }

    @Test
    void templatesALinkNamesAreReadAndOthersAndNoscriptStayOut() throws Exception {
        String text = text();

        assertThat(text).contains("Child KZ, a 6-year-old boy, was neglected by his mother between 2033 and 2035.",
                "- check lodgers against police records");
        assertThat(text).doesNotContain("{{", "Scripts are off", "pixel");
    }

    @Test
    void cardsLinkingToTheFullReviewsInThePageAreNoEntries() throws Exception {
        ParsedDigest digest = new DigestParser().parse(text(), false);

        assertThat(digest.entries()).extracting(DigestEntry::title)
                .containsExactly("Child KZ: Learning review", "Siblings WZ and XZ: Serious case review");
        assertThat(digest.entries()).extracting(DigestEntry::linkTarget)
                .containsExactly("https://example.org/kz.pdf", "https://example.org/wz.pdf");
        assertThat(items(digest.entries().get(0), SectionType.LEARNING))
                .containsExactly("his weight was not checked after he started school");
        assertThat(items(digest.entries().get(1), SectionType.RECOMMENDATIONS))
                .containsExactly("ask who lives in the home at every visit", "check lodgers against police records");
    }
}
