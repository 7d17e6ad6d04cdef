package dev.moderato.comment;

import java.util.List;

/**
 * New comments, committed: fired by the group commit once their transaction is durable, on the writer's
 * thread, so that observers (the public read cache) see them before their submitters are answered.
 */
public record CommentsStored(List<Comment> comments) {
}
