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
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void tokenCarriesItsIssueTimeAndSignature() {
        String token = issued();

        assertEquals(ISSUED.toEpochMilli() + "." + hmac(Long.toString(ISSUED.toEpochMilli())), token);
    }

    @Test
    void ageIsTheTimeSinceTheTokenWasIssued() {
        String token = issued();

        assertEquals(Optional.of(Duration.ZERO), at(ISSUED).age(token));
        assertEquals(Optional.of(Duration.ofMillis(2_999)), at(ISSUED.plusMillis(2_999)).age(token));
        assertEquals(Optional.of(Duration.ofHours(5)), at(ISSUED.plus(Duration.ofHours(5))).age(token));
    }

    @Test
    void changedTimestampFailsVerification() {
        String token = issued();
        String signature = token.substring(token.indexOf('.'));

        assertEquals(Optional.empty(), at(ISSUED).age((ISSUED.toEpochMilli() - 60_000) + signature));
        assertEquals(Optional.empty(), at(ISSUED).age((ISSUED.toEpochMilli() + 1) + signature));
        assertEquals(Optional.empty(), at(ISSUED).age("0" + token));
    }

    @Test
    void changedSignatureFailsVerification() {
        String token = issued();
        char last = token.charAt(token.length() - 1);
        String flipped = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertEquals(Optional.empty(), at(ISSUED).age(flipped));
        assertEquals(Optional.empty(), at(ISSUED).age(token.substring(0, token.length() - 1)));
        assertEquals(Optional.empty(), at(ISSUED).age(token + "A"));
    }

    @Test
    void tokenSignedWithAnotherKeyFailsVerification() {
        String foreign = new FormTokens("another replica's key".getBytes(StandardCharsets.UTF_8),
                Clock.fixed(ISSUED, ZoneOffset.UTC)).issue();

        assertEquals(Optional.empty(), at(ISSUED.plusSeconds(10)).age(foreign));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "garbled", "1772366400000", "1772366400000.", ".signature", "..", "1772366400000..x"})
    void malformedTokenFailsVerification(String token) {
        assertEquals(Optional.empty(), at(ISSUED).age(token));
    }

    @Test
    void correctlySignedValueThatIsNotATimeFailsVerification() {
        assertEquals(Optional.empty(), at(ISSUED).age("yesterday." + hmac("yesterday")));
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
