package dev.moderato.screening;

import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static dev.moderato.screening.Screenings.storedIn;
import static dev.moderato.screening.UntrustedProxyRateLimitProfile.PER_ADDRESS;
import static dev.moderato.support.Comments.unique;
import static dev.moderato.support.Submissions.from;
import static dev.moderato.support.Submissions.newEmail;
import static dev.moderato.support.Submissions.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestProfile(UntrustedProxyRateLimitProfile.class)
class ForwardedForRateLimitTest {

    @Test
    void forwardedForFromAnUntrustedPeerDoesNotEscapeTheAddressLimit() {
        String thread = Comments.newThread();
        for (int i = 0; i < PER_ADDRESS; i++) {
            post(from("203.0.113." + (i + 1)), unique(thread, newEmail())).statusCode(202);
        }

        post(from("198.51.100.77"), unique(thread, newEmail())).statusCode(429)
                .contentType("application/problem+json");

        assertEquals(PER_ADDRESS, storedIn(thread));
    }
}
