package org.casereview.etl.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One entry of the allowed hosts: a host name ({@code learning.nspcc.org.uk}, https on port 443),
 * a wildcard ({@code *.nspcc.org.uk}, its sub-domains), or an origin ({@code http://127.0.0.1:8080},
 * exactly that scheme, host and port).
 */
record AllowedOrigin(String scheme, String host, int port) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");

    static AllowedOrigin parse(String entry) {
        String e = entry.strip().toLowerCase(Locale.ROOT);
        int schemeEnd = e.indexOf("://");
        if (schemeEnd < 0) {
            return new AllowedOrigin("https", trimDot(e), 443);
        }
        String scheme = e.substring(0, schemeEnd);
        String rest = e.substring(schemeEnd + 3).replaceFirst("/.*$", "");
        int colon = rest.lastIndexOf(':');
        boolean hasPort = colon > rest.lastIndexOf(']');
        String host = hasPort ? rest.substring(0, colon) : rest;
        int port = hasPort ? portOf(rest.substring(colon + 1)) : standardPort(scheme);
        return new AllowedOrigin(scheme, trimDot(host.replaceAll("^\\[|]$", "")), port);
    }

    boolean matchesHost(String other) {
        if (other == null || other.isBlank()) {
            return false;
        }
        String h = trimDot(other.toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", ""));
        return host.startsWith("*.") ? h.endsWith(host.substring(1)) : h.equals(host);
    }

    boolean allows(String requestScheme, String requestHost, int requestPort) {
        String s = requestScheme == null ? "" : requestScheme.toLowerCase(Locale.ROOT);
        int p = requestPort < 0 ? standardPort(s) : requestPort;
        return s.equals(scheme) && p == port && matchesHost(requestHost);
    }

    static boolean isLiteralAddress(String host) {
        return IPV4.matcher(host).matches() || host.contains(":");
    }

    static int standardPort(String scheme) {
        return switch (scheme) {
            case "https" -> 443;
            case "http" -> 80;
            default -> -1;
        };
    }

    /** The port written in an entry; a port that is no number allows nothing. */
    private static int portOf(String text) {
        return text.matches("\\d{1,5}") ? Integer.parseInt(text) : -2;
    }

    private static String trimDot(String host) {
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }
}
