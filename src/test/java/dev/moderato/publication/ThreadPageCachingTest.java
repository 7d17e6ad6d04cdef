package dev.moderato.publication;

import dev.moderato.comment.CommentStatus;
import dev.moderato.support.Comments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static dev.moderato.support.Comments.submit;
import static dev.moderato.support.Comments.submitApproved;
import static dev.moderato.support.Comments.valid;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The thread list as HTTP caches see it: a strong ETag, revalidation, and 304 while unchanged. */
@QuarkusTest
class ThreadPageCachingTest {

    static final String COMMENTS = "/api/v1/comments";
    static final String JSON = "application/json";

    @Test
    void listCarriesAStrongEtagAndMustBeRevalidated() {
        String thread = Comments.newThread();
        submitApproved(valid(thread));

        given().queryParam("thread", thread)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .header("ETag", matchesPattern("\"[0-9a-f]{32}(-gzip|-br)?\""))
                .header("Cache-Control", equalTo("public, no-cache"))
                .body("total", equalTo(1));
    }

    @Test
    void matchingIfNoneMatchGetsNotModifiedWithoutBody() {
        String thread = Comments.newThread();
        submitApproved(valid(thread));
        String etag = etagOf(thread);

        given().queryParam("thread", thread).header("If-None-Match", etag)
                .when().get(COMMENTS)
                .then().statusCode(304)
                .header("ETag", equalTo(etag))
                .header("Cache-Control", equalTo("public, no-cache"))
                .body(emptyString());
    }

    @Test
    void weakFormListsAndStarAlsoMatch() {
        String thread = Comments.newThread();
        submitApproved(valid(thread));
        String etag = etagOf(thread);

        for (String ifNoneMatch : new String[]{"W/" + etag, "\"other\", " + etag, "\"a,b\",W/" + etag + " ", "*"}) {
            given().queryParam("thread", thread).header("If-None-Match", ifNoneMatch)
                    .when().get(COMMENTS)
                    .then().statusCode(304)
                    .header("ETag", equalTo(etag));
        }
    }

    @Test
    void tagsThatDoNotNameThePageGetTheFullAnswer() {
        String thread = Comments.newThread();
        String id = submitApproved(valid(thread));
        String etag = etagOf(thread);
        String bare = etag.substring(1, etag.length() - 1);

        for (String ifNoneMatch : new String[]{"\"other\"", bare, "\"" + bare.substring(1) + "\"", "\"" + bare + "0\"", "W/"}) {
            given().queryParam("thread", thread).header("If-None-Match", ifNoneMatch)
                    .when().get(COMMENTS)
                    .then().statusCode(200)
                    .contentType(startsWith(JSON))
                    .header("ETag", equalTo(etag))
                    .body("items.id", contains(id));
        }
    }

    @Test
    void staleEtagGetsTheNewPageAndItsNewEtag() {
        String thread = Comments.newThread();
        String first = submitApproved(valid(thread));
        String stale = etagOf(thread);
        String second = submitApproved(valid(thread));

        String fresh = given().queryParam("thread", thread).header("If-None-Match", stale)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .header("ETag", not(equalTo(stale)))
                .body("items.id", contains(first, second))
                .extract().header("ETag");

        given().queryParam("thread", thread).header("If-None-Match", fresh)
                .when().get(COMMENTS)
                .then().statusCode(304);
    }

    @Test
    void sameContentHasTheSameEtagAcrossReads() {
        String thread = Comments.newThread();
        submitApproved(valid(thread));

        assertEquals(etagOf(thread), etagOf(thread));
    }

    @Test
    void eachPageAndSizeHasItsOwnEtag() {
        String thread = Comments.newThread();
        submitApproved(valid(thread));
        submitApproved(valid(thread));

        ExtractableResponse<Response> firstOfOne = page(thread, 0, 1);
        ExtractableResponse<Response> secondOfOne = page(thread, 1, 1);
        ExtractableResponse<Response> firstOfTwo = page(thread, 0, 2);

        assertNotEquals(firstOfOne.header("ETag"), secondOfOne.header("ETag"));
        assertNotEquals(firstOfOne.header("ETag"), firstOfTwo.header("ETag"));
        assertNotEquals(secondOfOne.header("ETag"), firstOfTwo.header("ETag"));
        given().queryParam("thread", thread).queryParam("page", 1).queryParam("size", 1)
                .header("If-None-Match", firstOfOne.header("ETag"))
                .when().get(COMMENTS)
                .then().statusCode(200)
                .body("page", equalTo(1));
    }

    @Test
    void approvalIsSeenAtOnceByAReaderHoldingTheOldEtag() {
        String thread = Comments.newThread();
        String id = submit(valid(thread));
        String before = etagOf(thread);

        Comments.setStatus(id, CommentStatus.APPROVED);

        given().queryParam("thread", thread).header("If-None-Match", before)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .body("items.id", contains(id));
    }

    @Test
    void invalidQueryStillGetsProblemJsonWithoutEtag() {
        given().queryParam("thread", Comments.newThread()).queryParam("size", 0).header("If-None-Match", "*")
                .when().get(COMMENTS)
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .header("ETag", equalTo(null))
                .body("violations[0].field", equalTo("size"));
    }

    static String etagOf(String thread) {
        return page(thread, 0, 50).header("ETag");
    }

    static ExtractableResponse<Response> page(String thread, int page, int size) {
        return given().queryParam("thread", thread).queryParam("page", page).queryParam("size", size)
                .when().get(COMMENTS)
                .then().statusCode(200)
                .contentType(startsWith(JSON))
                .extract();
    }
}
