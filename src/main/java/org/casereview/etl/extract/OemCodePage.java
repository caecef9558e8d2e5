package org.casereview.etl.extract;

import java.nio.charset.Charset;

/**
 * Text saved in a DOS (OEM) code page, as Word's 'Plain Text' with the MS-DOS encoding writes it on a UK or European PC
 * (code page 850): its accented letters sit in bytes 0x80-0xA5, where the Windows and ISO code pages a statistical
 * detector guesses have opening quotes, other marks or nothing ('é' 0x82 reads as a low quote '\u201a', 'ä' 0x84 as
 * '\u201e', 'ü' 0x81 as no character). Right after a lower-case letter ('Zoé', 'café', 'Aimée') a byte is a lower-case
 * letter, or a mark that may end or join a word (an apostrophe, a closing quote, a dash, an ellipsis). When code page 850
 * makes two or more of those bytes lower-case letters, more than the guess makes letters or such marks, the text is code
 * page 850. A windows-1252 text's own letters ('é' 0xE9) are upper-case in 850 ('\u00da') and its closing quotes and
 * dashes fit there in both, so it keeps its guess.
 */
final class OemCodePage {
    static final Charset IBM850 = Charset.forName("IBM850");
    private static final int MIN_LETTERS = 2;
    private static final int MAX_SCAN = 1 << 20;

    private OemCodePage() {
    }

    /** Code page 850 when the high bytes after lower-case letters are its lower-case letters more than the guess's; else the guess. */
    static Charset orOem(byte[] bytes, Charset guessed) {
        if (guessed.equals(IBM850) || !guessed.canEncode() || guessed.newEncoder().maxBytesPerChar() != 1) {
            return guessed;
        }
        char[] guess = highHalf(guessed);
        char[] oem = highHalf(IBM850);
        int guessFits = 0;
        int oemLetters = 0;
        for (int i = 1; i < Math.min(bytes.length, MAX_SCAN); i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80 || !isAsciiLower(bytes[i - 1])) {
                continue;
            }
            oemLetters += Character.isLowerCase(oem[b - 0x80]) ? 1 : 0;
            guessFits += fitsAfterLetter(guess[b - 0x80]) ? 1 : 0;
        }
        return oemLetters >= MIN_LETTERS && oemLetters > guessFits ? IBM850 : guessed;
    }

    /**
     * A character that may follow a lower-case letter: a lower-case letter, or a mark ending or joining a word (an
     * apostrophe, a closing quote, a dash, an ellipsis, a space); not an upper-case letter, an opening quote or bracket, a
     * control character, a modifier, a replacement character or the dagger and per-mille signs.
     */
    private static boolean fitsAfterLetter(char c) {
        if (Character.isLowerCase(c)) {
            return true;
        }
        int type = Character.getType(c);
        return !Character.isUpperCase(c) && type != Character.INITIAL_QUOTE_PUNCTUATION && type != Character.START_PUNCTUATION
                && type != Character.CONTROL && type != Character.MODIFIER_LETTER && type != Character.UNASSIGNED
                && c != '\uFFFD' && c != '\u2021' && c != '\u2030';
    }

    /** What bytes 0x80-0xFF read as in a single-byte charset. */
    static char[] highHalf(Charset charset) {
        byte[] high = new byte[0x80];
        for (int i = 0; i < high.length; i++) {
            high[i] = (byte) (0x80 + i);
        }
        return new String(high, charset).toCharArray();
    }

    private static boolean isAsciiLower(byte b) {
        return b >= 'a' && b <= 'z';
    }
}
