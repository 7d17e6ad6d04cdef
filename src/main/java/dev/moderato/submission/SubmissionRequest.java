package dev.moderato.submission;

import dev.moderato.comment.AuthorName;
import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentBody;
import dev.moderato.comment.ContentRules;
import dev.moderato.comment.EmailAddress;
import dev.moderato.comment.ThreadKey;
import dev.moderato.comment.Website;
import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.Pattern;

/**
 * What a reader submits. Values are tidied on construction ({@link ContentRules}) so that the
 * constraints judge what will be stored. The parent is looked up in the database only once every field
 * has passed its own constraints: a thread key with a NUL in it is the reader's mistake, to be named as
 * such, not a query PostgreSQL refuses.
 */
@ParentInThread(groups = SubmissionRequest.Lookups.class)
@GroupSequence({SubmissionRequest.class, SubmissionRequest.Lookups.class})
public record SubmissionRequest(
        @ThreadKey
        String thread,

        @Pattern(regexp = Comment.ID_SHAPE, message = "{comment.parentId.unknown}")
        String parentId,

        @AuthorName
        String name,

        @EmailAddress
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
        website = ContentRules.website(website);
        body = ContentRules.body(body);
    }

    /** The same request answering another parent, or none. */
    SubmissionRequest withParent(String parent) {
        return new SubmissionRequest(thread, parent, name, email, website, body);
    }

    /** The constraints that ask the database, checked after the fields' own. */
    interface Lookups {
    }
}
