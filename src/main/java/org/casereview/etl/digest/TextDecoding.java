package org.casereview.etl.digest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that went through a wrong decoding on its way into a digest: HTML entities left in text
 * copied from a web page ("children&amp;#8217;s"), and UTF-8 read as Windows-1252 ("childrenâ€™s").
 */
final class TextDecoding {

    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,6})|#[xX]([0-9a-fA-F]{1,5})|([a-zA-Z]{2,8}));");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("nbsp", " "),
            Map.entry("rsquo", "\u2019"), Map.entry("lsquo", "\u2018"), Map.entry("rdquo", "\u201d"),
            Map.entry("ldquo", "\u201c"), Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"),
            Map.entry("pound", "\u00a3"), Map.entry("hellip", "\u2026"), Map.entry("bull", "\u2022"));
    /** A lead byte of a UTF-8 sequence seen as a Windows-1252 letter, followed by a continuation byte seen the same way. */
    private static final Pattern MOJIBAKE = Pattern.compile("[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026"
            + "\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161"
            + "\u203a\u0153\u017e\u0178]");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    static String decodeHtmlEntities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = m.group();
            if (m.group(1) != null || m.group(2) != null) {
                int code = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
                replacement = Character.isValidCodePoint(code) && code > 0 ? new String(Character.toChars(code)) : replacement;
            } else {
                replacement = NAMED.getOrDefault(m.group(3).toLowerCase(Locale.ROOT), replacement);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The line re-read as UTF-8 when it shows UTF-8 sequences decoded as Windows-1252, else the line itself. */
    static String repairMojibake(String s) {
        if (!MOJIBAKE.matcher(s).find()) {
            return s;
        }
        try {
            ByteBuffer bytes = WINDOWS_1252.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(s));
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            // real Latin-1 letters ("Ãlvaro", "café") that only look like a broken sequence
            return s;
        }
    }
}
