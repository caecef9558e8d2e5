package org.casereview.etl.digest;

import static org.assertj.core.api.Assertions.assertThat;

import org.casereview.etl.document.ParsedDigest;
import org.casereview.etl.document.SectionType;
import org.casereview.etl.layout.BulletGlyphs;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 (digests b49, kind 4): a slide deck's items open with Wingdings pictures whose ToUnicode gives the font's
 * private-use codes (U+F0FC a tick for learning, U+F071 a box for recommendations), set apart from the words as the
 * text layer reads them. Any symbol-font glyph (U+F020-U+F0FF) opening a line is a bullet, in the one list of bullet
 * glyphs every reader uses. Invented reviews.
 */
class SymbolFontBulletsTest {

    private static final String DIGEST = """
            Case reviews published in April 2026

            Child RS: Serious case review

            Death of a 3-year-old boy in 2024 from an overdose of his mother's methadone.

            Learning includes:
            - \uf0fc the drug service did not check where the methadone was kept
            - \uf0fc nursery staff noticed he was often sleepy

            Recommendations include:
            \uf071 make home visits to check safe storage of medication
            \uf071 share drug treatment with the health visitor

            Child SS: Learning review

            Neglect of a 6-year-old girl in 2023 whose parents, aged 29 and 27, drank heavily.

            Learning includes:
            \uf0a8 the school's worries were not shared
            """;

    @Test
    void aSymbolFontGlyphOpeningAnItemIsItsBullet() {
        ParsedDigest digest = new DigestParser().parse(DIGEST);

        assertThat(EveryLineHeadingTagsTest.items(digest.entries().get(0), SectionType.LEARNING)).containsExactly(
                "the drug service did not check where the methadone was kept", "nursery staff noticed he was often sleepy");
        assertThat(EveryLineHeadingTagsTest.items(digest.entries().get(0), SectionType.RECOMMENDATIONS)).containsExactly(
                "make home visits to check safe storage of medication", "share drug treatment with the health visitor");
        assertThat(EveryLineHeadingTagsTest.items(digest.entries().get(1), SectionType.LEARNING)).containsExactly(
                "the school's worries were not shared");
    }

    @Test
    void everySymbolFontGlyphIsABulletGlyph() {
        assertThat(BulletGlyphs.isBulletOnly("\uf0fc")).isTrue();
        assertThat(BulletGlyphs.isBulletOnly("\uf071")).isTrue();
        assertThat(BulletGlyphs.isBulletOnly("\uf0b7")).isTrue();
        assertThat(BulletGlyphs.isBulletOnly("a")).isFalse();
        assertThat(BulletGlyphs.isBulletOnly("\ue000")).isFalse();
    }
}
