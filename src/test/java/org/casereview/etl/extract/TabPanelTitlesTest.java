package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.SectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page of tabs, one review a panel, whose titles are only in the tab buttons ({@code role="tab"} naming its panel
 * by aria-controls / data-bs-target, or the panel labelled by the tab's id): b38's kind 2. Invented reviews.
 */
class TabPanelTitlesTest {

    private static final String PAGE = """
            <!doctype html><html><head><title>Reviews</title></head><body>
            <nav class="navbar"><button class="navbar-toggler" data-bs-target="#menu" aria-controls="menu"
              aria-expanded="false">Menu</button></nav>
            <main>
            <h1>Case reviews – August 2031</h1>
            <p>Two case reviews were published in August 2031.</p>
            <ul class="nav nav-tabs" role="tablist">
              <li class="nav-item" role="presentation"><button class="nav-link active" id="t-1" data-bs-toggle="tab"
                data-bs-target="#p-1" type="button" role="tab" aria-controls="p-1">Child KZ: Child safeguarding
                practice review</button></li>
              <li class="nav-item" role="presentation"><a class="nav-link" id="t-2" data-bs-toggle="tab" href="#p-2"
                role="tab">Child LZ: Serious case review</a></li>
            </ul>
            <div class="tab-content">
            <div class="tab-pane active" id="p-1" role="tabpanel" aria-labelledby="t-1">
              <p>Neglect of a 3-year-old boy in 2030. Child KZ is White British.</p>
              <div class="card"><div class="card-header">Key learning</div>
              <ul class="list-group"><li class="list-group-item">the nursery's concerns were not shared</li></ul></div>
            </div>
            <div class="tab-pane" role="tabpanel" aria-labelledby="t-2">
              <h3>Child LZ: Serious case review</h3>
              <p>Physical abuse of a 9-year-old girl in 2027. Child LZ is of Irish heritage.</p>
              <div class="card"><div class="card-header">Key learning</div>
              <ul class="list-group"><li class="list-group-item">bruises were not seen as a sign of abuse</li></ul></div>
            </div>
            </div>
            </main></body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void eachPanelOpensWithItsTabsTitle() throws Exception {
        Path file = Files.write(dir.resolve("reviews-2031-08.html"), PAGE.getBytes(StandardCharsets.UTF_8));
        ExtractedText text = new DocumentTextExtractor().extract(file);
        assertThat(text.text()).contains("## Child KZ: Child safeguarding practice review\n\nNeglect of a 3-year-old")
                .doesNotContain("Menu");
        List<DigestEntry> found = new DigestParser().parse(text.text(), text.pageBreaks()).entries();
        assertThat(found).extracting(DigestEntry::title).containsExactly(
                "Child KZ: Child safeguarding practice review", "Child LZ: Serious case review");
        assertThat(found.get(1).section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("bruises were not seen as a sign of abuse");
    }

    @Test
    void aPanelsOwnHeadingWithTheTabsWordsIsNotWrittenTwice() throws Exception {
        Path file = Files.write(dir.resolve("reviews-2031-08.html"), PAGE.getBytes(StandardCharsets.UTF_8));
        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text.split("Child LZ: Serious case review", -1)).hasSize(2);
    }
}
