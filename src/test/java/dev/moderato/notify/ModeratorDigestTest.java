package dev.moderato.notify;

import com.icegreen.greenmail.util.GreenMail;
import dev.moderato.comment.CommentStatus;
import dev.moderato.platform.storage.Sql;
import dev.moderato.support.Comments;
import dev.moderato.support.Database;
import dev.moderato.support.Submissions;
import dev.moderato.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The moderators' digest, through a real SMTP server: one mail per interval, not one per comment. */
@QuarkusTest
@TestProfile(MailProfile.class)
class ModeratorDigestTest {

    private static final Pattern LINK = Pattern.compile("href=\"([^\"]+)\"");

    @Inject
    TestClock clock;

    private GreenMail smtp;

    @BeforeEach
    void startSmtpAndForgetTheLastDigest() throws Exception {
        smtp = MailProfile.startSmtp();
        Database.sql().update("update notify_state set at = ? where name = 'moderator-digest'", Instant.EPOCH);
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
        clock.reset();
    }

    @Test
    void oneDigestPerIntervalListsWhatWaitsWithDashboardLinksOnly() throws Exception {
        Submissions.submit(Submissions.json(), Comments.valid("digest/first"));
        assertTrue(received(2), "the first comment brings a digest, to both moderators");
        assertEquals("1 comment waits for moderation", smtp.getReceivedMessages()[0].getSubject());

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(Submissions.submit(Submissions.json(), Comments.with(Comments.with(Comments.valid("digest/wave"),
                    "name", "<b>Eve " + i + "</b>"), "email", "eve" + i + "@example.net")));
        }
        Thread.sleep(2500); // two checks of the digest
        assertEquals(2, smtp.getReceivedMessages().length, "no second digest within the interval");

        clock.advance(Duration.ofMinutes(61));
        assertTrue(received(4), "the next interval brings the next digest");
        List<MimeMessage> second = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getSubject().equals("7 comments wait for moderation")) {
                second.add(message);
            }
        }
        assertEquals(2, second.size(), "the second digest, to both moderators");
        MimeMessage digest = second.get(0);
        assertEquals("comments@news.example.com", digest.getFrom()[0].toString());
        String text = Mails.part(digest, "text/plain");
        String html = Mails.part(digest, "text/html");
        assertTrue(text.startsWith("7 comments wait for moderation, the oldest since 20"), text);
        assertTrue(text.contains("… and 2 more."), text);
        assertTrue(html.contains("&lt;b&gt;Eve 0&lt;/b&gt;"), "names are escaped in HTML: " + html);
        assertFalse(html.contains("<b>Eve"), html);
        assertFalse(text.contains("example.net") || html.contains("example.net"), "no commenter's email address");

        List<String> links = new ArrayList<>();
        Matcher matcher = LINK.matcher(html);
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        assertEquals(6, links.size(), "five comments and the queue: " + links);
        assertTrue(links.stream().allMatch(link -> link.matches("https://comments\\.news\\.example\\.com/dashboard/(comments/[0-9a-f-]{36})?")),
                "links open the dashboard and nothing else, never an action: " + links);
        assertTrue(text.contains("https://comments.news.example.com/dashboard/comments/" + ids.get(0)), text);
    }

    @Test
    void aDigestTheServerCouldNotTakeIsSentAtALaterCheckAndOnlyOnce() throws Exception {
        smtp.stop();
        String id = Submissions.submit(Submissions.json(), Comments.valid("digest/refused"));
        try {
            refusedThenSentOnce();
        } finally {
            Comments.setStatus(id, CommentStatus.APPROVED); // waits no more: the other test counts what waits
        }
    }

    private void refusedThenSentOnce() throws Exception {
        Thread.sleep(2500); // two checks of the digest, each refused by the stopped server
        long deadline = System.nanoTime() + 5_000_000_000L; // a check may be between its claim and its failure
        while (!lastDigest().equals(Instant.EPOCH) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(Instant.EPOCH, lastDigest(), "a digest not sent does not count as sent");

        smtp = MailProfile.startSmtp();
        assertTrue(received(2, Duration.ofSeconds(60)), "a later check sends it, to both moderators");
        String subject = smtp.getReceivedMessages()[0].getSubject();
        assertTrue(subject.matches("\\d+ comments? waits? for moderation"), subject);
        assertTrue(lastDigest().isAfter(Instant.EPOCH), "the digest sent counts");
        Thread.sleep(2500); // two more checks
        assertEquals(2, smtp.getReceivedMessages().length, "sent once, not again at each later check");
    }

    private static Instant lastDigest() {
        return Database.sql().first("select at from notify_state where name = 'moderator-digest'",
                row -> Sql.instant(row, "at")).orElseThrow();
    }

    /** Whether the server holds this many messages within 30 s. */
    private boolean received(int count) throws InterruptedException {
        return received(count, Duration.ofSeconds(30));
    }

    /** Whether the server holds this many messages within {@code wait}. */
    private boolean received(int count, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (smtp.getReceivedMessages().length < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return smtp.getReceivedMessages().length >= count;
    }
}
