package dev.moderato.screening;

import dev.moderato.platform.config.ModeratoConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Signed timestamp tokens a comment form can carry: the page fetches one when it shows the
 * form, and a form posted back sooner than a person could have written anything is a bot.
 * Format: {@code <issued epoch millis>.<HMAC-SHA256 of it, base64url>}.
 */
@ApplicationScoped
public class FormTokens {

    private final SecretKeySpec key;
    private final Clock clock;

    @Inject
    FormTokens(ModeratoConfig config, Clock clock) {
        this(config.screening().tokenSecret().filter(secret -> !secret.isBlank())
                .map(secret -> secret.getBytes(StandardCharsets.UTF_8))
                .orElseGet(FormTokens::randomKey), clock);
    }

    FormTokens(byte[] key, Clock clock) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.clock = clock;
    }

    public String issue() {
        String issuedAt = Long.toString(clock.millis());
        return issuedAt + "." + sign(issuedAt);
    }

    /** How long ago a genuine token was issued; empty when the token is malformed or not ours. */
    public Optional<Duration> age(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String issuedAt = token.substring(0, dot);
        byte[] expected = sign(issuedAt).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.between(Instant.ofEpochMilli(Long.parseLong(issuedAt)), clock.instant()));
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
