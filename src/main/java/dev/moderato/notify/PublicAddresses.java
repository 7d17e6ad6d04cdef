package dev.moderato.notify;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which addresses a webhook may reach (server-side request forgery): none of loopback, "this host", private,
 * shared (carrier-grade NAT), link-local (cloud metadata services live there), unique-local, multicast or reserved
 * ones, nor an IPv6 address that embeds one of those IPv4 addresses.
 */
public final class PublicAddresses {

    private PublicAddresses() {
    }

    /** Why the address may not be reached (its class), or empty when it is public. */
    public static Optional<String> refusal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("unspecified");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("private");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return ipv4(bytes);
        }
        if (address instanceof Inet6Address) {
            return ipv6(bytes);
        }
        return Optional.empty();
    }

    private static Optional<String> ipv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return Optional.of("unspecified");
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return Optional.of("shared");
        }
        if (first == 192 && second == 0 && (b[2] & 0xff) == 0 || first == 198 && (second & 0xfe) == 18) {
            return Optional.of("reserved");
        }
        if (first >= 240) {
            return Optional.of("reserved");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6(byte[] b) {
        if ((b[0] & 0xfe) == 0xfc) {
            return Optional.of("unique-local");
        }
        boolean zeroPrefix = Arrays.equals(Arrays.copyOf(b, 10), new byte[10]);
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0;
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        if (mapped || compatible || nat64) {
            try {
                return refusal(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16))).map(embedded -> embedded + " (embedded IPv4)");
            } catch (UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return Optional.empty();
    }
}
