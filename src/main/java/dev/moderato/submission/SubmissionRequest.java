package dev.moderato.submission;

import dev.moderato.comment.AuthorName;
import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentBody;
import dev.moderato.comment.ContentRules;
import dev.moderato.comment.Website;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a reader submits. Values are normalised on construction (trimmed, blank optional fields
 * dropped) so that the constraints judge what will be stored.
 */
@ParentInThread
public record SubmissionRequest(
        @NotBlank(message = "{comment.thread.required}")
        @Size(max = 200, message = "{comment.thread.size}")
        @Pattern(regexp = "\\P{Cc}*", message = "{comment.thread.control}")
        String thread,

        @Pattern(regexp = Comment.ID_SHAPE, message = "{comment.parentId.unknown}")
        String parentId,

        @AuthorName
        String name,

        @NotBlank(message = "{comment.email.required}")
        @Size(max = 254, message = "{comment.email.size}")
        @Email(regexp = "|[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{comment.email.invalid}")
        String email,

        @Website
        String website,

        @CommentBody
        String body) {

    public SubmissionRequest {
        thread = ContentRules.trimmed(thread);
        parentId = ContentRules.optional(parentId);
        name = ContentRules.trimmed(name);
        email = ContentRules.trimmed(email);
        website = ContentRules.optional(website);
        body = ContentRules.body(body);
    }
}
