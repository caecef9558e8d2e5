package org.casereview.etl.extract;

import java.util.regex.Pattern;

/**
 * Text with ANSI terminal control sequences, as groff's grotty writes by default ({@code groff -Tutf8}, {@code man} with
 * its formatting kept), and as a terminal session saved to a file holds them: bold is 'ESC[1m' ... 'ESC[0m', underline
 * 'ESC[4m' ... 'ESC[24m', colours 'ESC[31m'. They tell the terminal how to show the text and are no part of it. Taken out
 * whole, as a terminal or {@code less -R} shows the text: else the control-character rule drops the ESC alone and every
 * title reads '[1mChild ...[0m'.
 */
final class TerminalEscapes {
    private static final char ESC = '\u001b';
    /** A control sequence (CSI): ESC '[', parameter and intermediate bytes, one final byte '@'..'~' (ECMA-48 5.4). */
    private static final Pattern CONTROL_SEQUENCE = Pattern.compile("\u001b\\[[0-?]{0,32}[ -/]{0,4}[@-~]");
    /** An operating system command (a terminal title, a hyperlink): ESC ']' ... ended by BEL or ESC '\'. */
    private static final Pattern OS_COMMAND = Pattern.compile("\u001b\\][^\u0007\u001b\n]{0,2048}(?:\u0007|\u001b\\\\)");

    private TerminalEscapes() {
    }

    /** The text without its terminal control sequences; a text with no ESC is returned as it is. */
    static String strip(String text) {
        if (text.indexOf(ESC) < 0) {
            return text;
        }
        return CONTROL_SEQUENCE.matcher(OS_COMMAND.matcher(text).replaceAll("")).replaceAll("");
    }
}
