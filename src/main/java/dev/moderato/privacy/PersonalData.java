package dev.moderato.privacy;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentEvent;
import dev.moderato.comment.CommentHistory;
import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.PersonalColumns;
import dev.moderato.notify.ReplySubscriptions;
import dev.moderato.screening.TrustedAuthors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A reader's access request answered: everything stored with their address, whatever its capitals, as JSON. Written
 * to the stream as it is read, a page of comments at a time in the order of the address's index, so that the
 * memory it takes does not grow with the number of comments. Each page is read on its own: comments that change
 * while the export runs appear as they were when their page was read.
 */
@ApplicationScoped
public class PersonalData {

    /** Comments read and written per page: a few hundred kilobytes at the longest bodies. */
    static final int PAGE = 200;

    private final ObjectMapper mapper;
    private final PersonalColumns comments;
    private final CommentHistory history;
    private final Instance<AddressRecords> otherRecords;
    private final TrustedAuthors trustedAuthors;
    private final ReplySubscriptions subscriptions;

    PersonalData(ObjectMapper mapper, PersonalColumns comments, CommentHistory history,
                 Instance<AddressRecords> otherRecords, TrustedAuthors trustedAuthors, ReplySubscriptions subscriptions) {
        this.trustedAuthors = trustedAuthors;
        this.subscriptions = subscriptions;
        this.mapper = mapper;
        this.comments = comments;
        this.history = history;
        this.otherRecords = otherRecords;
    }

    /**
     * How many comments of each status hold the address, whether it is a trusted author, and its reply notifications'
     * subscriptions: what an administrator looks up first.
     */
    public record Summary(Map<CommentStatus, Long> comments, boolean trustedAuthor, List<Subscribed> subscriptions) {

        /** Whether nothing at all is stored with the address. */
        public boolean isEmpty() {
            return total() == 0 && !trustedAuthor && subscriptions.isEmpty();
        }

        public long total() {
            return comments.values().stream().mapToLong(Long::longValue).sum();
        }

        public long of(String status) {
            return comments.getOrDefault(CommentStatus.valueOf(status.toUpperCase(java.util.Locale.ROOT)), 0L);
        }
    }

    /** A subscription as the dashboard shows it: the comment and thread it follows, confirmed or not; never its token. */
    public record Subscribed(UUID commentId, String thread, boolean confirmed) {
    }

    public Summary summary(String email) {
        List<Subscribed> subscribed = subscriptions.ofAddress(email).stream()
                .map(s -> new Subscribed(s.commentId(), s.thread(), s.confirmedAt() != null)).toList();
        return new Summary(comments.countsByStatus(email), trustedAuthors.isTrusted(email), subscribed);
    }

    /** Writes {@code {"email", "comments":[…], <each other record's field>}} to {@code out}; leaves it open. */
    public void export(String email, OutputStream out) throws IOException {
        try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("email", email);
            json.writeArrayFieldStart("comments");
            UUID after = null;
            List<Comment> page;
            do {
                page = comments.withAddress(email, after, PAGE);
                Map<UUID, List<CommentEvent>> events = history.ofAll(page.stream().map(c -> c.id).toList()).stream()
                        .collect(Collectors.groupingBy(event -> event.commentId));
                for (Comment comment : page) {
                    json.writeObject(ExportedComment.of(comment, events.getOrDefault(comment.id, List.of())));
                }
                json.flush();
                after = page.isEmpty() ? null : page.get(page.size() - 1).id;
            } while (page.size() == PAGE);
            json.writeEndArray();
            for (AddressRecords records : otherRecords) {
                json.writeFieldName(records.name());
                records.export(email, json);
            }
            json.writeEndObject();
        }
    }
}
