package dev.moderato.privacy;

import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.Ids;
import dev.moderato.support.Database;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tens of thousands of comments of one reader, written by batched SQL: the submission path would take minutes to
 * store them. Every row holds what a submitted one holds (address and its key, IP and user agent, the published
 * thread of an approved one), statuses in turn, bodies of about 300 characters.
 */
final class ManyComments {

    private static final int BATCH = 1_000;
    private static final String INSERT = "insert into comment (id, thread, author_name, email, email_key, website, body,"
            + " status, published_thread, ip, user_agent, created_at, client_data_at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    private ManyComments() {
    }

    static void insert(String thread, String email, String name, int count) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String body = "A long remark about the article, written again and again. ".repeat(5);
        CommentStatus[] statuses = CommentStatus.values();
        for (int start = 0; start < count; start += BATCH) {
            List<Object[]> rows = new ArrayList<>(BATCH);
            for (int i = start; i < Math.min(count, start + BATCH); i++) {
                CommentStatus status = statuses[i % statuses.length];
                rows.add(new Object[] {Ids.next(), thread, name, email, email.toLowerCase(Locale.ROOT),
                        "https://many.example.net", body + i, status,
                        status == CommentStatus.APPROVED ? thread : null, "198.51.100.7", "ManyAgent/1.0", at, at});
            }
            QuarkusTransaction.requiringNew().run(() -> Database.sql().batch(INSERT, rows));
        }
    }
}
