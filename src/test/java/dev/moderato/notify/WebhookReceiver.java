package dev.moderato.notify;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A webhook receiver on a free port of its own: it records every request, checks its signature with an
 * implementation of the Standard Webhooks algorithm of its own (not the service's), and answers the statuses a test
 * lines up (200 once they are used up).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived. */
    public record Received(String path, String id, String timestamp, String signature, String body, Instant at,
                           int answered) {

        /** Whether one of the signatures in the header is this secret's, and the timestamp within five minutes. */
        public boolean signedWith(String secret) {
            if (id == null || timestamp == null || signature == null) {
                return false;
            }
            long sent = Long.parseLong(timestamp);
            if (Math.abs(Instant.now().getEpochSecond() - sent) > Duration.ofMinutes(5).toSeconds()) {
                return false;
            }
            byte[] expected = hmac(secret, id + "." + timestamp + "." + body);
            for (String candidate : signature.split(" ")) {
                if (candidate.startsWith("v1,") && MessageDigest.isEqual(expected,
                        Base64.getDecoder().decode(candidate.substring(3)))) {
                    return true;
                }
            }
            return false;
        }

        private static byte[] hmac(String secret, String content) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                byte[] key = Base64.getDecoder().decode(secret.replaceFirst("^whsec_", ""));
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final Deque<Integer> answers = new ConcurrentLinkedDeque<>();
    private volatile boolean down;

    public WebhookReceiver() throws Exception {
        server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            Integer status = down ? Integer.valueOf(503) : answers.poll();
            int answer = status == null ? 200 : status;
            received.add(new Received(request.path(), request.getHeader("webhook-id"), request.getHeader("webhook-timestamp"),
                    request.getHeader("webhook-signature"), body.toString(StandardCharsets.UTF_8), Instant.now(), answer));
            if (answer >= 300 && answer < 400) {
                request.response().putHeader("Location", "/redirected").setStatusCode(answer).end();
            } else if (answer == 204) {
                request.response().setStatusCode(answer).end(); // no body: the answer ends with its headers
            } else {
                request.response().setStatusCode(answer).end("ok");
            }
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.actualPort() + path;
    }

    /** The next requests get these statuses, in order. */
    public void answer(Integer... statuses) {
        Collections.addAll(answers, statuses);
    }

    /** While down, every request is answered 503: an outage of the receiving site. */
    public void down(boolean down) {
        this.down = down;
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    public List<Received> about(String commentId) {
        return received().stream().filter(request -> request.body().contains("\"id\":\"" + commentId + "\"")).toList();
    }

    /** Waits until {@code count} requests match, for at most {@code timeout}. */
    public List<Received> await(Predicate<Received> matching, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<Received> found = received().stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(50);
        }
        return fail("the receiver got " + received().stream().filter(matching).count() + " of the " + count
                + " expected requests within " + timeout + "; all it got: " + received());
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
