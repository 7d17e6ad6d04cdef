package dev.moderato.comment;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a queue page ended: its last comment's sort keys. The next page starts after it, whatever was decided
 * meanwhile, instead of counting past an offset that the database would read row by row.
 *
 * @param order the order the page was read in
 * @param score the last comment's spam score when read by score (null: it had none, the unscored tail)
 */
public record QueuePosition(QueueOrder order, Double score, Instant createdAt, UUID id) {

    public static QueuePosition after(QueueOrder order, Comment last) {
        return new QueuePosition(order, order == QueueOrder.SCORE ? last.spamScore : null, last.createdAt, last.id);
    }
}
