package dev.moderato.dashboard;

import dev.moderato.moderation.CommentEdit;
import dev.moderato.moderation.HistoryEntry;
import dev.moderato.moderation.ModeratedComment;
import dev.moderato.platform.problem.Violation;

import java.util.List;

/** A comment's own page: every field, the parent it replies to, its history, and the edit form (as sent, with errors). */
public record CommentView(ModeratedComment comment, ModeratedComment parent, List<HistoryEntry> history,
                          QueueFilter filter, CommentEdit form, List<Violation> errors) {

    public String errorOf(String field) {
        return errors.stream().filter(v -> v.field().equals(field)).map(Violation::message).findFirst().orElse(null);
    }

    public String value(String field) {
        return switch (field) {
            case "name" -> form.name();
            case "website" -> form.website() == null ? "" : form.website();
            default -> form.body();
        };
    }
}
