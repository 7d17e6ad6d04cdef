package dev.moderato.moderation;

import java.time.Instant;

public record QueueStats(long pending, long approved, long rejected, long spam, Instant oldestPendingAt) {
}
