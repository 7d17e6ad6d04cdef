package dev.moderato.notify;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentQueries;
import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.QueueOrder;
import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.platform.storage.SkippedWhileDatabaseAway;
import dev.moderato.platform.storage.Sql;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The moderators' digest: when comments arrived in the queue since the last one, one mail to
 * {@code moderato.notify.moderator-emails} saying how many wait, since when, and the first few with a link to each on
 * the dashboard (never a link that acts). At most one per {@code moderato.notify.moderator-interval}, whatever the
 * number of replicas: the one that moves {@code notify_state} forward sends it; a failed send moves it back, so the
 * next check tries again.
 */
@ApplicationScoped
public class ModeratorDigest {

    private static final Logger LOG = Logger.getLogger(ModeratorDigest.class);
    private static final String STATE = "moderator-digest";
    static final int LISTED = 5;
    private static final int EXCERPT = 200;

    /** One waiting comment as the digest shows it. */
    public record Line(String thread, String name, String excerpt, String link) {
    }

    private final MailSender mail;
    private final CommentQueries queries;
    private final Sql sql;
    private final Clock clock;
    private final List<String> moderators;
    private final Duration interval;
    private final String baseUrl;
    private final Template html;
    private final Template text;

    ModeratorDigest(MailSender mail, CommentQueries queries, Sql sql, Clock clock, ModeratoConfig config,
                    @Location("mail/digest.html") Template html, @Location("mail/digest.txt") Template text) {
        this.mail = mail;
        this.queries = queries;
        this.sql = sql;
        this.clock = clock;
        this.moderators = config.notifications().moderatorEmails().orElse(List.of());
        this.interval = config.notifications().moderatorInterval();
        this.baseUrl = config.notifications().baseUrl().replaceAll("/+$", "");
        this.html = html;
        this.text = text;
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @SkippedWhileDatabaseAway
    void check() {
        if (moderators.isEmpty() || !mail.configured()) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Optional<Instant> last = QuarkusTransaction.requiringNew().call(() -> claim(now));
        if (last.isEmpty()) {
            return;
        }
        List<Comment> waiting = QuarkusTransaction.requiringNew().call(() -> queries.queue(CommentStatus.PENDING, null, null, QueueOrder.OLDEST, null, 0, LISTED));
        long count = QuarkusTransaction.requiringNew().call(() -> queries.countUpTo(100_000, CommentStatus.PENDING, null));
        try {
            mail.send(compose(waiting, count));
        } catch (MailSender.MailFailure failure) {
            QuarkusTransaction.requiringNew().run(() -> sql.update("update notify_state set at = ? where name = ? and at = ?",
                    last.get(), STATE, now));
            LOG.warnf("The moderators' digest was not sent (%s); trying again shortly", failure.getMessage());
        }
    }

    /**
     * Moves the digest's time to {@code now} when the interval has passed and a comment arrived since the last one;
     * answers the previous time when this replica won, to put back should the send fail.
     */
    private Optional<Instant> claim(Instant now) {
        Instant last = sql.first("select at from notify_state where name = ? for update", row -> Sql.instant(row, "at"), STATE)
                .orElseThrow();
        if (now.isBefore(last.plus(interval))) {
            return Optional.empty();
        }
        boolean arrived = sql.exists("select 1 from comment where status = ? and created_at > ? fetch first 1 rows only",
                CommentStatus.PENDING, last);
        if (!arrived) {
            return Optional.empty();
        }
        sql.update("update notify_state set at = ? where name = ?", now, STATE);
        return Optional.of(last);
    }

    private MailSender.Mail compose(List<Comment> waiting, long count) {
        List<Line> lines = waiting.stream().map(comment -> new Line(comment.thread, comment.name, excerpt(comment.body),
                baseUrl + "/dashboard/comments/" + comment.id)).toList();
        Instant oldest = waiting.isEmpty() ? null : waiting.get(0).createdAt;
        String subject = count == 1 ? "1 comment waits for moderation" : count + " comments wait for moderation";
        Map<String, Object> data = Map.of("count", count, "oldest", oldest == null ? "" : oldest.toString(),
                "lines", lines, "more", Math.max(0, count - lines.size()), "queue", baseUrl + "/dashboard/");
        return new MailSender.Mail(moderators, subject, text.data(data).render(), html.data(data).render(), Map.of());
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.codePointCount(0, flat.length()) <= EXCERPT ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, EXCERPT)) + "…";
    }
}
