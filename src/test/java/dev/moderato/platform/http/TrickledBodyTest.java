package dev.moderato.platform.http;

import dev.moderato.support.Comments;
import dev.moderato.support.Moderators;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clients that trickle their request bodies hold connections, never the worker threads: while more of them
 * than there are workers wait mid-body, the public list and new submissions answer at once, and each
 * trickler gets a 408 when its time is up.
 */
@QuarkusTest
@TestProfile(TrickledBodyTest.ShortReadTimeout.class)
class TrickledBodyTest {

    public static class ShortReadTimeout implements QuarkusTestProfile {
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            return java.util.Map.of("moderato.http.body-read-timeout", "4s");
        }
    }

    @Test
    void tricklingModeratorsHoldNoWorkerAndAreAnsweredWithATimeout() throws Exception {
        String id = Comments.submit(Comments.valid(Comments.newThread()));
        String credentials = Base64.getEncoder().encodeToString(
                (Moderators.ADMIN + ":" + Moderators.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        List<Socket> tricklers = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) { // more than the 8 workers
                Socket socket = new Socket("localhost", RestAssured.port);
                socket.setSoTimeout(15_000);
                OutputStream out = socket.getOutputStream();
                out.write(("PATCH /api/v1/moderation/comments/" + id + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Basic " + credentials + "\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n1\r\n{\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                tricklers.add(socket);
            }
            Thread.sleep(300); // each request has reached the service and waits for the rest of its body

            long start = System.nanoTime();
            given().queryParam("thread", Comments.newThread()).when().get("/api/v1/comments").then().statusCode(200);
            Comments.submit(Comments.valid(Comments.newThread()));
            Moderators.asAdmin().when().get("/api/v1/moderation/stats").then().statusCode(200);
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(tookMillis < 2_000, "reads, a submission and the moderators' API took " + tookMillis + " ms");

            for (Socket socket : tricklers) {
                String answer = readAnswer(socket.getInputStream());
                assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
                assertTrue(answer.contains("application/problem+json"), answer);
            }
        } finally {
            for (Socket socket : tricklers) {
                socket.close();
            }
        }
    }

    private static String readAnswer(InputStream in) throws Exception {
        byte[] buffer = new byte[4096];
        StringBuilder answer = new StringBuilder();
        for (int read; answer.indexOf("\r\n\r\n") < 0 && (read = in.read(buffer)) > 0; ) {
            answer.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
        }
        return answer.toString();
    }
}
