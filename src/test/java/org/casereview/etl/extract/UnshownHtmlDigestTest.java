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
 * Issue 9 (digests b60, kind 2): a page keeps text it does not publish in elements a browser does not show (the
 * {@code hidden} attribute, an inline {@code display: none} or {@code visibility: hidden}): a withdrawn review, an
 * earlier wording of a summary, an item taken out, an editor's note. Tika passes it as any text, and it was read as a
 * review, a summary's first sentence, an item. It is left out now, unless a control names it (an accordion panel its
 * button opens) or it is {@code hidden="until-found"} (shown when searched for). Invented digest.
 */
class UnshownHtmlDigestTest {
    private static final String PAGE = """
            <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Reviews published in May 2035</title></head>
            <body><main>
            <h1>Reviews published in May 2035</h1>
            <p style="visibility: hidden">Printed from the partnership website.</p>
            <p>Three reviews were published in May 2035. Every child and place here is invented for testing.</p>
            <article><h2>Child PV: Child safeguarding practice review</h2>
            <p style="color: #333; display : none !important">Draft: Neglect of a 9-year-old girl in 2031.</p>
            <p>Neglect of a 7-year-old girl in 2034.<span style="display:none"> Check the year.</span> Child PV is White British.</p>
            <p><strong>Learning includes:</strong></p>
            <ul><li>her absences were not followed up</li>
            <li style="display:none">the family were not offered an interpreter</li>
            <li>the GP did not know about the school's concerns</li></ul>
            <p hidden class="editor-note">Editor's note: check the link before this goes live.</p>
            </article>
            <article hidden><h2>Child QV: Child safeguarding practice review</h2>
            <p>Death of a 12-year-old boy in 2034. Child QV is White British.</p>
            <p><strong>Learning includes:</strong></p><ul><li>the threats to him were not shared</li></ul></article>
            <article><h2><button aria-expanded="false" aria-controls="panel-rv">Child RV: Child safeguarding practice review</button></h2>
            <div id="panel-rv" hidden>
            <p>Serious harm to a 15-year-old boy in 2033.</p>
            <p><strong>Learning includes:</strong></p><ul><li>his exclusion from school was not shared</li></ul></div>
            </article>
            <article><h2>Baby SV: Child safeguarding practice review</h2>
            <div hidden="until-found"><p>Death of a 2-month-old girl in 2035.</p>
            <p style="display: none; display: block"><strong>Learning includes:</strong></p>
            <ul><li>safer sleep advice was not repeated</li></ul></div>
            </article>
            </main></body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void textABrowserDoesNotShowIsNoReviewSummaryOrItem() throws Exception {
        Path file = dir.resolve("reviews.html");
        Files.writeString(file, PAGE, StandardCharsets.UTF_8);

        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).doesNotContain("Printed from", "Draft", "Check the year", "interpreter", "Editor", "Child QV");

        List<DigestEntry> entries = new DigestParser().parse(text).entries();
        assertThat(entries).extracting(DigestEntry::title).containsExactly("Child PV: Child safeguarding practice review",
                "Child RV: Child safeguarding practice review", "Baby SV: Child safeguarding practice review");
        assertThat(entries).extracting(DigestEntry::summary).containsExactly(
                "Neglect of a 7-year-old girl in 2034. Child PV is White British.",
                "Serious harm to a 15-year-old boy in 2033.", "Death of a 2-month-old girl in 2035.");
        assertThat(learning(entries.get(0)))
                .containsExactly("her absences were not followed up", "the GP did not know about the school's concerns");
        assertThat(learning(entries.get(1))).containsExactly("his exclusion from school was not shared");
        assertThat(learning(entries.get(2))).containsExactly("safer sleep advice was not repeated");
    }

    private static List<String> learning(DigestEntry entry) {
        return entry.section(SectionType.LEARNING).orElseThrow().items().stream().map(Item::text).toList();
    }
}
