package dev.moderato.dashboard;

import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.ContentRules;
import dev.moderato.comment.QueueOrder;
import dev.moderato.comment.QueuePosition;
import dev.moderato.moderation.QueueCursor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * What the queue page shows: a status (pending by default), a thread and a screening reason (any by default),
 * an order (oldest first, or by spam score), a page: the one after a cursor ({@code after}, the API's
 * {@code next}) when there is one, which {@code page} then only numbers. Read leniently from the address, as
 * people type and share it: what is not understood is left out.
 */
public record QueueFilter(String status, String thread, String reason, int page, String sort, String after) {

    public static final int PAGE_SIZE = 25;
    /** The codes screening gives today, offered in the filter; any other code of the same shape is accepted too. */
    public static final List<String> REASONS = List.of("too_many_links", "moderation_word", "disallowed_word",
            "honeypot", "too_fast", "bad_token", "no_token", "token_expired", "token_reused");
    public static final List<String> STATUSES = List.of("pending", "approved", "rejected", "spam");
    private static final Pattern REASON = Pattern.compile("[a-z_]{1,32}");
    private static final int MAX_PAGE = 100_000;

    static QueueFilter of(String status, String thread, String reason, String page) {
        return of(status, thread, reason, page, null, null);
    }

    static QueueFilter of(String status, String thread, String reason, String page, String sort, String after) {
        String wanted = status != null && STATUSES.contains(status) ? status : "pending";
        String key = ContentRules.optional(thread);
        if (key != null && (ContentRules.length(key) > 200 || ContentRules.forbidden(key, false) >= 0)) {
            key = null;
        }
        String code = reason != null && REASON.matcher(reason).matches() ? reason : null;
        int number = 0;
        try {
            number = page == null ? 0 : Math.max(0, Math.min(MAX_PAGE, Integer.parseInt(page.strip())));
        } catch (NumberFormatException ignored) {
            // the first page
        }
        String cursor = QueueCursor.decode(after).isPresent() ? after : null;
        return new QueueFilter(wanted, key, code, number, "score".equals(sort) ? "score" : "oldest", cursor);
    }

    public QueueOrder order() {
        return byScore() ? QueueOrder.SCORE : QueueOrder.OLDEST;
    }

    public boolean byScore() {
        return sort.equals("score");
    }

    /** Where the page starts: after the cursor, or null for the {@code page}th page by offset. */
    public QueuePosition position() {
        return after == null ? null : QueueCursor.decode(after).orElse(null);
    }

    public CommentStatus statusValue() {
        return CommentStatus.valueOf(status.toUpperCase(Locale.ROOT));
    }

    public boolean isPending() {
        return status.equals("pending");
    }

    public boolean isFiltered() {
        return !isPending() || thread != null || reason != null || byScore();
    }

    /** The query string of this view, without defaults: {@code status=spam&thread=a%2Fb&page=2}. */
    public String query() {
        StringJoiner query = new StringJoiner("&");
        if (!isPending()) {
            query.add("status=" + status);
        }
        if (thread != null) {
            query.add("thread=" + URLEncoder.encode(thread, StandardCharsets.UTF_8));
        }
        if (reason != null) {
            query.add("reason=" + reason);
        }
        if (byScore()) {
            query.add("sort=score");
        }
        if (page > 0) {
            query.add("page=" + page);
        }
        if (after != null) {
            query.add("after=" + after);
        }
        return query.toString();
    }

    /** The queue page of this view. */
    public String url() {
        String query = query();
        return Paths.QUEUE + (query.isEmpty() ? "" : "?" + query);
    }

    public String pageUrl(int number) {
        return new QueueFilter(status, thread, reason, number, sort, null).url();
    }

    /** The page after this one, from the cursor its last comment gave. */
    public String nextUrl(String cursor) {
        return new QueueFilter(status, thread, reason, page + 1, sort, cursor).url();
    }

    /** This view, from its first page. */
    public String firstUrl() {
        return new QueueFilter(status, thread, reason, 0, sort, null).url();
    }

    /** This view after a post: a notice, and the comment to select (the one after the decided one). */
    String after(String notice, String select) {
        String query = query();
        StringJoiner joined = new StringJoiner("&");
        if (!query.isEmpty()) {
            joined.add(query);
        }
        if (notice != null) {
            joined.add("done=" + notice);
        }
        if (select != null && select.matches(dev.moderato.comment.Comment.ID_SHAPE)) {
            joined.add("select=" + select);
        }
        String all = joined.toString();
        return Paths.QUEUE + (all.isEmpty() ? "" : "?" + all) + (select == null ? "" : "#c-" + select);
    }
}
