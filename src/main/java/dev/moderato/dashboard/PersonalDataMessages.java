package dev.moderato.dashboard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The personal-data page's words, {@code {privacy:…}}; French in {@code messages/privacy_fr.properties}. */
@MessageBundle("privacy")
public interface PersonalDataMessages {

    @Message("Personal data") String nav();
    @Message("Personal data") String title();
    @Message("Answer a reader's access or erasure request by their email address; capitals do not matter.") String lead();
    @Message("Email address") String email();
    @Message("Look up") String lookUp();
    @Message("Name the email address to look up.") String emailRequired();
    @Message("An email address is at most 254 characters.") String emailTooLong();
    @Message("Stored with {email}") String storedWith(String email);
    @Message("Nothing is stored with this address.") String nothing();
    @Message("Comments") String comments();
    @Message("Pending") String pending();
    @Message("Approved") String approved();
    @Message("Rejected") String rejected();
    @Message("Spam") String spam();
    @Message("Trusted author") String trustedAuthor();
    @Message("Reply notifications") String subscriptions();
    @Message("{count} {#if count == 1}subscription{#else}subscriptions{/if} to replies by email") String subscriptionsCount(int count);
    @Message("Thread") String thread();
    @Message("Comment followed") String commentFollowed();
    @Message("Confirmed") String confirmed();
    @Message("yes") String yes();
    @Message("no") String no();
    @Message("Download the export (JSON)") String download();
    @Message("Erase…") String erase();
    @Message("Erase this reader's personal data?") String confirmTitle();
    @Message("Comments of {email}: {count}. They keep their text and their place in their threads, signed \"Anonymous\"; the email address, website, IP address and user agent are cleared, the address stops being a trusted author, and its subscriptions to replies ({subscriptions}) are removed with their unsent mails. This cannot be undone.")
    String confirmText(long count, String email, int subscriptions);
    @Message("Erase for good") String confirm();
    @Message("Cancel") String cancel();
    @Message("Erased: {count} {#if count == 1}comment{#else}comments{/if} anonymised{#if subscriptions > 0}, {subscriptions} {#if subscriptions == 1}subscription{#else}subscriptions{/if} to replies removed{/if}.")
    String erased(long count, long subscriptions);
}
