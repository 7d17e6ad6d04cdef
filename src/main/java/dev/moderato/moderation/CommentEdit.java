package dev.moderato.moderation;

/**
 * A moderator's correction. An absent (or null) field stays as it is; an empty website removes
 * it. The merged comment is validated by the same rules as a submission.
 */
public record CommentEdit(String name, String website, String body) {
}
