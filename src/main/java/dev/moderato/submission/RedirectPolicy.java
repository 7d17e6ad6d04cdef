package dev.moderato.submission;

import dev.moderato.platform.config.ModeratoConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Decides whether a form's {@code redirect_to} may be followed: only to an allowed origin, never an open redirect. */
@ApplicationScoped
public class RedirectPolicy {

    private final Set<String> allowedOrigins;

    RedirectPolicy(ModeratoConfig config) {
        this.allowedOrigins = config.allowedOrigins().orElse(List.of()).stream()
                .map(String::strip)
                .filter(origin -> !origin.isEmpty())
                .map(RedirectPolicy::origin)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Optional<URI> target(String redirectTo) {
        if (redirectTo == null || redirectTo.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(redirectTo.strip());
            // Percent-encoded as UTF-8: a header carries ASCII, and raw "é" would go out as a Latin-1 byte.
            URI ascii = new URI(uri.toASCIIString());
            return origin(ascii.toString()).filter(allowedOrigins::contains).map(origin -> ascii);
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<String> origin(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return Optional.empty();
            }
            int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
    }
}
