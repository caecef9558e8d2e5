package org.casereview.etl.ingest;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Set;

/**
 * Where a host name leads: a download may only connect to a public address. Loopback, private
 * (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7), link-local (169.254/16, fe80::/10),
 * multicast and unspecified addresses are refused, unless the link is written with the very
 * address the operator named among the allowed hosts (a name resolving to it stays refused).
 */
final class AddressCheck {

    private AddressCheck() {
    }

    /**
     * Why the host must not be connected to, or empty when every address it resolves to is public.
     *
     * @throws UnknownHostException when the name does not resolve (a network failure, not an unsafe link)
     */
    static Optional<String> refusal(String host, Set<String> namedAddresses) throws UnknownHostException {
        String bare = host.replaceAll("^\\[|]$", "");
        for (InetAddress address : InetAddress.getAllByName(bare)) {
            Optional<String> kind = nonPublicKind(address);
            // only the literal address itself is let through: a name that resolves to it is not
            if (kind.isPresent() && !namedAddresses.contains(bare)) {
                return Optional.of("host '" + host + "' resolves to " + address.getHostAddress() + ", a "
                        + kind.get() + " address");
            }
        }
        return Optional.empty();
    }

    /** "loopback", "private", ... for an address a download must not reach; empty for a public one. */
    static Optional<String> nonPublicKind(InetAddress address) {
        byte[] b = address.getAddress();
        if (address.isAnyLocalAddress() || b.length == 4 && b[0] == 0) {
            return Optional.of("unspecified");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        boolean carrierGrade = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        boolean uniqueLocal = address instanceof Inet6Address && (b[0] & 0xfe) == 0xfc;
        if (address.isSiteLocalAddress() || carrierGrade || uniqueLocal) {
            return Optional.of("private");
        }
        return Optional.empty();
    }
}
