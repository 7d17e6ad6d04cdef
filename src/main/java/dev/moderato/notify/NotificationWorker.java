package dev.moderato.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Moves events from the {@link Outbox} to their receivers, on a thread of its own, about once a second: each event
 * becomes one delivery per endpoint that wants it (in one transaction with the event's removal), then due deliveries
 * are claimed, posted, and their outcome recorded. Every replica runs one; row locks and claims keep two from
 * sending the same delivery, and a crashed replica's claims are taken over once their lease has run out.
 */
@ApplicationScoped
public class NotificationWorker {

    private static final Logger LOG = Logger.getLogger(NotificationWorker.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    /** Longer than a delivery can take, so that a live replica's claim is never taken over. */
    static final Duration LEASE = WebhookSender.TIMEOUT.multipliedBy(2);
    private static final int EVENTS_PER_ROUND = 200;
    private static final int DELIVERIES_PER_ROUND = 32;

    private final String replica = UUID.randomUUID().toString();
    private final Outbox outbox;
    private final WebhookEndpoints endpoints;
    private final Deliveries deliveries;
    private final WebhookSender sender;
    private final CommentStore comments;
    private final ObjectMapper json;
    private final Clock clock;
    private volatile boolean running;
    private Thread thread;

    NotificationWorker(Outbox outbox, WebhookEndpoints endpoints, Deliveries deliveries, WebhookSender sender,
                       CommentStore comments, ObjectMapper json, Clock clock) {
        this.outbox = outbox;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.sender = sender;
        this.comments = comments;
        this.json = json;
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::loop, "moderato-notifications");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(TimeUnit.SECONDS.toMillis(5));
    }

    private void loop() {
        while (running) {
            try {
                runOnce();
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException stopping) {
                return;
            } catch (RuntimeException failure) {
                // The database away, most likely: the next round tries again. The class only: no row's values.
                LOG.warnf("Notifications round failed: %s", failure.getClass().getName());
                sleepQuietly();
            }
        }
    }

    /** One round: dispatch what the outbox holds, then send what is due. */
    private void runOnce() {
        while (dispatch() == EVENTS_PER_ROUND) {
            // more events wait: dispatch them too
        }
        while (running && send() == DELIVERIES_PER_ROUND) {
            // more deliveries are due: send them too
        }
    }

    /**
     * Turns up to {@link #EVENTS_PER_ROUND} events into deliveries: their comments read in one query, the deliveries
     * inserted in one batch and the events deleted in one statement, all in one transaction.
     */
    private int dispatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Outbox.Event> events = outbox.claim(EVENTS_PER_ROUND);
            if (events.isEmpty()) {
                return 0;
            }
            List<Endpoint> enabled = endpoints.enabled();
            Map<Outbox.Event, List<Endpoint>> wanted = new LinkedHashMap<>();
            for (Outbox.Event event : events) {
                List<Endpoint> wanting = enabled.stream().filter(endpoint -> endpoint.wants(event.type())).toList();
                if (!wanting.isEmpty()) {
                    wanted.put(event, wanting);
                }
            }
            Map<UUID, Comment> comments = new HashMap<>();
            this.comments.findAll(wanted.keySet().stream().filter(event -> event.type() != EventType.DELETED)
                    .map(Outbox.Event::commentId).collect(Collectors.toSet()))
                    .forEach(comment -> comments.put(comment.id, comment));
            List<Deliveries.New> created = new ArrayList<>();
            wanted.forEach((event, wanting) -> {
                String payload = WebhookPayload.of(json, event, comments.get(event.commentId()));
                wanting.forEach(endpoint -> created.add(new Deliveries.New(endpoint.id(), event.id(), event.type(), payload)));
            });
            deliveries.add(created, now());
            outbox.delete(events.stream().map(Outbox.Event::id).toList());
            return events.size();
        });
    }

    private int send() {
        Instant now = now();
        List<Delivery> due = QuarkusTransaction.requiringNew()
                .call(() -> deliveries.claim(replica, now, now.plus(LEASE), DELIVERIES_PER_ROUND));
        if (due.isEmpty()) {
            return 0;
        }
        Map<UUID, Endpoint> byId = new HashMap<>();
        QuarkusTransaction.requiringNew().run(() -> endpoints.list().forEach(endpoint -> byId.put(endpoint.id(), endpoint)));
        List<Attempt> attempts = new ArrayList<>();
        for (Delivery delivery : due) {
            Endpoint endpoint = byId.get(delivery.endpointId());
            if (endpoint == null) {
                continue; // deleted meanwhile, its deliveries with it
            }
            long timestamp = now.getEpochSecond();
            Map<String, String> headers = Map.of(
                    "webhook-id", delivery.eventId().toString(),
                    "webhook-timestamp", Long.toString(timestamp),
                    "webhook-signature", WebhookSignature.header(endpoint.signingSecrets(now),
                            delivery.eventId().toString(), timestamp, delivery.payload()));
            attempts.add(new Attempt(endpoint, delivery,
                    sender.post(endpoint.url(), headers, delivery.payload()).toCompletableFuture()));
        }
        // Recorded here, on this thread, once all have answered: never on the HTTP client's event loop, which a
        // database wait would block for every other request it carries.
        record(attempts);
        return due.size();
    }

    /** A delivery on its way: the answer comes in {@code outcome}, which never fails. */
    private record Attempt(Endpoint endpoint, Delivery delivery, CompletableFuture<WebhookSender.Outcome> outcome) {
    }

    /**
     * Records a round's outcomes in one transaction: the deliveries in one batch, then each endpoint's run of
     * failures, whether it must be disabled, and its log's length, once per endpoint.
     */
    private void record(List<Attempt> attempts) {
        Instant at = now();
        List<Deliveries.Attempted> rows = new ArrayList<>();
        for (Attempt attempt : attempts) {
            WebhookSender.Outcome outcome = attempt.outcome().join();
            if (outcome.delivered()) {
                rows.add(new Deliveries.Attempted(attempt.delivery().id(), Delivery.State.DELIVERED, at, outcome.status(),
                        null, null));
            } else {
                Instant next = outcome.status() != null && outcome.status() == 410 ? null
                        : RetrySchedule.next(attempt.delivery().attempts() + 1, attempt.delivery().createdAt(), at)
                                .orElse(null);
                rows.add(new Deliveries.Attempted(attempt.delivery().id(),
                        next == null ? Delivery.State.FAILED : Delivery.State.PENDING, at, outcome.status(),
                        outcome.error(), next));
            }
        }
        QuarkusTransaction.requiringNew().run(() -> {
            boolean[] recorded = deliveries.attempted(rows, replica);
            Map<UUID, Endpoint> touched = new LinkedHashMap<>();
            Set<UUID> succeeded = new HashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                Endpoint endpoint = attempts.get(i).endpoint();
                touched.put(endpoint.id(), endpoint);
                if (recorded[i] && rows.get(i).state() == Delivery.State.DELIVERED) {
                    succeeded.add(endpoint.id());
                }
            }
            Set<UUID> disabled = new HashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                Deliveries.Attempted row = rows.get(i);
                Endpoint endpoint = attempts.get(i).endpoint();
                boolean gone = row.status() != null && row.status() == 410;
                if (recorded[i] && row.state() != Delivery.State.DELIVERED && !disabled.contains(endpoint.id())
                        && (gone || !succeeded.contains(endpoint.id()))) {
                    endpoints.failed(endpoint.id(), at);
                    if (disableWhenHopeless(endpoint, row.status(), row.state(), at)) {
                        disabled.add(endpoint.id());
                    }
                }
            }
            succeeded.forEach(endpoints::succeeded);
            touched.keySet().forEach(deliveries::trim);
        });
    }

    /**
     * A 410 says the receiver is gone; a delivery given up after a day of failures with no success since, that it is
     * broken. True when the endpoint was disabled.
     */
    private boolean disableWhenHopeless(Endpoint endpoint, Integer status, Delivery.State state, Instant at) {
        String reason = null;
        if (status != null && status == 410) {
            reason = "the receiver answered 410 Gone";
        } else if (state == Delivery.State.FAILED) {
            Instant failingSince = endpoints.find(endpoint.id()).map(Endpoint::failingSince).orElse(at);
            if (failingSince != null && !at.isBefore(failingSince.plus(RetrySchedule.GIVE_UP_AFTER))) {
                reason = "every delivery failed for " + RetrySchedule.GIVE_UP_AFTER.toHours() + " hours";
            }
        }
        if (reason != null) {
            endpoints.disable(endpoint.id(), reason);
            deliveries.abandon(endpoint.id());
            LOG.warnf("Webhook %s disabled: %s", endpoint.id(), reason);
            return true;
        }
        return false;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
