package org.casereview.etl.extract;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Issue 9 (digests b36, kind 1): a bilingual digest gives each review in English and then its translation in a block
 * that declares another language ({@code lang="cy"}). The translation is not another review: the English text is the
 * record, the translation gives no entry, field or item. Invented material.
 */
class TranslationBlocksTest {
    @TempDir
    Path dir;

    private static List<String> items(DigestEntry entry, SectionType type) {
        return entry.section(type).map(s -> s.items().stream().map(Item::text).toList()).orElse(List.of());
    }

    @Test
    void markdownTranslationBlocksGiveNoEntriesOrItems() throws Exception {
        Path file = dir.resolve("bilingual.md");
        Files.writeString(file, """
                Learning from reviews – March 2031 / Dysgu o adolygiadau – Mawrth 2031
                ======================================================================

                Two reviews were published this month by an invented partnership.

                <p lang="cy">Cyhoeddwyd dau adolygiad y mis hwn gan bartneriaeth ddychmygol.</p>

                Child QY: Child practice review
                -------------------------------

                Neglect of a 6-year-old boy in 2029 who often missed school and was hungry in class.

                **Learning includes:**

                - the school nurse was not told about the missed health checks

                Read child practice review (PDF)[^1]

                <div lang="cy">

                ## Plentyn QY: Adolygiad ymarfer plant

                Esgeuluso bachgen 6 oed yn 2029 a oedd yn aml yn colli ysgol ac yn llwglyd yn y dosbarth.

                **Mae'r dysgu yn cynnwys:**

                - ni ddywedwyd wrth nyrs yr ysgol am y gwiriadau iechyd a gollwyd

                Darllen yr adolygiad (PDF)[^1]

                </div>

                Baby QZ: Child practice review
                ------------------------------

                Serious harm to a 2-month-old girl in 2030 who had a skull fracture.

                **Recommendations include:**

                - check every bruise on a baby who is not yet crawling

                Read child practice review (PDF)[^2]

                <div lang="cy-GB">

                ## Baban QZ: Adolygiad ymarfer plant

                Niwed difrifol i ferch 2 fis oed yn 2030 a oedd ag asgwrn penglog wedi torri.

                Mae'r argymhellion yn cynnwys:

                - gwirio pob clais ar fabi nad yw'n cropian eto

                </div>

                [^1]: https://example.org/qy.pdf
                [^2]: https://example.org/qz.pdf
                """);
        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).doesNotContain("Plentyn QY", "Baban QZ", "Cyhoeddwyd", "gwirio pob clais");

        List<DigestEntry> entries = new DigestParser().parse(text).entries();
        assertThat(entries).extracting(DigestEntry::title)
                .containsExactly("Child QY: Child practice review", "Baby QZ: Child practice review");
        assertThat(items(entries.get(0), SectionType.LEARNING))
                .containsExactly("the school nurse was not told about the missed health checks");
        assertThat(items(entries.get(0), SectionType.RECOMMENDATIONS)).isEmpty();
        assertThat(entries.get(0).linkTarget()).isEqualTo("https://example.org/qy.pdf");
        assertThat(items(entries.get(1), SectionType.RECOMMENDATIONS))
                .containsExactly("check every bruise on a baby who is not yet crawling");
        assertThat(entries.get(1).linkTarget()).isEqualTo("https://example.org/qz.pdf");
    }

    @Test
    void aDigestWrittenOnlyInTheDeclaredLanguageIsKept() throws Exception {
        String markdown = """
                <div lang="cy">

                ## Plentyn QV: Adolygiad ymarfer plant

                Esgeuluso merch 3 oed.

                </div>
                """;
        String read = MarkdownHtmlBlocks.read(markdown, html -> "");
        assertThat(read).contains("## Plentyn QV: Adolygiad ymarfer plant", "Esgeuluso merch 3 oed.");
    }

    @Test
    void englishBlocksAndUndeclaredTextAreKept() throws Exception {
        String english = "Neglect of a 6-year-old boy in 2029 who often missed school and was hungry in class, "
                + "and whose mother had asked the health visitor for help twice.";
        String markdown = english + "\n\n<div lang=\"en-GB\">\n\nAn English note.\n\n</div>\n";
        assertThat(MarkdownHtmlBlocks.read(markdown, html -> "")).contains(english, "An English note.");
    }

    @Test
    void htmlTranslationSectionsGiveNoEntries() throws Exception {
        Path file = dir.resolve("bilingual.html");
        Files.writeString(file, """
                <!DOCTYPE html>
                <html lang="en-GB"><head><title>Learning from reviews</title></head><body><main>
                <h1>Learning from reviews – March 2031</h1>
                <h2>Child QY: Child practice review</h2>
                <p>Neglect of a 6-year-old boy in 2029 who often missed school and was hungry in class.</p>
                <p><strong>Learning includes:</strong></p>
                <ul><li>the school nurse was not told about the missed health checks</li></ul>
                <p><a href="https://example.org/qy.pdf">Read child practice review (PDF)</a></p>
                <section lang="cy">
                <h2>Plentyn QY: Adolygiad ymarfer plant</h2>
                <p>Esgeuluso bachgen 6 oed yn 2029 a oedd yn aml yn colli ysgol.</p>
                <p><strong>Mae'r dysgu yn cynnwys:</strong></p>
                <ul><li>ni ddywedwyd wrth nyrs yr ysgol am y gwiriadau iechyd</li></ul>
                <p><a href="https://example.org/qy.pdf">Darllen yr adolygiad (PDF)</a></p>
                </section>
                </main></body></html>
                """);
        String text = new DocumentTextExtractor().extract(file).text();
        assertThat(text).doesNotContain("Plentyn QY", "Esgeuluso");

        List<DigestEntry> entries = new DigestParser().parse(text, false).entries();
        assertThat(entries).extracting(DigestEntry::title).containsExactly("Child QY: Child practice review");
        assertThat(items(entries.get(0), SectionType.LEARNING))
                .containsExactly("the school nurse was not told about the missed health checks");
    }
}
