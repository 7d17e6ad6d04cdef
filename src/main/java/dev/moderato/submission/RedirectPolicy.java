package dev.moderato.submission;

import dev.moderato.platform.http.AllowedOrigins;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where a form post sends its reader back: only to an allowed origin, never an open redirect. The 303 after a
 * stored comment carries a marker in its fragment, {@code #moderato=pending,ID} (or {@code approved}), which the
 * widget on the article reads to show the reader their comment; the fragment never reaches the site's server.
 */
@ApplicationScoped
public class RedirectPolicy {

    static final String MARKER = "moderato=";

    private final AllowedOrigins allowed;

    RedirectPolicy(AllowedOrigins allowed) {
        this.allowed = allowed;
    }

    /** The form's {@code redirect_to}, when its origin is allowed. */
    public Optional<URI> target(String redirectTo) {
        if (redirectTo == null || redirectTo.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(redirectTo.strip());
            // Percent-encoded as UTF-8: a header carries ASCII, and raw "é" would go out as a Latin-1 byte.
            URI ascii = new URI(uri.toASCIIString());
            return allowed.allows(ascii.toString()) ? Optional.of(ascii) : Optional.empty();
        } catch (URISyntaxException malformed) {
            return Optional.empty();
        }
    }

    /** The page a form's reader goes back to from Moderato's own pages: {@code redirect_to}, else an allowed Referer. */
    public Optional<URI> backTo(String redirectTo, String referer) {
        return target(redirectTo).or(() -> target(referer));
    }

    /** The target with the marker of the stored comment in place of its fragment. */
    static URI marked(URI target, String status, String id) {
        String address = target.toString();
        int hash = address.indexOf('#');
        return URI.create((hash < 0 ? address : address.substring(0, hash)) + '#' + MARKER + status + ',' + id);
    }
}
