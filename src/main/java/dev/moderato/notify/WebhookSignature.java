package dev.moderato.notify;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Standard Webhooks signatures: {@code v1,} and the base64 HMAC-SHA256, keyed with the secret's decoded bytes, of
 * {@code id.timestamp.body}. Several secrets give several signatures, space-separated, as the specification allows:
 * a receiver accepts the delivery when one of them matches its secret.
 */
public final class WebhookSignature {

    static final String SECRET_PREFIX = "whsec_";
    private static final int SECRET_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new secret: {@code whsec_} and 24 random bytes in base64. */
    public static String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header's value. */
    public static String header(List<String> secrets, String id, long timestamp, String body) {
        return secrets.stream().map(secret -> "v1," + sign(secret, id, timestamp, body)).collect(Collectors.joining(" "));
    }

    static String sign(String secret, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length())), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(
                    mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
