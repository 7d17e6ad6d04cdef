package dev.moderato.moderation;

import java.time.Instant;

/** The pending queue at a glance: how many wait ({@code pendingExact} false: at least that many), and since when. */
public record QueueGlance(long pending, boolean pendingExact, Instant oldestPendingAt) {
}
