package dev.moderato.platform.http;

import dev.moderato.platform.config.ModeratoConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sites' origins in {@code moderato.allowed-origins}: where a form may send its reader back, and which pages
 * may call the public API from the browser (CORS). Origins compare as scheme, host and port, the default port
 * spelled out, so {@code https://news.example.com} and {@code https://news.example.com:443} are one.
 */
@ApplicationScoped
public class AllowedOrigins {

    private final Set<String> allowed;

    AllowedOrigins(ModeratoConfig config) {
        this.allowed = config.allowedOrigins().orElse(List.of()).stream()
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .map(AllowedOrigins::originOf)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether this address (a page, or an {@code Origin} header) is on an allowed origin. */
    public boolean allows(String address) {
        return address != null && originOf(address).filter(allowed::contains).isPresent();
    }

    /** Scheme, host and port of an http(s) address; nothing for anything else. */
    static Optional<String> originOf(String value) {
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
    }
}
