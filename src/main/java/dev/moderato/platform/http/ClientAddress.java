package dev.moderato.platform.http;

import dev.moderato.platform.config.ModeratoConfig;
import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The address a request comes from, in one canonical spelling: IPv6 compressed and lower-case (RFC 5952), an
 * IPv4-mapped IPv6 address as plain IPv4, so that one client is one address however it is written.
 * X-Forwarded-For is believed only when the connection comes from a configured trusted proxy; otherwise
 * anyone could claim any address.
 */
@ApplicationScoped
public class ClientAddress {

    private final List<IpSubnetFilterRule> trustedProxies;

    ClientAddress(ModeratoConfig config) {
        this.trustedProxies = config.trustedProxies().orElse(List.of()).stream()
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(ClientAddress::rule)
                .toList();
    }

    public String of(HttpServerRequest request) {
        String client = forwardedClient(request);
        return client == null ? null : canonical(client);
    }

    /**
     * Whether the client reached us over TLS: the connection itself, or a trusted proxy that says so in
     * {@code X-Forwarded-Proto} (its first value, the one the client used). From anyone else the header is ignored.
     */
    public boolean overTls(HttpServerRequest request) {
        if (request.isSSL()) {
            return true;
        }
        String peer = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        String proto = request.getHeader("X-Forwarded-Proto");
        return peer != null && proto != null && isTrusted(peer)
                && proto.split(",")[0].strip().equalsIgnoreCase("https");
    }

    /** The address in its one spelling; unchanged when it is no IP literal. */
    static String canonical(String address) {
        if (!isIpLiteral(address)) {
            return address;
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address);
        if (bytes.length == 16 && isIpv4Mapped(bytes)) {
            bytes = Arrays.copyOfRange(bytes, 12, 16);
        }
        try {
            return NetUtil.toAddressString(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible); // four or sixteen bytes are always an address
        }
    }

    /**
     * The network an address counts with when clients are limited: an IPv4 address is one client; an IPv6
     * address counts with its /64, which one subscriber or one host usually has whole, so that walking
     * through it does not buy a fresh allowance per address.
     */
    public static String network(String ip) {
        if (!ip.contains(":")) {
            return ip;
        }
        byte[] address = NetUtil.createByteArrayFromIpAddressString(ip);
        return address == null ? ip : HexFormat.of().formatHex(address, 0, 8) + "::/64";
    }

    private static boolean isIpv4Mapped(byte[] address) {
        for (int i = 0; i < 10; i++) {
            if (address[i] != 0) {
                return false;
            }
        }
        return address[10] == (byte) 0xff && address[11] == (byte) 0xff;
    }

    private String forwardedClient(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        if (peer == null || !isTrusted(peer)) {
            return peer;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null) {
            return peer;
        }
        // Walk from the nearest hop outwards: the first address we do not trust is the client.
        String[] hops = forwarded.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!isIpLiteral(hop)) {
                break; // not an address: the trusted hop that passed it on is the nearest client we can name
            }
            client = hop;
            if (!isTrusted(client)) {
                break;
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        if (trustedProxies.isEmpty() || !isIpLiteral(address)) {
            return false;
        }
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return !socket.isUnresolved() && trustedProxies.stream().anyMatch(rule -> rule.matches(socket));
    }

    /**
     * Only literal addresses (no zone, no brackets, so at most 45 characters) are compared or stored:
     * a host name in a header must never cause a DNS look-up.
     */
    private static boolean isIpLiteral(String address) {
        boolean plain = !address.isEmpty() && address.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '.' || c == ':');
        return plain && (NetUtil.isValidIpV4Address(address) || NetUtil.isValidIpV6Address(address));
    }

    private static IpSubnetFilterRule rule(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        int prefix = slash < 0 ? (address.contains(":") ? 128 : 32) : Integer.parseInt(entry.substring(slash + 1));
        return new IpSubnetFilterRule(address, prefix, IpFilterRuleType.ACCEPT);
    }
}
