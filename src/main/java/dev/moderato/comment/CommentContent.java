package dev.moderato.comment;

/** What a person wrote and may be corrected: tidied on construction by {@link ContentRules}, judged by the same rules as a submission. */
public record CommentContent(@AuthorName String name, @Website String website, @CommentBody String body) {

    public CommentContent {
        name = ContentRules.trimmed(name);
        website = ContentRules.website(website);
        body = ContentRules.body(body);
    }
}
