package dev.moderato.importing;

import dev.moderato.comment.CommentStatus;

import java.time.Instant;

/** A comment of an export that passed Moderato's rules, tidied as a submission is, waiting to be stored. */
record ImportedComment(String sourceId, String parentId, String threadRef, String name, String email, String website,
                       String ip, String body, Instant createdAt, CommentStatus status) {

    @Override
    public String toString() {
        return "ImportedComment[" + sourceId + "]"; // the rest is personal data
    }
}
