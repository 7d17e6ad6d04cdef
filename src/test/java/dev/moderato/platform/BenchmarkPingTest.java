package dev.moderato.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestProfile(BenchmarkPingTest.PingOn.class)
class BenchmarkPingTest {

    /** What {@code bench/} sets for the service it starts. */
    public static class PingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("moderato.benchmark.ping", "true");
        }
    }

    @Test
    void pingAnswersAConstantWithoutSigningInWhenTheBenchmarkTurnsItOn() {
        given().when().get("/api/v1/ping")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("status", equalTo("ok"));
    }
}
