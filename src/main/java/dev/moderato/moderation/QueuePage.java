package dev.moderato.moderation;

import java.util.List;

/** {@code total} is exact when {@code totalExact}; otherwise there are at least that many. */
public record QueuePage(long total, boolean totalExact, int page, int size, List<ModeratedComment> items) {
}
