package dev.moderato.dashboard;

import dev.moderato.moderation.ModeratedComment;

/**
 * A decision or an edit not applied because the comment moved on meanwhile: {@code decided} when another moderator
 * decided it (409), otherwise it changed since the page was loaded (412). Shows it as it is now.
 */
public record Conflict(ModeratedComment now, String action, boolean decided, QueueFilter filter) {

    /** A decision (not an edit) whose outcome differs from what the comment is now: worth offering again. */
    public boolean canApplyAnyway() {
        return !action.equals("edit") && !now.status().wireName().equals(switch (action) {
            case "approve" -> "approved";
            case "reject" -> "rejected";
            default -> "spam";
        });
    }

    public String by() {
        return now.decidedBy() == null ? "?" : now.decidedBy();
    }
}
