package org.casereview.etl.ingest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real address inside a well-known redirect wrapper: a Google Docs export writes every link as
 * {@code https://www.google.com/url?q=<target>&sa=D...}, and Outlook's safe links rewrite a mailed link as
 * {@code https://<region>.safelinks.protection.outlook.com/?url=<target>&data=...}. The target is URL-decoded once
 * and is then judged as any published link; any other address is returned as it is.
 */
public final class WrappedLinks {

    private static final Pattern WEB_QUERY = Pattern.compile(
            "(?i)https?://([a-z0-9.-]{1,253})(/[^?#\\s]{0,200})?\\?([^#\\s]{1,8000})(#.{0,2000})?");
    private static final String SAFELINKS = ".safelinks.protection.outlook.com";

    private WrappedLinks() {
    }

    /** The wrapped target, or the link itself when it is no such wrapper or names no target. */
    public static String unwrap(String link) {
        if (link == null) {
            return null;
        }
        Matcher web = WEB_QUERY.matcher(link.strip());
        if (!web.matches()) {
            return link;
        }
        String host = web.group(1).toLowerCase(Locale.ROOT);
        String path = web.group(2) == null ? "" : web.group(2);
        Optional<String> target = Optional.empty();
        if ((host.equals("www.google.com") || host.equals("google.com")) && path.equals("/url")) {
            target = parameter(web.group(3), "q").or(() -> parameter(web.group(3), "url"));
        } else if (host.endsWith(SAFELINKS) && host.length() > SAFELINKS.length() && (path.isEmpty() || path.equals("/"))) {
            target = parameter(web.group(3), "url");
        }
        return target.filter(t -> !t.isBlank()).orElse(link);
    }

    private static Optional<String> parameter(String query, String name) {
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                try {
                    return Optional.of(URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8).strip());
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
