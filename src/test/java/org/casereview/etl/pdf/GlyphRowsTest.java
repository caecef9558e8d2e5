package org.casereview.etl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

class GlyphRowsTest {

    private static final PDFont FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    @Test
    void eachRowHoldsItsGlyphsGettersValues() {
        TextPosition glyph = glyph("W", 100, 700, 9.5f);
        GlyphRows rows = GlyphRows.of(List.of(glyph));

        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.glyph(0)).isSameAs(glyph);
        assertThat(rows.x(0)).isEqualTo(glyph.getX());
        assertThat(rows.y(0)).isEqualTo(glyph.getY());
        assertThat(rows.width(0)).isEqualTo(glyph.getWidth()).isEqualTo(9.5f);
        assertThat(rows.height(0)).isEqualTo(glyph.getHeight());
        assertThat(rows.widthOfSpace(0)).isEqualTo(glyph.getWidthOfSpace());
        assertThat(rows.fontSize(0)).isEqualTo(12f);
        assertThat(rows.characters(0)).isEqualTo(1);
        assertThat(rows.font(0)).isSameAs(FONT);
        assertThat(rows.text(0)).isEqualTo("W");
        assertThat(rows.sizeInPt(0)).isEqualTo(12f);
        assertThat(rows.left(0)).isEqualTo(glyph.getXDirAdj()).isEqualTo(100f);
        assertThat(rows.widthDirAdj(0)).isEqualTo(glyph.getWidthDirAdj());
        assertThat(rows.top(0)).isEqualTo(glyph.getYDirAdj());
        assertThat(rows.mark(0)).isZero();
    }

    @Test
    void aGlyphTurnedOffThePagesDirectionHasItsPlaceInItsOwnDirection() {
        // running up the page (direction 90) on an upright page, and upright text on a page turned a quarter
        TextPosition up = new TextPosition(0, 595, 842, new Matrix(0, 12, -12, 0, 300, 200), 300, 209, 9, 9, 3.3f, "U",
                new int[] {'U'}, FONT, 12, 12);
        TextPosition across = new TextPosition(90, 595, 842, new Matrix(12, 0, 0, 12, 100, 500), 109, 500, 9, 9, 3.3f,
                "A", new int[] {'A'}, FONT, 12, 12);
        GlyphRows rows = GlyphRows.of(List.of(up, across));

        for (int i = 0; i < 2; i++) {
            TextPosition glyph = rows.glyph(i);
            assertThat(rows.left(i)).isEqualTo(glyph.getXDirAdj()).isNotEqualTo(glyph.getX());
            assertThat(rows.top(i)).isEqualTo(glyph.getYDirAdj()).isNotEqualTo(glyph.getY());
            assertThat(rows.widthDirAdj(i)).isEqualTo(glyph.getWidthDirAdj()).isNotEqualTo(glyph.getWidth());
        }
    }

    @Test
    void keepingASubsequenceMovesItsRowsUpWithTheirMarks() {
        List<TextPosition> glyphs = new ArrayList<>();
        GlyphRows rows = new GlyphRows();
        for (int i = 0; i < 300; i++) { // past the first capacity
            TextPosition glyph = glyph(String.valueOf((char) ('a' + i % 26)), 10 + i, 700, 5);
            glyphs.add(glyph);
            rows.add(glyph, i);
        }
        List<TextPosition> kept = List.of(glyphs.get(1), glyphs.get(2), glyphs.get(270));

        assertThat(rows.keepOnly(kept)).isTrue();

        assertThat(rows.size()).isEqualTo(3);
        assertThat(rows.glyph(2)).isSameAs(glyphs.get(270));
        assertThat(rows.mark(2)).isEqualTo(270);
        assertThat(rows.left(2)).isEqualTo(280f);
        assertThat(rows.text(0)).isEqualTo("b");
    }

    @Test
    void aListThatIsNoSubsequenceOfTheRowsLeavesThemAsTheyWere() {
        TextPosition a = glyph("a", 10, 700, 5);
        TextPosition b = glyph("b", 20, 700, 5);
        TextPosition stranger = glyph("b", 20, 700, 5);
        GlyphRows rows = GlyphRows.of(List.of(a, b));

        assertThat(rows.keepOnly(List.of(b, a))).isFalse();
        assertThat(rows.keepOnly(List.of(a, stranger))).isFalse();
        assertThat(rows.keepOnly(List.of(stranger))).isFalse();

        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.glyph(0)).isSameAs(a);
        assertThat(rows.glyph(1)).isSameAs(b);
    }

    @Test
    void aRowTakenAgainHoldsTheGlyphsNewTextAndWidths() {
        TextPosition e = glyph("e", 10, 700, 6);
        TextPosition accent = glyph("\u00b4", 11, 700, 4);
        GlyphRows rows = GlyphRows.of(List.of(e));
        e.mergeDiacritic(accent);

        rows.set(0, e, 4);

        assertThat(rows.text(0)).isEqualTo(e.getUnicode()).hasSize(2);
        assertThat(rows.characters(0)).isEqualTo(2);
        assertThat(rows.mark(0)).isEqualTo(4);
    }

    private static TextPosition glyph(String text, float x, float y, float width) {
        Matrix matrix = new Matrix(12, 0, 0, 12, x, y);
        return new TextPosition(0, 595, 842, matrix, x + width, y, 9, width, 3.3f, text, new int[] {text.charAt(0)},
                FONT, 12, 12);
    }
}
