package dev.moderato.screening;

import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static dev.moderato.screening.RateLimitProfile.PER_ADDRESS;
import static dev.moderato.screening.Screenings.COMMENTS;
import static dev.moderato.screening.Screenings.storedIn;
import static dev.moderato.support.Submissions.json;
import static dev.moderato.support.Submissions.newEmail;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** One client is one allowance, however its address is written, and an IPv6 client counts with its /64. */
@QuarkusTest
@TestProfile(RateLimitProfile.class)
class AddressRateLimitTest {

    @Test
    void addressesOfOneIpv6SlashSixtyFourShareOneAllowance() {
        String thread = Comments.newThread();
        for (int i = 1; i <= PER_ADDRESS; i++) {
            submitFrom("2001:db8:7::" + Integer.toHexString(i), thread).statusCode(202);
        }
        submitFrom("2001:db8:7:0:ffff:ffff:ffff:fff0", thread).statusCode(429);
        submitFrom("2001:db8:7:1::1", thread).statusCode(202); // the next /64 is another client

        assertEquals(PER_ADDRESS + 1, storedIn(thread));
    }

    @Test
    void oneAddressWrittenSeveralWaysIsOneClient() {
        String thread = Comments.newThread();
        submitFrom("203.0.113.9", thread).statusCode(202);
        submitFrom("::ffff:203.0.113.9", thread).statusCode(202);
        submitFrom("0:0:0:0:0:ffff:cb00:7109", thread).statusCode(202);
        submitFrom("::FFFF:203.0.113.9", thread).statusCode(429);

        assertEquals(PER_ADDRESS, storedIn(thread));
    }

    @Test
    void storesTheAddressInItsOneSpelling() {
        String id = submitFrom("2001:0DB8:0009:0000::0001", Comments.newThread()).statusCode(202).extract().path("id");
        assertEquals("2001:db8:9::1", Comments.find(id).ip);

        String mapped = submitFrom("::ffff:198.51.100.4", Comments.newThread()).statusCode(202).extract().path("id");
        assertEquals("198.51.100.4", Comments.find(mapped).ip);
    }

    private static ValidatableResponse submitFrom(String address, String thread) {
        return json().header("X-Forwarded-For", address)
                .body(Map.of("thread", thread, "name", "Ada", "email", newEmail(), "body", "Remark " + UUID.randomUUID()))
                .when().post(COMMENTS)
                .then();
    }
}
