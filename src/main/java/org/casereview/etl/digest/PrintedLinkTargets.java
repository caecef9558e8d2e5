package org.casereview.etl.digest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The address a web page's print style writes after each link ({@code a[href]::after { content: " (" attr(href) ")" }}):
 * a printed page reads '[Child A: Serious case review (https://library.../rec?id=C1)](https://library.../rec?id=C1)',
 * the address wrapped over a line end (a space where it broke). A bracketed address at the end of a link's words, or
 * straight after the link, that is the link's own target is the target printed, not words of the title, link line or
 * item: it is dropped and the link kept. A bracketed address naming anything else stays as printed.
 */
final class PrintedLinkTargets {

    /** A bracketed run at the end of a link's words: " (https://... ...)". */
    private static final Pattern AT_END = Pattern.compile("\\s*\\(([^()]{1,2000})\\)\\s*$");
    /** A bracketed run straight after a link: " (https://...)". */
    private static final Pattern AFTER = Pattern.compile("[ \\t]*\\(([^()\\n]{1,2000})\\)");
    /** A bare address in brackets at a title's end, wrapped at up to three places: " (https://... ...)". */
    private static final Pattern BARE_AT_END = Pattern.compile(
            "\\s*\\((?:https?://|www\\.)[^()\\s]{1,1000}(?:\\s[^()\\s]{1,1000}){0,3}\\)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PrintedLinkTargets() {
    }

    static String drop(String text) {
        if (!text.contains("](")) {
            return text;
        }
        Matcher link = LinkShapes.MARKDOWN_LINK.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (link.find()) {
            String target = link.group(2);
            String words = link.group(1);
            Matcher end = AT_END.matcher(words);
            if (end.find() && end.start() > 0 && isTarget(end.group(1), target)) {
                words = words.substring(0, end.start());
            }
            out.append(text, last, link.start(1)).append(words).append(text, link.end(1), link.end());
            last = link.end();
            Matcher after = AFTER.matcher(text).region(link.end(), text.length());
            if (after.lookingAt() && isTarget(after.group(1), target)) {
                last = after.end();
            }
        }
        return out.append(text, last, text.length()).toString();
    }

    /** A title without a bare bracketed address at its end: 'Child A: Serious case review (https://...)'. */
    static String withoutTrailingAddress(String title) {
        String without = BARE_AT_END.matcher(title).replaceFirst("");
        return without.isBlank() ? title : without;
    }

    /**
     * The printed words are the link's target: the same address once the spaces of its wrapping are taken out, or the
     * path the page's link gave ('/media/review.pdf') at the end of the target it resolved to.
     */
    private static boolean isTarget(String printed, String target) {
        String address = SPACES.matcher(printed).replaceAll("");
        if (address.isEmpty() || target.isEmpty()) {
            return false;
        }
        String resolved = target.replace("%20", " ").replace("%29", ")");
        return address.equals(target) || address.equals(SPACES.matcher(resolved).replaceAll(""))
                || address.startsWith("/") && address.length() > 1 && target.endsWith(address);
    }
}
