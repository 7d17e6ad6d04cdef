package dev.moderato.submission;

import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import static dev.moderato.submission.ClientAddressTest.TEST_CLIENT;
import static dev.moderato.support.Submissions.from;
import static dev.moderato.support.Submissions.submit;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@TestProfile(TrustedProxyProfile.class)
class TrustedProxyClientAddressTest {

    @Test
    void forwardedForFromATrustedProxyNamesTheClient() {
        assertEquals("203.0.113.9", ipStoredFor("203.0.113.9"));
    }

    @Test
    void trustedHopsAreSkippedFromTheRight() {
        assertEquals("198.51.100.7", ipStoredFor("198.51.100.7, 127.0.0.1"));
    }

    @Test
    void theNearestUntrustedHopIsTheClientNotAForgeableFartherOne() {
        assertEquals("203.0.113.9", ipStoredFor("198.51.100.7, 203.0.113.9"));
    }

    @Test
    void ipv6ClientBehindATrustedProxyIsStored() {
        assertEquals("2001:db8::7", ipStoredFor("2001:db8::7"));
    }

    @Test
    void trustedProxyWithoutForwardedForIsItselfTheClient() {
        String id = Comments.submit(Comments.valid(Comments.newThread()));

        assertEquals(TEST_CLIENT, Comments.find(id).ip);
    }

    @Test
    void hostNameInForwardedForIsNotTakenForAnAddress() {
        assertEquals(TEST_CLIENT, ipStoredFor("evil.example"));
    }

    @Test
    void hostNameSpelledInHexDigitsIsNotTakenForAnAddress() {
        assertEquals(TEST_CLIENT, ipStoredFor("cafe.babe"));
    }

    @Test
    void addressesBeyondAHopThatIsNotAnAddressAreNotBelieved() {
        assertEquals(TEST_CLIENT, ipStoredFor("198.51.100.7, evil.example"));
    }

    @Test
    void longGarbageInForwardedForDoesNotLoseTheComment() {
        assertEquals(TEST_CLIENT, ipStoredFor("not-an-address-but-a-rather-long-host-name.evil.example"));
    }

    private static String ipStoredFor(String forwardedFor) {
        return Comments.find(submit(from(forwardedFor), Comments.valid(Comments.newThread()))).ip;
    }
}
