package dev.moderato.dashboard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The webhooks page's words, {@code {hook:…}}; French in {@code messages/hook_fr.properties}. */
@MessageBundle("hook")
public interface WebhookMessages {

    @Message("Webhooks") String nav();
    @Message("Webhooks") String title();
    @Message("Moderato posts each event, signed as Standard Webhooks specify, to the endpoints that asked for it, and retries for at least a day. Deliveries carry no email address, IP address or user agent.") String lead();
    @Message("Endpoints") String endpoints();
    @Message("No webhook yet.") String none();
    @Message("URL") String url();
    @Message("Events") String events();
    @Message("State") String state();
    @Message("Created") String created();
    @Message("Enabled") String enabled();
    @Message("Disabled") String disabled();
    @Message("the receiver answered 410 Gone") String reasonGone();
    @Message("every delivery failed for a day") String reasonFailing();
    @Message("Details and deliveries of {url}") String detailsOf(String url);
    @Message("Register an endpoint") String register();
    @Message("https://example.org/hooks/moderato") String urlHint();
    @Message("An absolute http or https address on a public host.") String urlHelp();
    @Message("Events to send") String eventsLegend();
    @Message("Tick at least one event.") String eventsRequired();
    @Message("{#when event}{#is 'comment.created'}a comment was stored, whatever its status{#is 'comment.approved'}a comment was approved{#is 'comment.rejected'}a comment was rejected{#is 'comment.spam'}a comment was marked as spam{#is 'comment.edited'}a comment was edited{#else}a comment was deleted{/when}")
    String describe(String event);
    @Message("Register") String submit();
    @Message("Nothing was registered.") String refused();
    @Message("The webhook was deleted, with its delivery log.") String deleted();
    @Message("There is no such webhook: it may have been deleted meanwhile.") String missing();
    @Message("Back to the webhooks") String back();
    @Message("Webhook") String endpointTitle();
    @Message("Signing secret") String secretLabel();
    @Message("A new signing secret") String newSecret();
    @Message("Copy this secret into the receiver now: it will not be shown again.") String secretOnce();
    @Message("The webhook is registered.") String registered();
    @Message("A new secret signs from now on. The previous one also signs every delivery until {until}, time to put the new one in the receiver.") String rotated(String until);
    @Message("The webhook is enabled again: new events go to it.") String reenabled();
    @Message("Enable") String enable();
    @Message("Rotate the secret") String rotate();
    @Message("Delete…") String delete();
    @Message("Latest deliveries") String deliveries();
    @Message("No delivery yet.") String noDelivery();
    @Message("Event") String event();
    @Message("Answer") String answer();
    @Message("Attempts") String attempts();
    @Message("Last attempt") String lastAttempt();
    @Message("Next attempt") String nextAttempt();
    @Message("{#when state}{#is 'pending'}pending{#is 'delivered'}delivered{#else}failed{/when}") String stateOf(String state);
    @Message("Delete this webhook?") String confirmTitle();
    @Message("{url} stops receiving events, and its delivery log is deleted. This cannot be undone.") String confirmText(String url);
    @Message("Delete for good") String confirm();
    @Message("Cancel") String cancel();
}
