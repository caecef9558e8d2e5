package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereview.etl.document.DigestEntry;
import org.casereview.etl.document.Item;
import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.layout.CardsPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An untagged newsletter of cards whose content stream writes each card's body before its title. */
class CardsDigestTest {

    @TempDir
    Path dir;

    @Test
    void eachCardIsOneEntryTitledByItsBandWithItsLinkFromTheAnnotation() throws IOException {
        Path pdf = new CardsPdf(true, CardsPdf.Fill.CARDS).write(dir.resolve("cards.pdf"),
                "Case reviews digest - May 2026", "Four case reviews published this month.", CardsPdf.fourCards());
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = LayoutDigestText.read(document, Integer.MAX_VALUE).orElseThrow();
        }
        assertThat(text).contains("## Child KB: Serious case review\n\nNeglect of a 6-year-old girl over several years "
                + "until 2018. Child KB is Asian British.\n\nLEARNING INCLUDES\n\n- agencies did not share what they knew "
                + "about the family\n- the child was not seen alone\n\nRECOMMENDATIONS INCLUDE\n\n"
                + "- see every child alone at each visit\n\n[Read the review (PDF)](https://example.org/r/2.pdf)");

        ParsedDigest digest = new DigestParser().parse(text);
        assertThat(digest.entries()).extracting(DigestEntry::title, DigestEntry::linkTarget).containsExactly(
                tuple("Child KA: Child safeguarding practice review", "https://example.org/r/1.pdf"),
                tuple("Child KB: Serious case review", "https://example.org/r/2.pdf"),
                tuple("Baby KC: Child safeguarding practice review", "https://example.org/r/3.pdf"),
                tuple("Child KD: Serious case review", "https://example.org/r/4.pdf"));
        DigestEntry third = digest.entries().get(2);
        assertThat(third.section(SectionType.SUMMARY).orElseThrow().text())
                .isEqualTo("Death of a 3-week-old girl in 2023 while co-sleeping. Baby KC is White British.");
        assertThat(third.section(SectionType.LEARNING).orElseThrow().items()).extracting(Item::text)
                .containsExactly("agencies did not share what they knew about the family", "the child was not seen alone");
        assertThat(third.linkText()).isEqualTo("Read the review (PDF)");
    }
}
