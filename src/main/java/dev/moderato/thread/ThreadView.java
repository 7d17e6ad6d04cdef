package dev.moderato.thread;

import java.time.Instant;

/**
 * A thread's settings as they apply now. {@code closesAt} is when auto-close shuts it (null
 * when it never will, or it has no comment yet); {@code open} already accounts for it.
 */
public record ThreadView(String thread, boolean open, ThreadMode mode, Instant closesAt) {
}
