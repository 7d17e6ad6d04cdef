package dev.moderato.moderation;

import java.util.List;

/**
 * {@code total} is exact when {@code totalExact}; otherwise there are at least that many. {@code next} is the
 * cursor of the page after this one ({@code after=}), null when this page is the last.
 */
public record QueuePage(long total, boolean totalExact, int page, int size, List<ModeratedComment> items, String next) {
}
