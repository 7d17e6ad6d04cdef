package dev.moderato.notify;

import dev.moderato.platform.config.ModeratoConfig;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.LoginOption;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends mail through the configured SMTP server with the Vert.x mail client (what Quarkus's mailer wraps), STARTTLS
 * required unless {@code moderato.mail.start-tls} is false. Without {@code moderato.mail.host} nothing is sent.
 */
@ApplicationScoped
public class MailSender {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** One message: plain text and HTML, and any extra headers (List-Unsubscribe…). */
    public record Mail(List<String> to, String subject, String text, String html, Map<String, String> headers) {
        @Override
        public String toString() {
            return "Mail[" + subject + "]"; // never the addresses
        }
    }

    private final ModeratoConfig.Mail config;
    private final MailClient client;

    MailSender(Vertx vertx, ModeratoConfig config) {
        this.config = config.mail();
        this.client = this.config.host().map(host -> MailClient.create(vertx, new MailConfig()
                .setHostname(host)
                .setPort(this.config.port())
                .setStarttls(this.config.startTls() ? StartTLSOptions.REQUIRED : StartTLSOptions.DISABLED)
                .setUsername(this.config.username().orElse(null))
                .setPassword(this.config.password().orElse(null))
                .setLogin(this.config.username().isPresent() ? LoginOption.REQUIRED : LoginOption.DISABLED)
                .setConnectTimeout((int) TIMEOUT.toMillis())
                .setKeepAlive(false) // a digest an hour: a connection kept open would only be dropped by the server
                .setMaxPoolSize(2))).orElse(null);
    }

    public boolean configured() {
        return client != null;
    }

    /** Sends and waits for the server's acceptance; blocks, so never on an event loop or a request's thread. */
    public void send(Mail mail) throws MailFailure {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        mail.headers().forEach(headers::add);
        MailMessage message = new MailMessage()
                .setFrom(config.from())
                .setTo(mail.to())
                .setSubject(mail.subject())
                .setText(mail.text())
                .setHtml(mail.html())
                .setHeaders(headers);
        CompletableFuture<Void> sent = new CompletableFuture<>();
        // Started from a thread outside Vert.x: called from a Vert.x worker (the scheduler's), the client would answer
        // on that worker's context, which waits here for the answer.
        CompletableFuture.runAsync(() -> client.sendMail(message).onComplete(result -> {
            if (result.succeeded()) {
                sent.complete(null);
            } else {
                sent.completeExceptionally(result.cause());
            }
        }));
        try {
            sent.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new MailFailure(cause.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailFailure("interrupted");
        }
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }

    /** The server did not take the message; the kind of failure only (its message can quote an address). */
    public static final class MailFailure extends Exception {
        MailFailure(String kind) {
            super(kind, null, false, false);
        }
    }
}
