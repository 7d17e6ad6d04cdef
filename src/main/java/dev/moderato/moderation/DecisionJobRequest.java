package dev.moderato.moderation;

import dev.moderato.comment.MaxLength;
import dev.moderato.comment.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One decision for every pending comment that matches a filter: {@code reason} is the moderator's note, as in
 * the other decisions; {@code filter} picks the comments (none: the whole pending queue).
 */
public record DecisionJobRequest(
        @NotNull(message = "{decision.action.invalid}")
        @Pattern(regexp = Action.NAMES, message = "{decision.action.invalid}")
        String action,

        @Size(max = 500, message = "{decision.reason.size}")
        String reason,

        @Valid
        Filter filter) {

    /** The queue's filters: a thread and a screening reason code, either, both or neither. */
    public record Filter(
            @MaxLength(value = 200, message = "{comment.thread.size}")
            @PlainText(message = "{comment.thread.control}")
            String thread,

            @Pattern(regexp = ModerationResource.REASON_CODE, message = "{query.reason.invalid}")
            String reason) {
    }

    String thread() {
        return filter == null ? null : dev.moderato.comment.ContentRules.optional(filter.thread());
    }

    String reasonCode() {
        return filter == null ? null : filter.reason();
    }
}
