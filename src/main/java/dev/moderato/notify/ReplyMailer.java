package dev.moderato.notify;

import dev.moderato.comment.Comment;
import dev.moderato.comment.CommentStatus;
import dev.moderato.comment.CommentStore;
import dev.moderato.platform.config.ModeratoConfig;
import dev.moderato.platform.storage.SkippedWhileDatabaseAway;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sends the mails of reply notifications that {@link ReplySubscriptions} queued: confirmations and approved replies,
 * in the subscriber's language, text and HTML, each with a one-click unsubscribe (RFC 8058). About once a second,
 * off every request's path, so a slow or refusing mail server delays no submission and no decision; a failure is
 * tried again on the webhooks' schedule ({@link RetrySchedule}). What a mail says is read when it goes: a reply
 * rejected meanwhile, or a subscription removed, sends nothing.
 */
@ApplicationScoped
public class ReplyMailer {

    private static final Logger LOG = Logger.getLogger(ReplyMailer.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 20;
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s\"<>]+");

    private final MailSender mail;
    private final ReplySubscriptions subscriptions;
    private final CommentStore comments;
    private final Clock clock;
    private final String baseUrl;
    private final Template html;
    private final Template text;

    ReplyMailer(MailSender mail, ReplySubscriptions subscriptions, CommentStore comments, Clock clock, ModeratoConfig config,
                @Location("mail/subscriber.html") Template html, @Location("mail/subscriber.txt") Template text) {
        this.mail = mail;
        this.subscriptions = subscriptions;
        this.comments = comments;
        this.clock = clock;
        this.baseUrl = config.notifications().baseUrl().replaceAll("/+$", "");
        this.html = html;
        this.text = text;
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @SkippedWhileDatabaseAway
    void sendDue() {
        if (!mail.configured()) {
            return;
        }
        Instant now = clock.instant();
        List<ReplySubscriptions.Queued> due = QuarkusTransaction.requiringNew()
                .call(() -> subscriptions.claim(now, now.plus(LEASE), BATCH));
        due.forEach(this::deliver);
    }

    private void deliver(ReplySubscriptions.Queued queued) {
        Optional<MailSender.Mail> composed = QuarkusTransaction.requiringNew().call(() -> compose(queued));
        try {
            if (composed.isPresent()) {
                mail.send(composed.get());
            }
            QuarkusTransaction.requiringNew().run(() -> subscriptions.done(queued));
        } catch (MailSender.MailFailure failure) {
            Optional<Instant> next = RetrySchedule.next(queued.attempts() + 1, queued.createdAt(), clock.instant());
            QuarkusTransaction.requiringNew().run(() -> subscriptions.failed(queued, next));
            LOG.warnf("A reply notification was not sent (%s); %s", failure.getMessage(),
                    next.isPresent() ? "trying again later" : "given up");
        }
    }

    /** The mail, or nothing when there is nothing left to say. */
    private Optional<MailSender.Mail> compose(ReplySubscriptions.Queued queued) {
        Optional<ReplySubscriptions.Subscription> found = subscriptions.find(queued.token());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ReplySubscriptions.Subscription subscription = found.get();
        SubscriptionMessages words = SubscriptionResource.words(subscription.language());
        Map<String, Object> data = new HashMap<>();
        data.put("quote", null); // every name the templates ask for is present, null or not
        data.put("note", null);
        data.put("lang", words.lang());
        data.put("stopText", words.stop());
        data.put("stop", unsubscribeLink(subscription.token()));
        String subject;
        if (ReplySubscriptions.CONFIRM.equals(queued.kind())) {
            if (subscription.confirmedAt() != null) {
                return Optional.empty();
            }
            subject = words.confirmSubject(subscription.thread());
            data.put("intro", words.confirmIntro(subscription.thread()));
            data.put("linkText", words.confirmLink());
            data.put("link", baseUrl + SubscriptionResource.CONFIRM_PATH + subscription.token());
            data.put("note", words.confirmIgnore());
        } else {
            Optional<Comment> reply = comments.find(queued.replyId());
            if (subscription.confirmedAt() == null || reply.isEmpty() || reply.get().status != CommentStatus.APPROVED) {
                return Optional.empty();
            }
            subject = words.replySubject(subscription.thread());
            data.put("intro", words.replyIntro(reply.get().name, subscription.thread()));
            data.put("quote", reply.get().body);
            data.put("linkText", words.readThread());
            data.put("link", WEB_ADDRESS.matcher(subscription.thread()).matches() ? subscription.thread() : null);
        }
        data.put("subject", subject);
        Map<String, String> headers = Map.of(
                "List-Unsubscribe", "<" + unsubscribeLink(subscription.token()) + ">",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return Optional.of(new MailSender.Mail(List.of(subscription.email()), subject,
                text.data(data).render(), html.data(data).render(), headers));
    }

    private String unsubscribeLink(String token) {
        return baseUrl + SubscriptionResource.UNSUBSCRIBE_PATH + token;
    }
}
