package dev.moderato.submission;

import dev.moderato.comment.Comment;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;

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

        @NotBlank(message = "{comment.name.required}")
        @Size(max = 100, message = "{comment.name.size}")
        String name,

        @NotBlank(message = "{comment.email.required}")
        @Size(max = 254, message = "{comment.email.size}")
        @Email(regexp = "|[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "{comment.email.invalid}")
        String email,

        @Size(max = 200, message = "{comment.website.size}")
        @URL(regexp = "(?i)https?://.+", message = "{comment.website.invalid}")
        String website,

        @NotBlank(message = "{comment.body.required}")
        @BodyLength
        String body) {

    public SubmissionRequest {
        thread = trimmed(thread);
        parentId = blankToNull(parentId);
        name = trimmed(name);
        email = trimmed(email);
        website = blankToNull(website);
        body = body == null ? null : body.replace("\r\n", "\n").strip();
    }

    private static String trimmed(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
