package dev.moderato.notify;

import com.icegreen.greenmail.util.GreenMail;
import dev.moderato.comment.CommentStatus;
import dev.moderato.support.Browser;
import dev.moderato.support.Comments;
import dev.moderato.support.Database;
import dev.moderato.support.Submissions;
import dev.moderato.support.Threads;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reply notifications through a real SMTP server: double opt-in, one mail per approved reply, one-click unsubscribe. */
@QuarkusTest
@TestProfile(ReplyMailProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplyNotificationTest {

    private static final String BASE = "https://comments.news.example.com";
    private static final Pattern CONFIRM_LINK = Pattern.compile(Pattern.quote(BASE) + "/api/v1/subscriptions/([A-Za-z0-9_-]{43})");
    /** Long enough for the mailer's checks, once a second, to have sent anything they were going to. */
    private static final long QUIET_MILLIS = 3000;

    /**
     * One server for the class: each test writes to addresses of its own. A server stopped and started again on the
     * same port between tests sometimes left the next mail hanging until the client's timeout.
     */
    private static GreenMail smtp;

    @BeforeAll
    static void startSmtp() {
        smtp = MailProfile.startSmtp();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Test
    void confirmationMailIsInTheLanguageTheCommentWasSubmittedIn() throws Exception {
        String email = Submissions.newEmail();
        String thread = Comments.newThread();
        Submissions.submit(Submissions.json().header("Accept-Language", "fr-CA, en;q=0.5"), subscribing(thread, email));

        MimeMessage mail = awaitMails(email, 1).get(0);
        assertTrue(mail.getSubject().startsWith("Confirmez les notifications de réponses"), mail.getSubject());
        String text = Mails.part(mail, "text/plain");
        assertTrue(text.contains("Rien n'est envoyé tant que vous n'avez pas confirmé"), text);
        assertTrue(CONFIRM_LINK.matcher(text).find(), text);
        assertTrue(Mails.part(mail, "text/html").contains("lang=\"fr\""));
        assertNotNull(mail.getHeader("List-Unsubscribe"), "every mail can be unsubscribed from");

        String englishEmail = Submissions.newEmail();
        Browser.submit(Map.of("thread", thread, "name", "Grace", "email", englishEmail, "body", "From the plain form.",
                "moderato_notify", "1"));
        MimeMessage english = awaitMails(englishEmail, 1).get(0);
        assertTrue(english.getSubject().startsWith("Confirm reply notifications"), english.getSubject());
    }

    @Test
    void noSubscriptionWithoutTheOptIn() throws Exception {
        String email = Submissions.newEmail();
        Submissions.submit(Submissions.json(), Comments.by(email, Comments.newThread()));
        Thread.sleep(QUIET_MILLIS);
        assertEquals(List.of(), mailsTo(email));
        assertEquals(0, Database.sql().number("select count(*) from reply_subscription where email = ?", email));
    }

    @Test
    void theLinksGetChangesNothingAndItsButtonConfirms() throws Exception {
        String email = Submissions.newEmail();
        Submissions.submit(Submissions.json(), subscribing(Comments.newThread(), email));
        String token = confirmationToken(email);

        for (int i = 0; i < 2; i++) {
            given().when().get("/api/v1/subscriptions/{token}", token)
                    .then().statusCode(200).contentType(startsWith("text/html"))
                    .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                    .body(containsString("<form method=\"post\" action=\"/api/v1/subscriptions/" + token + "\">"))
                    .body(containsString("<button type=\"submit\">Confirm</button>"));
        }
        assertFalse(isConfirmed(token), "a GET, as a mail scanner makes, confirms nothing");

        Browser.formPost().when().post("/api/v1/subscriptions/{token}", token)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("Reply notifications are on"));
        assertTrue(isConfirmed(token));
    }

    @Test
    void anApprovedReplySendsOneEscapedMailWithOneClickUnsubscribe() throws Exception {
        String email = Submissions.newEmail();
        String thread = Comments.newThread();
        String parent = Submissions.submit(Submissions.json(), subscribing(thread, email));
        String token = confirmed(email);
        Comments.setStatus(parent, CommentStatus.APPROVED);

        String own = Comments.submit(Comments.with(Comments.unique(thread, email.toUpperCase()), "parentId", parent));
        Comments.setStatus(own, CommentStatus.APPROVED);
        String replier = Submissions.newEmail();
        Map<String, Object> reply = Comments.with(Comments.with(Comments.by(replier, thread), "parentId", parent),
                "body", "<script>alert(1)</script> Tom & Jerry agree.");
        String replyId = Comments.submit(Comments.with(reply, "name", "<b>Bob</b>"));
        Thread.sleep(QUIET_MILLIS);
        assertEquals(1, mailsTo(email).size(), "a pending reply sends nothing, nor the subscriber's reply to themself");

        Comments.setStatus(replyId, CommentStatus.APPROVED);
        List<MimeMessage> mails = awaitMails(email, 2);
        MimeMessage mail = mails.get(1);
        assertEquals("New reply to your comment: " + thread, mail.getSubject());
        assertEquals("<" + BASE + "/api/v1/unsubscribe/" + token + ">", mail.getHeader("List-Unsubscribe")[0]);
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0]);
        String text = Mails.part(mail, "text/plain");
        String html = Mails.part(mail, "text/html");
        assertTrue(text.contains("<b>Bob</b> replied to your comment on “" + thread + "”:"), text);
        assertTrue(text.contains("<script>alert(1)</script> Tom & Jerry agree."), text);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Tom &amp; Jerry agree."), html);
        assertTrue(html.contains("&lt;b&gt;Bob&lt;/b&gt;"), html);
        assertFalse(html.contains("<script>") || html.contains("<b>Bob"), html);
        assertFalse(text.contains(replier) || html.contains(replier), "never the replier's address");

        Thread.sleep(QUIET_MILLIS);
        assertEquals(2, mailsTo(email).size(), "one mail per approved reply");
        assertEquals(List.of(), mailsTo(replier), "the replier did not subscribe");
    }

    @Test
    void aReplyPublishedAtOnceInAPostModeratedThreadIsMailed() throws Exception {
        String email = Submissions.newEmail();
        String thread = Threads.postModerated();
        String parent = Submissions.submit(Submissions.json(), subscribing(thread, email));
        confirmed(email);

        Submissions.submitExpecting("approved", Comments.with(Comments.by(Submissions.newEmail(), thread), "parentId", parent));
        assertTrue(awaitMails(email, 2).get(1).getSubject().startsWith("New reply to your comment"));
    }

    @Test
    void anUnconfirmedSubscriberGetsNothingButTheConfirmation() throws Exception {
        String email = Submissions.newEmail();
        String thread = Comments.newThread();
        String parent = Submissions.submit(Submissions.json(), subscribing(thread, email));
        awaitMails(email, 1);
        Comments.setStatus(parent, CommentStatus.APPROVED);

        Comments.submitApproved(Comments.with(Comments.by(Submissions.newEmail(), thread), "parentId", parent));
        Thread.sleep(QUIET_MILLIS);
        assertEquals(1, mailsTo(email).size(), "the confirmation only");
    }

    @Test
    void oneClickUnsubscribeStopsFurtherMailsAndItsPageChangesNothing() throws Exception {
        String email = Submissions.newEmail();
        String thread = Comments.newThread();
        String parent = Submissions.submit(Submissions.json(), subscribing(thread, email));
        String token = confirmed(email);
        Comments.setStatus(parent, CommentStatus.APPROVED);

        given().when().get("/api/v1/unsubscribe/{token}", token)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<form method=\"post\" action=\"/api/v1/unsubscribe/" + token + "\">"));
        assertTrue(isConfirmed(token), "the page alone unsubscribes no one");

        // What a mail client sends for RFC 8058's one-click: a form body that is not checked.
        Browser.formPost().formParam("List-Unsubscribe", "One-Click")
                .when().post("/api/v1/unsubscribe/{token}", token)
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("You are unsubscribed"));
        assertEquals(0, Database.sql().number("select count(*) from reply_subscription where token = ?", token));

        Comments.submitApproved(Comments.with(Comments.by(Submissions.newEmail(), thread), "parentId", parent));
        Thread.sleep(QUIET_MILLIS);
        assertEquals(1, mailsTo(email).size(), "nothing after the unsubscription");
    }

    @Test
    void aSecondSubscriptionInTheThreadAsksNoSecondConfirmation() throws Exception {
        String email = Submissions.newEmail();
        String thread = Comments.newThread();
        Submissions.submit(Submissions.json(), subscribing(thread, email));
        String token = confirmed(email);

        Submissions.submit(Submissions.json(), subscribing(thread, email.toUpperCase()));
        Thread.sleep(QUIET_MILLIS);
        assertEquals(1, mailsTo(email).size());
        assertEquals(2, Database.sql().number("select count(*) from reply_subscription where email = ? and confirmed_at is not null",
                email), "the address confirmed this thread already");

        Browser.formPost().when().post("/api/v1/unsubscribe/{token}", token).then().statusCode(200);
        assertEquals(0, Database.sql().number("select count(*) from reply_subscription where email = ?", email),
                "unsubscribing leaves the whole thread");
    }

    @Test
    void aCommentStoredAsSpamSubscribesNoOne() throws Exception {
        String email = Submissions.newEmail();
        Submissions.submit(Submissions.json(), Comments.with(subscribing(Comments.newThread(), email), "hp_website", "filled"));
        Thread.sleep(QUIET_MILLIS);
        assertEquals(List.of(), mailsTo(email));
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: it stops the server the others share
    void aConfirmationTheServerCouldNotTakeIsSentLaterAndTheSubmissionWaitsForNothing() throws Exception {
        smtp.stop();
        String email = Submissions.newEmail();
        long start = System.nanoTime();
        String id = Submissions.submit(Submissions.json(), subscribing(Comments.newThread(), email));
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "the 202 does not wait for the mail server");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (failedAttempts(id) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(1, failedAttempts(id), "the first attempt failed and is kept for later");

        smtp = MailProfile.startSmtp();
        awaitMails(email, 1);
        // The worker deletes the row once the server took the mail: a moment after the mail arrived.
        long sent = System.nanoTime() + 10_000_000_000L;
        while (queued(id) > 0 && System.nanoTime() < sent) {
            Thread.sleep(50);
        }
        assertEquals(0, queued(id), "the mail, once sent, is no longer queued");
    }

    private static long queued(String commentId) {
        return Database.sql().number("select count(*) from reply_mail where reply_id = ?", java.util.UUID.fromString(commentId));
    }

    private static long failedAttempts(String commentId) {
        return Database.sql().number("select coalesce(max(attempts), 0) from reply_mail where reply_id = ?",
                java.util.UUID.fromString(commentId));
    }

    @Test
    void badAndUnknownTokensGetAReadableNotFoundPage() {
        String unknown = "A".repeat(43);
        for (String token : List.of(unknown, "short", "%3Cscript%3E", "A".repeat(300))) {
            for (String path : List.of("/api/v1/subscriptions/", "/api/v1/unsubscribe/")) {
                given().urlEncodingEnabled(false).when().get(path + token)
                        .then().statusCode(404).contentType(startsWith("text/html"))
                        .body(containsString("This link is not valid")).body(not(containsString("<script")));
                Browser.formPost().urlEncodingEnabled(false).when().post(path + token)
                        .then().statusCode(404).contentType(startsWith("text/html"))
                        .body(containsString("This link is not valid"));
            }
        }
        given().header("Accept-Language", "fr").when().get("/api/v1/unsubscribe/" + unknown)
                .then().statusCode(404).body(containsString("Ce lien n&#39;est pas valide"));
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/unsubscribe/" + unknown)
                .then().statusCode(404);
    }

    static Map<String, Object> subscribing(String thread, String email) {
        return Comments.with(Comments.unique(thread, email), "notifyReplies", true);
    }

    /** The token of the confirmation mail sent to the address. */
    private String confirmationToken(String email) throws Exception {
        Matcher link = CONFIRM_LINK.matcher(Mails.part(awaitMails(email, 1).get(0), "text/plain"));
        assertTrue(link.find());
        return link.group(1);
    }

    /** Confirms through the confirmation mail's page, as a reader does; answers the token. */
    private String confirmed(String email) throws Exception {
        String token = confirmationToken(email);
        Browser.formPost().when().post("/api/v1/subscriptions/{token}", token).then().statusCode(200);
        return token;
    }

    private static boolean isConfirmed(String token) {
        return Database.sql().first("select confirmed_at from reply_subscription where token = ?",
                row -> row.getObject("confirmed_at") != null, token).orElseThrow();
    }

    private static List<MimeMessage> mailsTo(String email) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            Address[] to = message.getRecipients(MimeMessage.RecipientType.TO);
            if (to != null && Arrays.stream(to).anyMatch(address -> address.toString().equalsIgnoreCase(email))) {
                found.add(message);
            }
        }
        return found;
    }

    /**
     * The mails to the address once there are this many, within 60 s: a send that hangs until the client's 30-second
     * timeout (seen now and then against GreenMail) is tried again 5 s later, and that retry is part of the behaviour.
     */
    private List<MimeMessage> awaitMails(String email, int count) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (mailsTo(email).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        List<MimeMessage> mails = mailsTo(email);
        assertEquals(count, mails.size(), "mails to the address");
        return mails;
    }
}
