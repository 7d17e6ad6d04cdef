package dev.moderato.publication;

import dev.moderato.comment.MaxLength;
import dev.moderato.comment.PlainText;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The threads a page asks counts for in a request body: a hundred article paths do not fit in a URL. */
public record ThreadList(
        @NotEmpty(message = "{query.threads.range}")
        @Size(max = 100, message = "{query.threads.range}")
        List<@NotNull(message = "{comment.thread.required}")
             @MaxLength(value = 200, message = "{comment.thread.size}")
             @PlainText(message = "{comment.thread.control}") String> threads) {
}
