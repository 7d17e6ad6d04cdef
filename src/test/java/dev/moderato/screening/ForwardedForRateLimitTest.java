package dev.moderato.screening;

import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static dev.moderato.screening.Screenings.COMMENTS;
import static dev.moderato.screening.Screenings.json;
import static dev.moderato.screening.Screenings.newEmail;
import static dev.moderato.screening.Screenings.storedIn;
import static dev.moderato.screening.UntrustedProxyRateLimitProfile.PER_ADDRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestProfile(UntrustedProxyRateLimitProfile.class)
class ForwardedForRateLimitTest {

    @Test
    void forwardedForFromAnUntrustedPeerDoesNotEscapeTheAddressLimit() {
        String thread = Comments.newThread();
        for (int i = 0; i < PER_ADDRESS; i++) {
            submitClaiming("203.0.113." + (i + 1), thread).statusCode(202);
        }

        submitClaiming("198.51.100.77", thread).statusCode(429)
                .contentType("application/problem+json");

        assertEquals(PER_ADDRESS, storedIn(thread));
    }

    private static ValidatableResponse submitClaiming(String address, String thread) {
        return json().header("X-Forwarded-For", address)
                .body(Map.of("thread", thread, "name", "Ada", "email", newEmail(), "body", "Remark " + UUID.randomUUID()))
                .when().post(COMMENTS)
                .then();
    }
}
