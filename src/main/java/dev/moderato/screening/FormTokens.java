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
 * Signed tokens a comment form carries: the page fetches one when it shows the form. The token says when it was
 * issued, so a form posted back sooner than a person could have written anything, or long after, shows; and it
 * carries a random nonce, so that a token posted twice shows too ({@link SpentTokens}).
 * Format: {@code <issued epoch millis>.<nonce, base64url>.<HMAC-SHA256 of both, base64url>}.
 */
@ApplicationScoped
public class FormTokens {

    /** A token Moderato signed: how long ago it was issued, and the nonce that tells it from every other. */
    public record Issued(Duration age, String nonce) {
    }

    private static final int NONCE_BYTES = 16;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

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
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        String signed = clock.millis() + "." + BASE64URL.encodeToString(nonce);
        return signed + "." + sign(signed);
    }

    /** The token's age and nonce; empty when the token is malformed or not ours. */
    public Optional<Issued> read(String token) {
        int signatureAt = token.lastIndexOf('.');
        int nonceAt = token.indexOf('.');
        if (nonceAt <= 0 || signatureAt <= nonceAt + 1) {
            return Optional.empty();
        }
        String signed = token.substring(0, signatureAt);
        byte[] expected = sign(signed).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(signatureAt + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        try {
            Instant issuedAt = Instant.ofEpochMilli(Long.parseLong(token.substring(0, nonceAt)));
            return Optional.of(new Issued(Duration.between(issuedAt, clock.instant()), token.substring(nonceAt + 1, signatureAt)));
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return BASE64URL.encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
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
