package dev.moderato.notify;

import dev.moderato.platform.config.ModeratoConfig;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.PreDestroy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Posts a webhook. The host is resolved here, at every delivery, and each of its addresses checked against
 * {@link PublicAddresses}; the request then goes to the checked address itself (the URL's host still names it, in
 * {@code Host} and TLS), so a DNS answer that changes between the check and the connection cannot reach an inside
 * address. Redirects are not followed; the whole exchange has {@link #TIMEOUT}.
 */
@ApplicationScoped
public class WebhookSender {

    static final Duration TIMEOUT = Duration.ofSeconds(15);

    /** An attempt's outcome: the status the receiver answered, or why there was none. */
    public record Outcome(Integer status, String error) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }

        static Outcome failed(String error) {
            return new Outcome(null, error);
        }
    }

    private final boolean allowPrivate;
    private final HttpClient client;

    WebhookSender(Vertx vertx, ModeratoConfig config) {
        this.allowPrivate = config.webhooks().allowPrivateAddresses();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) TIMEOUT.toMillis())
                .setForceSni(true)
                .setMaxPoolSize(8)
                .setKeepAlive(true));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Blocks for the name resolution, so call it off the event loop. Never fails: a failure is an {@link Outcome}. */
    public CompletionStage<Outcome> post(String url, Map<String, String> headers, String body) {
        URI uri = URI.create(url);
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : tls ? 443 : 80;
        InetAddress address;
        try {
            address = checkedAddress(uri.getHost());
        } catch (RefusedAddressException | UnknownHostException e) {
            return CompletableFuture.completedFuture(Outcome.failed(e instanceof UnknownHostException
                    ? "unknown host" : e.getMessage()));
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setHost(uri.getHost())
                .setPort(port)
                .setSsl(tls)
                .setURI(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery())
                .setFollowRedirects(false)
                .setIdleTimeout(TIMEOUT.toMillis());
        headers.forEach(request::putHeader);
        request.putHeader("Content-Type", "application/json");
        request.putHeader("User-Agent", "Moderato-Webhooks/1");
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        client.request(request)
                .compose(sent -> sent.send(Buffer.buffer(body)))
                // With no handler set, the body's chunks are dropped as they come: never held in memory. Setting
                // one here failed whenever a short answer (a 204) had ended before this callback ran.
                .compose(response -> response.end().map(ignored -> response.statusCode()))
                .onComplete(result -> outcome.complete(result.succeeded() ? new Outcome(result.result(), null)
                        : Outcome.failed(shortly(result.cause()))));
        return outcome.completeOnTimeout(Outcome.failed("timed out"), TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The address to connect to: the host's first, once every one it resolves to passed the check. */
    InetAddress checkedAddress(String host) throws UnknownHostException {
        InetAddress[] addresses = InetAddress.getAllByName(host);
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                Optional<String> refusal = PublicAddresses.refusal(address);
                if (refusal.isPresent()) {
                    throw new RefusedAddressException("refused: " + refusal.get() + " address");
                }
            }
        }
        return addresses[0];
    }

    /** The failure in a few words for the delivery log: its kind, without a stack or anything the receiver sent. */
    private static String shortly(Throwable failure) {
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        String text = failure.getClass().getSimpleName() + message;
        return text.length() > 200 ? text.substring(0, 200) : text;
    }

    /** A URL whose host resolves to an address webhooks may not reach. */
    static final class RefusedAddressException extends RuntimeException {
        RefusedAddressException(String message) {
            super(message, null, false, false);
        }
    }
}
