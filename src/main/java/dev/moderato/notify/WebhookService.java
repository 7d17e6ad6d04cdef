package dev.moderato.notify;

import dev.moderato.platform.problem.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Administers webhook endpoints: registration, secrets, removal, and their delivery logs. */
@ApplicationScoped
public class WebhookService {

    /** How long a rotated-out secret still signs beside the new one: time to deploy the new one to the receiver. */
    static final Duration PREVIOUS_SECRET_SIGNS_FOR = Duration.ofHours(24);
    private static final int DELIVERIES_SHOWN = 50;

    private final WebhookEndpoints endpoints;
    private final Deliveries deliveries;
    private final Clock clock;

    WebhookService(WebhookEndpoints endpoints, Deliveries deliveries, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Transactional
    public WebhookSecret create(NewWebhook request) {
        Endpoint endpoint = new Endpoint(UUID.randomUUID(), request.url(), request.eventTypes(),
                WebhookSignature.newSecret(), null, null, true, null, null, now());
        endpoints.insert(endpoint);
        return new WebhookSecret(endpoint.id(), endpoint.url(), WebhookView.names(endpoint.events()), endpoint.secret(), null);
    }

    @Transactional
    public List<WebhookView> list() {
        return endpoints.list().stream().map(WebhookView::of).toList();
    }

    @Transactional
    public WebhookView get(UUID id) {
        return endpoints.find(id).map(WebhookView::of).orElseThrow(WebhookService::notFound);
    }

    @Transactional
    public void delete(UUID id) {
        if (!endpoints.delete(id)) {
            throw notFound();
        }
    }

    /** A new secret, shown this once; the previous one signs beside it for {@link #PREVIOUS_SECRET_SIGNS_FOR}. */
    @Transactional
    public WebhookSecret rotate(UUID id) {
        String secret = WebhookSignature.newSecret();
        Instant previousUntil = now().plus(PREVIOUS_SECRET_SIGNS_FOR);
        if (!endpoints.rotate(id, secret, previousUntil)) {
            throw notFound();
        }
        Endpoint endpoint = endpoints.find(id).orElseThrow(WebhookService::notFound);
        return new WebhookSecret(id, endpoint.url(), WebhookView.names(endpoint.events()), secret, previousUntil);
    }

    /** Sends again to an endpoint that was disabled (after a 410, or a day of failures): new events only. */
    @Transactional
    public WebhookView enable(UUID id) {
        if (!endpoints.enable(id)) {
            throw notFound();
        }
        return get(id);
    }

    @Transactional
    public List<DeliveryView> deliveries(UUID id) {
        if (endpoints.find(id).isEmpty()) {
            throw notFound();
        }
        return deliveries.latest(id, DELIVERIES_SHOWN).stream().map(DeliveryView::of).toList();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    static DomainException notFound() {
        return DomainException.notFound("There is no webhook with this id.");
    }
}
