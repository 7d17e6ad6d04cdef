package dev.moderato.platform.problem;

import dev.moderato.comment.CommentStatus;
import dev.moderato.platform.http.RequestBodies;
import dev.moderato.support.CapturedLog;
import dev.moderato.support.Comments;
import dev.moderato.support.Moderators;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A client that closes the connection before its body is complete is not a server failure: the body is
 * read on the event loop before any worker is given to the request, and a cut one is noted at DEBUG, once,
 * and goes no further. That used to log an ERROR with a stack trace for each request.
 */
@QuarkusTest
class ClientGoneTest {

    private static final long WAIT_MILLIS = 10_000;

    @TestHTTPResource("/")
    URL root;

    @Test
    void aDecisionCutShortByTheClientIsNotLoggedAsAnErrorAndChangesNothing() throws Exception {
        String id = Comments.submit(Comments.valid(Comments.newThread()));
        String credentials = Base64.getEncoder().encodeToString(
                (Moderators.ADMIN + ":" + Moderators.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        String head = "POST /api/v1/moderation/comments/" + id + "/decision HTTP/1.1\r\nHost: " + root.getHost() + "\r\n"
                + "Authorization: Basic " + credentials + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: 400\r\n\r\n";
        String start = "{\"action\":\"appr";

        try (CapturedLog log = CapturedLog.start(RequestBodies.class.getName(), ProblemMappers.class.getName())) {
            try (Socket socket = new Socket(root.getHost(), root.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write((head + start).getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(300); // the service now waits for the rest of the body
            }
            List<String> noted = awaitLines(log, Level.FINE);

            assertEquals(1, noted.size(), () -> "one note for the one cut request: " + noted);
            assertEquals(List.of(), log.lines(ProblemMappers.class, Level.SEVERE));
            assertEquals(List.of(), log.lines(RequestBodies.class, Level.SEVERE));
        }
        assertEquals(CommentStatus.PENDING, Comments.find(id).status);
    }

    private static List<String> awaitLines(CapturedLog log, Level level) throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            List<String> lines = log.lines(RequestBodies.class, level);
            if (!lines.isEmpty() || !log.lines(ProblemMappers.class, Level.SEVERE).isEmpty()) {
                return lines;
            }
            Thread.sleep(50);
        }
        return fail("the service never got to the cut request");
    }
}
