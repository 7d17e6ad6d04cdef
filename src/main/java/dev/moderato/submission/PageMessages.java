package dev.moderato.submission;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Text of the pages a form post gets back; French in {@code messages/msg_fr.properties}. */
@MessageBundle
public interface PageMessages {

    @Message("en")
    String lang();

    @Message("Thank you — your comment is awaiting moderation")
    String receivedTitle();

    @Message("Your comment has been received. It will appear once a moderator has approved it.")
    String receivedText();

    @Message("Thank you — your comment is published")
    String publishedTitle();

    @Message("Your comment has been received and is now published.")
    String publishedText();

    @Message("Your comment could not be posted")
    String invalidTitle();

    @Message("Please go back, correct the following and send it again:")
    String invalidText();

    @Message("Back to the article")
    String backToArticle();
}
