package org.casereview.etl.extract;

import java.nio.charset.Charset;

/**
 * Text saved in the classic Mac OS Roman encoding (SimpleText, BBEdit or TextEdit's 'Western (Mac OS Roman)'): its
 * typographic marks sit in bytes where the Windows, ISO and DOS code pages a statistical detector guesses have capital or
 * other letters (the apostrophe 0xD5 reads 'Õ' in windows-1252 and '\u0131' in code page 850, the bullet 0xA5 '¥' / 'Ñ', the
 * en dash 0xD0 'Ð' / 'ð', the ellipsis 0xC9 'É' / '╔', curly double quotes 0xD2 / 0xD3 'Ò' 'Ó'). English text's bytes over
 * 0x7F are almost always such marks, the pound and euro signs, or lower-case accented letters in names; when more of them
 * read so in MacRoman than in the charset chosen (two or more), the text is MacRoman. A Windows text's own marks (0x91-0x97)
 * read as lower-case accented letters in MacRoman, as many as they read as marks in windows-1252, so it keeps its charset.
 */
final class MacRomanText {
    static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");
    private static final int MIN_USUAL = 2;
    private static final int MAX_SCAN = 1 << 20;
    private static final String USUAL_MARKS = "\u2019\u2018\u201c\u201d\u2013\u2014\u2022\u2026\u00a3\u20ac";

    private MacRomanText() {
    }

    /** MacRoman when more of the text's high bytes read as usual characters there than in {@code chosen}; else chosen. */
    static Charset orMacRoman(byte[] bytes, Charset chosen) {
        if (chosen.equals(MAC_ROMAN) || !chosen.canEncode() || chosen.newEncoder().maxBytesPerChar() != 1) {
            return chosen;
        }
        char[] mine = OemCodePage.highHalf(chosen);
        char[] mac = OemCodePage.highHalf(MAC_ROMAN);
        int chosenUsual = 0;
        int macUsual = 0;
        for (int i = 0; i < Math.min(bytes.length, MAX_SCAN); i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x80) {
                chosenUsual += isUsual(mine[b - 0x80]) ? 1 : 0;
                macUsual += isUsual(mac[b - 0x80]) ? 1 : 0;
            }
        }
        return macUsual >= MIN_USUAL && macUsual > chosenUsual ? MAC_ROMAN : chosen;
    }

    /** A typographic mark English text uses, the pound or euro sign, or a lower-case Latin letter with a diacritic. */
    static boolean isUsual(char c) {
        if (USUAL_MARKS.indexOf(c) >= 0) {
            return true;
        }
        // Latin-1's lower-case letters (\u00df-\u00ff) but the eth, the thorn and the division sign
        return c >= '\u00df' && c <= '\u00ff' && c != '\u00f0' && c != '\u00fe' && c != '\u00f7';
    }
}
