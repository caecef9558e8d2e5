package org.casereview.etl.extract;

import java.util.regex.Pattern;

/**
 * Word's 'Plain Text' saved in an MS-DOS code page (850, 437) writes a bulleted paragraph's bullet as byte 0x07, the
 * character every DOS code page draws as a bullet, then a tab. As text it is the BEL control character, which the
 * extractor strips, so the items would lose their marker and run together. A line that opens with it and a space or
 * tab is a bullet item ('\u2022 '); a 0x07 anywhere else is left to be stripped.
 */
final class DosBullets {
    private static final Pattern BELL_BULLET = Pattern.compile("(?m)^([ \\t]*)\u0007[ \\t]+(?=\\S)");

    private DosBullets() {
    }

    static String read(String text) {
        if (text.indexOf('\u0007') < 0) {
            return text;
        }
        return BELL_BULLET.matcher(text).replaceAll("$1\u2022 ");
    }
}
