package dev.moderato.privacy;

import dev.moderato.comment.CommentEvent;
import dev.moderato.comment.CommentHistory;
import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.PersonalColumns;
import dev.moderato.publication.PublishedCommentsChanged;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A reader's erasure request answered: every comment with their address, whatever its capitals, keeps its text and
 * its place in its thread but loses its author (name "Anonymous", no address, website, IP or user agent), and the
 * other records of the address ({@link AddressRecords}) go. One transaction per batch of comments, so that an
 * address with tens of thousands of comments neither holds a transaction open for long nor runs into its timeout;
 * an erasure stopped half way is finished by asking again. Each comment's history gets an {@code erase} entry with
 * the administrator's name and no address, and loses its reasons (free text a moderator may have written the
 * address into).
 */
@ApplicationScoped
public class Erasure {

    /** What an erasure did: comments anonymised, then each other record's count under its name. */
    public record Report(Map<String, Long> counts) {
    }

    static final int BATCH = 500;
    static final String ACTION = "erase";

    private final PersonalColumns comments;
    private final CommentHistory history;
    private final Event<PublishedCommentsChanged> published;
    private final Instance<AddressRecords> otherRecords;
    private final Clock clock;

    Erasure(PersonalColumns comments, CommentHistory history, Event<PublishedCommentsChanged> published,
            Instance<AddressRecords> otherRecords, Clock clock) {
        this.comments = comments;
        this.history = history;
        this.published = published;
        this.otherRecords = otherRecords;
        this.clock = clock;
    }

    public Report erase(String email, String actor) {
        long erased = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> eraseBatch(email, actor));
            erased += batch;
        } while (batch == BATCH);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("comments", erased);
        QuarkusTransaction.requiringNew().run(() -> {
            for (AddressRecords records : otherRecords) {
                counts.put(records.name(), records.erase(email));
            }
        });
        return new Report(counts);
    }

    private int eraseBatch(String email, String actor) {
        List<PersonalColumns.Row> rows = comments.withAddress(email, BATCH);
        if (rows.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<UUID> ids = rows.stream().map(PersonalColumns.Row::id).toList();
        comments.erase(ids, now);
        history.forgetReasons(ids);
        history.recordAll(rows.stream()
                .map(row -> CommentEvent.of(row.id(), now, actor, ACTION, row.status(), row.status(), null))
                .toList());
        rows.stream().filter(row -> row.status() == CommentStatus.APPROVED).map(PersonalColumns.Row::thread).distinct()
                .forEach(thread -> published.fire(new PublishedCommentsChanged(thread)));
        return rows.size();
    }
}
