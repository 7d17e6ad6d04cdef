package dev.moderato.notify;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of reply notifications' mails and pages, {@code {sub:…}}; French in {@code messages/sub_fr.properties}. */
@MessageBundle("sub")
public interface SubscriptionMessages {

    @Message("en") String lang();

    @Message("Confirm reply notifications: {thread}") String confirmSubject(String thread);
    @Message("You asked to be told by email of replies to your comment on “{thread}”. Nothing is sent until you confirm on this page:")
    String confirmIntro(String thread);
    @Message("Confirm") String confirmLink();
    @Message("If you did not ask for this, ignore this mail: you will get nothing more.") String confirmIgnore();

    @Message("New reply to your comment: {thread}") String replySubject(String thread);
    @Message("{name} replied to your comment on “{thread}”:") String replyIntro(String name, String thread);
    @Message("Read the discussion") String readThread();

    @Message("Stop these emails") String stop();

    @Message("Email me replies to my comment?") String confirmTitle();
    @Message("Press the button to get an email for each reply a moderator approves under your comment on “{thread}”.")
    String confirmText(String thread);
    @Message("Confirm") String confirmButton();
    @Message("Reply notifications are on") String confirmedTitle();
    @Message("You will get an email for each approved reply to your comment on “{thread}”. Each one has a link to stop them.")
    String confirmedText(String thread);

    @Message("Stop reply notifications?") String unsubscribeTitle();
    @Message("Press the button to stop the emails about replies on “{thread}”.") String unsubscribeText(String thread);
    @Message("Unsubscribe") String unsubscribeButton();
    @Message("You are unsubscribed") String unsubscribedTitle();
    @Message("You will get no more emails about replies on “{thread}”.") String unsubscribedText(String thread);

    @Message("This link is not valid") String notFoundTitle();
    @Message("It may be incomplete, or its subscription was removed: after unsubscribing, no more emails are sent.")
    String notFoundText();
}
