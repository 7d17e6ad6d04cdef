package dev.moderato.notify;

import dev.moderato.platform.storage.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The {@code webhook_endpoint} table: every statement on it. Runs in the caller's transaction. */
@ApplicationScoped
public class WebhookEndpoints {

    private static final String COLUMNS = "id, url, events, secret, previous_secret, previous_secret_until, enabled,"
            + " disabled_reason, failing_since, created_at";

    private final Sql sql;

    WebhookEndpoints(Sql sql) {
        this.sql = sql;
    }

    public void insert(Endpoint endpoint) {
        sql.update("insert into webhook_endpoint (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                endpoint.id(), endpoint.url(), wire(endpoint.events()), endpoint.secret(), null, null, true, null, null,
                endpoint.createdAt());
    }

    public List<Endpoint> list() {
        return sql.list("select " + COLUMNS + " from webhook_endpoint order by created_at, id", WebhookEndpoints::read);
    }

    public List<Endpoint> enabled() {
        return sql.list("select " + COLUMNS + " from webhook_endpoint where enabled = true", WebhookEndpoints::read);
    }

    public Optional<Endpoint> find(UUID id) {
        return sql.first("select " + COLUMNS + " from webhook_endpoint where id = ?", WebhookEndpoints::read, id);
    }

    public boolean delete(UUID id) {
        return sql.update("delete from webhook_endpoint where id = ?", id) > 0;
    }

    /** A new secret signs from now on; the current one keeps signing beside it until {@code previousUntil}. */
    public boolean rotate(UUID id, String secret, Instant previousUntil) {
        return sql.update("update webhook_endpoint set previous_secret = secret, previous_secret_until = ?, secret = ?"
                + " where id = ?", previousUntil, secret, id) > 0;
    }

    /** Enabled again, with no failures counted: after the receiver was fixed. */
    public boolean enable(UUID id) {
        return sql.update("update webhook_endpoint set enabled = true, disabled_reason = null, failing_since = null"
                + " where id = ?", id) > 0;
    }

    public void disable(UUID id, String reason) {
        sql.update("update webhook_endpoint set enabled = false, disabled_reason = ? where id = ?", reason, id);
    }

    public void succeeded(UUID id) {
        sql.update("update webhook_endpoint set failing_since = null where id = ? and failing_since is not null", id);
    }

    /** Marks the start of a run of failures, unless one is already running. */
    public void failed(UUID id, Instant at) {
        sql.update("update webhook_endpoint set failing_since = ? where id = ? and failing_since is null", at, id);
    }

    static String wire(List<EventType> events) {
        return events.stream().map(EventType::wireName).collect(Collectors.joining(","));
    }

    private static Endpoint read(ResultSet row) throws SQLException {
        List<EventType> events = Arrays.stream(row.getString("events").split(","))
                .flatMap(name -> EventType.of(name).stream()).toList();
        return new Endpoint(Sql.uuid(row, "id"), row.getString("url"), events, row.getString("secret"),
                row.getString("previous_secret"), Sql.instant(row, "previous_secret_until"), row.getBoolean("enabled"),
                row.getString("disabled_reason"), Sql.instant(row, "failing_since"), Sql.instant(row, "created_at"));
    }
}
