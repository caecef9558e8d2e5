package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.digest.DigestParser;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.ParsedDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code <button>} is a control (its text is not the digest's), except where it carries a heading's text or names the
 * panel it opens: the header button of an accordion ({@code <h3><button aria-expanded aria-controls>}, the WAI-ARIA
 * pattern) and a disclosure button outside a heading. Invented page: its children and places do not exist.
 */
class DisclosureTriggerTextTest {

    private static final String PAGE = """
            <!DOCTYPE html><html><head><title>Reviews</title></head><body>
            <div class="notice-bar"><p>This site uses storage.</p><button type="button">Accept all</button></div>
            <main>
            <h2>Added this month</h2>
            <p><button class="toggle-all" type="button">Expand every review</button>
               <button type="button" onclick="window.print()">Print this page</button></p>
            <h3 class="acc__head"><button class="acc__trigger" type="button" aria-expanded="false" aria-controls="p1"
                id="t1"><span>2024 - Lindow Fen - Child RQ</span><span aria-hidden="true">+</span></button></h3>
            <div id="p1" role="region" aria-labelledby="t1" hidden>
            <p>Neglect of a 7-year-old girl.</p>
            <p><strong>Learning includes:</strong> listening to the child; sharing school concerns.</p>
            <p><button type="button" class="copy-link">Copy link</button></p>
            </div>
            <h3 class="acc__head"><button class="acc__trigger" type="button" aria-expanded="true" aria-controls="p2"
                id="t2"><span>2024 - Orrel Dene - Baby TZ</span></button></h3>
            <div id="p2" role="region" aria-labelledby="t2">
            <p>Injuries to a 4-month-old boy.</p>
            <p><strong>Learning includes:</strong> seeing the baby at each visit; asking about the father.</p>
            </div>
            <details><summary>How these summaries are written</summary><p>Each summary is taken from the review.</p></details>
            <button type="button" aria-expanded="false" aria-controls="more">Further reading</button>
            <div id="more" hidden><p>Leaflets for practitioners.</p></div>
            <button type="button" aria-haspopup="menu" aria-expanded="false" aria-controls="opts">Page options</button>
            </main></body></html>
            """;

    @TempDir
    Path dir;

    private String text() throws Exception {
        Path file = dir.resolve("accordion.html");
        Files.write(file, PAGE.getBytes(StandardCharsets.UTF_8));
        return new DocumentTextExtractor().extract(file).text();
    }

    @Test
    void anAccordionHeaderButtonKeepsItsHeadingsText() throws Exception {
        String text = text();
        assertThat(text).contains("### 2024 - Lindow Fen - Child RQ\n\nNeglect of a 7-year-old girl.")
                .contains("### 2024 - Orrel Dene - Baby TZ\n\nInjuries to a 4-month-old boy.");
    }

    @Test
    void aDisclosureButtonOutsideAHeadingAndASummaryAreParagraphs() throws Exception {
        String text = text();
        assertThat(text).contains("\n\nHow these summaries are written\n\nEach summary is taken from the review.")
                .contains("\n\nFurther reading\n\nLeaflets for practitioners.");
    }

    @Test
    void controlsStayOut() throws Exception {
        String text = text();
        for (String control : List.of("Accept all", "Expand every review", "Print this page", "Copy link", "Page options")) {
            assertThat(text).doesNotContain(control);
        }
    }

    @Test
    void eachAccordionItemIsAnEntryOfItsOwn() throws Exception {
        ParsedDigest digest = new DigestParser().parse(text());
        assertThat(digest.entries()).extracting(DigestEntry::childName).containsExactly("Child RQ", "Baby TZ");
        assertThat(digest.entries()).extracting(DigestEntry::area).containsExactly("Lindow Fen", "Orrel Dene");
    }
}
