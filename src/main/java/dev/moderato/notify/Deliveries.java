package dev.moderato.notify;

import dev.moderato.comment.Ids;
import dev.moderato.platform.storage.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The {@code webhook_delivery} table: the retry state of each event's delivery to each endpoint, then its log.
 * A replica claims due rows for a lease; a crashed replica's claims are taken over once their lease has run out,
 * and a late answer from a replica whose lease was taken over is not recorded ({@code claimed_by} fences it).
 */
@ApplicationScoped
public class Deliveries {

    /** Finished deliveries kept per endpoint and state (delivered, failed): the log an administrator reads. */
    static final int LOG_SIZE = 100;

    private static final String COLUMNS = "id, endpoint_id, event_id, event_type, payload, state, attempts,"
            + " next_attempt_at, last_attempt_at, last_status, last_error, created_at";

    private final Sql sql;

    Deliveries(Sql sql) {
        this.sql = sql;
    }

    /** A delivery to create: an event for an endpoint. */
    record New(UUID endpointId, UUID eventId, EventType type, String payload) {
    }

    /** An attempt's outcome to record. */
    record Attempted(UUID id, Delivery.State state, Instant at, Integer status, String error, Instant nextAttemptAt) {
    }

    /** New pending deliveries, due at once, in one batch. */
    void add(List<New> deliveries, Instant now) {
        sql.batch("insert into webhook_delivery (id, endpoint_id, event_id, event_type, payload, state, attempts,"
                        + " next_attempt_at, created_at) values (?, ?, ?, ?, ?, ?, 0, ?, ?)",
                deliveries.stream().map(delivery -> new Object[] {Ids.next(), delivery.endpointId(), delivery.eventId(),
                        delivery.type().wireName(), delivery.payload(), Delivery.State.PENDING, now, now}).toList());
    }

    /**
     * Claims up to {@code limit} due deliveries for {@code replica} until {@code until}; runs in its own transaction,
     * whose row locks keep two replicas from claiming the same row.
     */
    List<Delivery> claim(String replica, Instant now, Instant until, int limit) {
        // The due rows picked in the index's order (state, then time) before they are locked: locking while
        // picking had H2 lock every pending row, a second and more a round once thousands waited.
        List<Delivery> due = sql.list("select " + COLUMNS + " from webhook_delivery where id in (select id from"
                        + " webhook_delivery where state = ? and next_attempt_at <= ?"
                        + " and (claimed_until is null or claimed_until < ?) order by state, next_attempt_at"
                        + " fetch first " + limit + " rows only) for update skip locked",
                Deliveries::read, Delivery.State.PENDING, now, now);
        // Each claim asks again that the row is still due: PostgreSQL locks a row that another replica claimed and
        // committed after this query's snapshot, and only the outer query's condition (id in …) is checked again.
        List<Delivery> claimed = new ArrayList<>(due.size());
        for (Delivery delivery : due) {
            if (sql.update("update webhook_delivery set claimed_by = ?, claimed_until = ? where id = ? and state = ?"
                    + " and (claimed_until is null or claimed_until < ?)", replica, until, delivery.id(),
                    Delivery.State.PENDING, now) == 1) {
                claimed.add(delivery);
            }
        }
        return claimed;
    }

    /**
     * Records attempts by {@code replica}, in one batch; for each, false when its claim was taken over meanwhile
     * (nothing is written for it then).
     */
    boolean[] attempted(List<Attempted> attempts, String replica) {
        int[] changed = sql.batch("update webhook_delivery set state = ?, attempts = attempts + 1, last_attempt_at = ?,"
                        + " last_status = ?, last_error = ?, next_attempt_at = ?, claimed_by = null, claimed_until = null"
                        + " where id = ? and claimed_by = ?",
                attempts.stream().map(attempt -> new Object[] {attempt.state(), attempt.at(), attempt.status(),
                        attempt.error(), attempt.nextAttemptAt(), attempt.id(), replica}).toList());
        boolean[] recorded = new boolean[changed.length];
        for (int i = 0; i < changed.length; i++) {
            // A driver may answer SUCCESS_NO_INFO (-2) for a row of a batch: it ran, the count unknown.
            recorded[i] = changed[i] > 0 || changed[i] == Statement.SUCCESS_NO_INFO;
        }
        return recorded;
    }

    /** The endpoint's latest deliveries, newest first. */
    public List<Delivery> latest(UUID endpointId, int limit) {
        return sql.list("select " + COLUMNS + " from webhook_delivery where endpoint_id = ?"
                + " order by created_at desc, id desc fetch first " + limit + " rows only", Deliveries::read, endpointId);
    }

    /**
     * Keeps the endpoint's log to its {@link #LOG_SIZE} newest deliveries of each finished state: one indexed read per
     * state, however many deliveries are pending.
     */
    void trim(UUID endpointId) {
        for (Delivery.State state : List.of(Delivery.State.DELIVERED, Delivery.State.FAILED)) {
            sql.first("select created_at from webhook_delivery where endpoint_id = ? and state = ?"
                                    + " order by endpoint_id desc, state desc, created_at desc offset " + LOG_SIZE
                                    + " rows fetch next 1 rows only",
                            row -> Sql.instant(row, "created_at"), endpointId, state)
                    .ifPresent(oldestDropped -> sql.update("delete from webhook_delivery where endpoint_id = ?"
                            + " and state = ? and created_at <= ?", endpointId, state, oldestDropped));
        }
    }

    /** An endpoint that is disabled delivers nothing more: what was pending for it is marked failed. */
    void abandon(UUID endpointId) {
        sql.update("update webhook_delivery set state = ?, next_attempt_at = null, claimed_by = null,"
                + " claimed_until = null, last_error = coalesce(last_error, 'endpoint disabled')"
                + " where endpoint_id = ? and state = ?", Delivery.State.FAILED, endpointId, Delivery.State.PENDING);
    }

    private static Delivery read(ResultSet row) throws SQLException {
        int status = row.getInt("last_status");
        Integer lastStatus = row.wasNull() ? null : status;
        return new Delivery(Sql.uuid(row, "id"), Sql.uuid(row, "endpoint_id"), Sql.uuid(row, "event_id"),
                row.getString("event_type"), row.getString("payload"), Delivery.State.valueOf(row.getString("state")),
                row.getInt("attempts"), Sql.instant(row, "next_attempt_at"), Sql.instant(row, "last_attempt_at"),
                lastStatus, row.getString("last_error"), Sql.instant(row, "created_at"));
    }
}
