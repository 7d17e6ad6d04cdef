package dev.moderato.publication;

/**
 * What the public sees of a thread may have changed: a comment of it became approved, stopped
 * being approved, or was edited or deleted while approved.
 *
 * <p>Whoever makes such a change fires this CDI event inside the transaction that makes it
 * ({@code Event<PublishedCommentsChanged>#fire}). The public read API observes it after the
 * transaction has committed ({@code TransactionPhase.AFTER_SUCCESS}) and drops what it holds in
 * memory for the thread, so the next public read on this replica shows the change. Fired
 * outside a transaction, it is observed at once. A change made without the event is seen only
 * once the read cache's time to live ({@code moderato.publication.cache-ttl}) has passed.
 */
public record PublishedCommentsChanged(String thread) {
}
