package org.casereview.etl.extract;

import java.util.regex.Pattern;

/**
 * A plain-text message wraps its lines at a fixed width, and a link written "text&lt;https://...&gt;" may be cut inside
 * its address ("...&lt;https://example.org/media/ov" over "erview.pdf&gt;"). A line that ends inside an address opened with
 * '&lt;' and not closed goes on, with no space, with the next line when that line opens with the rest of the address: no
 * space before its closing '&gt;'. An address has no spaces, so nothing else is joined.
 */
final class WrappedAngleLinks {
    private static final Pattern OPEN_ADDRESS = Pattern.compile("<(?:https?|ftp)://[^\\s<>]{0,2000}$");
    private static final Pattern ADDRESS_END = Pattern.compile("^[^\\s<>]{1,2000}>");

    private WrappedAngleLinks() {
    }

    static String join(String text) {
        if (!text.contains("://")) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i + 1 < lines.length && OPEN_ADDRESS.matcher(line).find() && ADDRESS_END.matcher(lines[i + 1]).find()) {
                line = line + lines[++i];
            }
            out.append(line);
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
