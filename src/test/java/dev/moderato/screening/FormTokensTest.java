package dev.moderato.screening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormTokensTest {

    private static final byte[] KEY = "a key only these tests know, 32+ bytes".getBytes(StandardCharsets.UTF_8);
    private static final Instant ISSUED = Instant.parse("2026-03-01T12:00:00Z");

    private static FormTokens at(Instant now) {
        return new FormTokens(KEY, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static String issued() {
        return at(ISSUED).issue();
    }

    @Test
    void tokenCarriesItsIssueTimeANonceAndTheirSignature() {
        String token = issued();
        String[] parts = token.split("\\.");

        assertEquals(3, parts.length, token);
        assertEquals(Long.toString(ISSUED.toEpochMilli()), parts[0]);
        assertTrue(parts[1].matches("[A-Za-z0-9_-]{22}"), parts[1]);
        assertEquals(hmac(parts[0] + "." + parts[1]), parts[2]);
    }

    @Test
    void everyTokenHasItsOwnNonce() {
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            nonces.add(at(ISSUED).read(issued()).orElseThrow().nonce());
        }

        assertEquals(1_000, nonces.size());
    }

    @Test
    void ageIsTheTimeSinceTheTokenWasIssued() {
        String token = issued();

        assertEquals(Optional.of(Duration.ZERO), age(ISSUED, token));
        assertEquals(Optional.of(Duration.ofMillis(2_999)), age(ISSUED.plusMillis(2_999), token));
        assertEquals(Optional.of(Duration.ofHours(5)), age(ISSUED.plus(Duration.ofHours(5)), token));
    }

    @Test
    void changedNonceFailsVerification() {
        String token = issued();
        String[] parts = token.split("\\.");
        char first = parts[1].charAt(0);
        String otherNonce = (first == 'A' ? 'B' : 'A') + parts[1].substring(1);

        assertEquals(Optional.empty(), age(ISSUED, parts[0] + "." + otherNonce + "." + parts[2]));
        assertEquals(Optional.empty(), age(ISSUED, parts[0] + "." + parts[2]));
        assertEquals(Optional.empty(), age(ISSUED, parts[0] + ".." + parts[2]));
    }

    private static Optional<Duration> age(Instant now, String token) {
        return at(now).read(token).map(FormTokens.Issued::age);
    }

    @Test
    void changedTimestampFailsVerification() {
        String token = issued();
        String nonceAndSignature = token.substring(token.indexOf('.'));

        assertEquals(Optional.empty(), age(ISSUED, (ISSUED.toEpochMilli() - 60_000) + nonceAndSignature));
        assertEquals(Optional.empty(), age(ISSUED, (ISSUED.toEpochMilli() + 1) + nonceAndSignature));
        assertEquals(Optional.empty(), age(ISSUED, "0" + token));
    }

    @Test
    void changedSignatureFailsVerification() {
        String token = issued();
        char last = token.charAt(token.length() - 1);
        String flipped = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertEquals(Optional.empty(), age(ISSUED, flipped));
        assertEquals(Optional.empty(), age(ISSUED, token.substring(0, token.length() - 1)));
        assertEquals(Optional.empty(), age(ISSUED, token + "A"));
    }

    @Test
    void tokenSignedWithAnotherKeyFailsVerification() {
        String foreign = new FormTokens("another replica's key".getBytes(StandardCharsets.UTF_8),
                Clock.fixed(ISSUED, ZoneOffset.UTC)).issue();

        assertEquals(Optional.empty(), age(ISSUED.plusSeconds(10), foreign));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "garbled", "1772366400000", "1772366400000.", ".signature", "..", "1772366400000..x", "1772366400000.nonce.", "1772366400000.nonce"})
    void malformedTokenFailsVerification(String token) {
        assertEquals(Optional.empty(), age(ISSUED, token));
    }

    @Test
    void correctlySignedValueThatIsNotATimeFailsVerification() {
        assertEquals(Optional.empty(), age(ISSUED, "yesterday.nonce." + hmac("yesterday.nonce")));
    }

    private static String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
