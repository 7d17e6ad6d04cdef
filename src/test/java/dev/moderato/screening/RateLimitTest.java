package dev.moderato.screening;

import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;


import static dev.moderato.screening.RateLimitProfile.PER_ADDRESS;
import static dev.moderato.screening.RateLimitProfile.PER_EMAIL;
import static dev.moderato.screening.Screenings.COMMENTS;
import static dev.moderato.screening.Screenings.browser;
import static dev.moderato.screening.Screenings.form;
import static dev.moderato.screening.Screenings.storedIn;
import static dev.moderato.screening.Screenings.with;
import static dev.moderato.support.Comments.unique;
import static dev.moderato.support.Metrics.submissions;
import static dev.moderato.support.Submissions.from;
import static dev.moderato.support.Submissions.newAddress;
import static dev.moderato.support.Submissions.newEmail;
import static dev.moderato.support.Submissions.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** At most 3 submissions a minute from one address and 2 from one email (RateLimitProfile). */
@QuarkusTest
@TestProfile(RateLimitProfile.class)
class RateLimitTest {

    /** Checks a 429 answer and returns its Retry-After, in whole seconds. */
    private static long assertRateLimited(ValidatableResponse response, long atMostSeconds) {
        ExtractableResponse<Response> refused = response.statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("status", equalTo(429))
                .body("title", equalTo("Too Many Requests"))
                .extract();
        long seconds = Long.parseLong(refused.header("Retry-After"));
        assertTrue(seconds <= atMostSeconds, "Retry-After " + seconds + " s, one token comes back within " + atMostSeconds + " s");
        return seconds;
    }

    @Test
    void addressOverItsLimitIsRefusedWithRetryAfter() {
        String thread = Comments.newThread();
        String address = newAddress();
        for (int i = 0; i < PER_ADDRESS; i++) {
            post(from(address), unique(thread, newEmail())).statusCode(202);
        }

        ValidatableResponse response = post(from(address), unique(thread, newEmail()));

        long seconds = assertRateLimited(response, 60 / PER_ADDRESS);
        response.body("detail", equalTo("Too many comments in a short time; please try again in " + seconds + " seconds."));
        assertEquals(PER_ADDRESS, storedIn(thread));
    }

    @Test
    void rateLimitIsExplainedInFrenchWhenPreferred() {
        String thread = Comments.newThread();
        String address = newAddress();
        for (int i = 0; i < PER_ADDRESS; i++) {
            post(from(address), unique(thread, newEmail())).statusCode(202);
        }

        ValidatableResponse response = post(from(address).header("Accept-Language", "fr-CA,fr;q=0.9"),
                unique(thread, newEmail()));

        long seconds = assertRateLimited(response, 60 / PER_ADDRESS);
        response.body("detail", equalTo("Trop de commentaires en peu de temps ; veuillez réessayer dans " + seconds + " secondes."));
        assertEquals(PER_ADDRESS, storedIn(thread));
    }

    @Test
    void oneAddressOverItsLimitLeavesOtherAddressesAlone() {
        String thread = Comments.newThread();
        String limited = newAddress();
        for (int i = 0; i < PER_ADDRESS; i++) {
            post(from(limited), unique(thread, newEmail())).statusCode(202);
        }
        post(from(limited), unique(thread, newEmail())).statusCode(429);

        post(from(newAddress()), unique(thread, newEmail())).statusCode(202);
        assertEquals(PER_ADDRESS + 1, storedIn(thread));
    }

    @Test
    void emailOverItsLimitIsRefusedWhateverTheAddress() {
        String thread = Comments.newThread();
        String email = newEmail();
        for (int i = 0; i < PER_EMAIL; i++) {
            post(from(newAddress()), unique(thread, email)).statusCode(202);
        }

        ValidatableResponse response = post(from(newAddress()), unique(thread, email));

        long seconds = assertRateLimited(response, 60 / PER_EMAIL);
        response.body("detail", equalTo("Too many comments in a short time; please try again in " + seconds + " seconds."));
        assertEquals(PER_EMAIL, storedIn(thread));
    }

    @Test
    void emailLimitIgnoresTheCaseOfTheAddress() {
        String thread = Comments.newThread();
        String email = newEmail();
        for (int i = 0; i < PER_EMAIL; i++) {
            post(from(newAddress()), unique(thread, email)).statusCode(202);
        }

        assertRateLimited(post(from(newAddress()), unique(thread, email.toUpperCase())), 60 / PER_EMAIL);
        assertEquals(PER_EMAIL, storedIn(thread));
    }

    @Test
    void formPostOverTheLimitGetsAPageThatSaysWhenToTryAgain() {
        String thread = Comments.newThread();
        String address = newAddress();
        for (int i = 0; i < PER_ADDRESS; i++) {
            post(from(address), unique(thread, newEmail())).statusCode(202);
        }

        String html = browser().header("X-Forwarded-For", address)
                .formParams(with(with(form(thread), "email", newEmail()), "redirect_to", "https://news.example.com/a"))
                .when().post(COMMENTS)
                .then().statusCode(429)
                .contentType(startsWith("text/html"))
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
                .extract().asString();

        Document page = Jsoup.parse(html);
        assertEquals("Your comment could not be posted", page.selectFirst("h1").text());
        String message = page.selectFirst("main p").text();
        assertTrue(message.matches("Too many comments in a short time; please try again in [1-9][0-9]* seconds\\."), message);
        assertEquals(PER_ADDRESS, storedIn(thread));
    }

    @Test
    void everyRefusalIsCountedAsRateLimited() {
        String thread = Comments.newThread();
        String address = newAddress();
        double accepted = submissions("accepted");
        double limited = submissions("rate_limited");

        for (int i = 0; i < PER_ADDRESS + 2; i++) {
            post(from(address), unique(thread, newEmail()));
        }

        assertEquals(limited + 2, submissions("rate_limited"));
        assertEquals(accepted + PER_ADDRESS, submissions("accepted"));
    }
}
