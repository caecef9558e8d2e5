package org.casereview.etl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.casereview.etl.extract.DocumentTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 (b51 kind 4): glyph names the glyph list does not know, read by the Adobe Glyph List's rules: ligatures of
 * names joined by '_', 'uniXXXX' groups, 'uXXXX[XX]', a variant's suffix. A font naming its ligature codes so, with no
 * ToUnicode map, read as U+FFFD ('sta\uFFFD', '\uFFFDrst'); its words are read whole now.
 */
class GlyphNameUnicodeTest {

    @TempDir
    Path dir;

    @Test
    void namesOfGlyphNamesJoinedAndCodePointNamesAreTheirCharacters() {
        assertThat(GlyphNameUnicode.unicode("f_i")).isEqualTo("fi");
        assertThat(GlyphNameUnicode.unicode("f_f_l")).isEqualTo("ffl");
        assertThat(GlyphNameUnicode.unicode("f_i.alt")).isEqualTo("fi");
        assertThat(GlyphNameUnicode.unicode("uni00660069")).isEqualTo("fi");
        assertThat(GlyphNameUnicode.unicode("u1F600")).isEqualTo(new String(Character.toChars(0x1F600)));
        assertThat(GlyphNameUnicode.unicode("T_h")).isEqualTo("Th");
        assertThat(GlyphNameUnicode.unicode("g123")).isNull();
        assertThat(GlyphNameUnicode.unicode("f_g123")).isNull();
        assertThat(GlyphNameUnicode.unicode("uniD800")).isNull();
        assertThat(GlyphNameUnicode.unicode("uni0066006")).isNull();
    }

    @Test
    void aDigestWhoseFontNamesItsLigaturesSoIsReadWhole() throws Exception {
        Path file = dir.resolve("ligatures.pdf");
        LigatureFontPdf.write(file, List.of("She had told sta\u0003 she felt suicidal.",
                "Sta\u0003 \u0001rst recorded a \u0002at with no food and o\u0004ce \u0005ers.", "Plain words."));

        String text = new DocumentTextExtractor().extract(file).text();

        assertThat(text).contains("She had told staff she felt suicidal.")
                .contains("Staff first recorded a flat with no food and office fflers.").doesNotContain("\uFFFD");
    }
}
