package dev.moderato.moderation;

import java.util.List;

public record QueuePage(long total, int page, int size, List<ModeratedComment> items) {
}
