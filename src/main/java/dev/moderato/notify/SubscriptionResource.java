package dev.moderato.notify;

import dev.moderato.platform.i18n.Languages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * The pages behind the links of reply notifications' mails. A {@code GET} only shows a page whose button posts: mail
 * scanners fetch links, and a fetch must not subscribe anyone nor unsubscribe them. The unsubscribe {@code POST} is
 * RFC 8058's one-click: whatever its body, it unsubscribes. Unknown tokens get a readable 404 page.
 */
@Path("/api/v1")
@Produces(MediaType.TEXT_HTML)
public class SubscriptionResource {

    static final String CONFIRM_PATH = "/api/v1/subscriptions/";
    static final String UNSUBSCRIBE_PATH = "/api/v1/unsubscribe/";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String lang, String title, String text, String action, String button);
    }

    private final ReplySubscriptions subscriptions;
    private final Clock clock;

    SubscriptionResource(ReplySubscriptions subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @GET
    @Path("/subscriptions/{token}")
    @Operation(summary = "The page of a reply notifications' confirmation link; its button confirms, the GET changes nothing")
    @APIResponse(responseCode = "200", description = "A page with a button that posts the confirmation")
    @APIResponse(responseCode = "404", description = "A page saying the link is not valid")
    public Response confirmPage(@PathParam("token") String token, @Context HttpHeaders headers) {
        return subscriptions.find(token).map(subscription -> {
            SubscriptionMessages words = words(subscription.language());
            return subscription.confirmedAt() != null
                    ? page(words, words.confirmedTitle(), words.confirmedText(subscription.thread()), null, null)
                    : page(words, words.confirmTitle(), words.confirmText(subscription.thread()), CONFIRM_PATH + token,
                    words.confirmButton());
        }).orElseGet(() -> notFound(headers));
    }

    @POST
    @Path("/subscriptions/{token}")
    @Operation(summary = "Confirm reply notifications (the button of the confirmation page)")
    @APIResponse(responseCode = "200", description = "Confirmed; a page says so")
    @APIResponse(responseCode = "404", description = "A page saying the link is not valid")
    public Response confirm(@PathParam("token") String token, @Context HttpHeaders headers) {
        Optional<ReplySubscriptions.Subscription> found = subscriptions.find(token);
        if (found.isEmpty() || !subscriptions.confirm(token, clock.instant().truncatedTo(ChronoUnit.MILLIS))) {
            return notFound(headers);
        }
        SubscriptionMessages words = words(found.get().language());
        return page(words, words.confirmedTitle(), words.confirmedText(found.get().thread()), null, null);
    }

    @GET
    @Path("/unsubscribe/{token}")
    @Operation(summary = "The page of a mail's unsubscribe link; its button unsubscribes, the GET changes nothing")
    @APIResponse(responseCode = "200", description = "A page with a button that posts the unsubscription")
    @APIResponse(responseCode = "404", description = "A page saying the link is not valid")
    public Response unsubscribePage(@PathParam("token") String token, @Context HttpHeaders headers) {
        return subscriptions.find(token).map(subscription -> {
            SubscriptionMessages words = words(subscription.language());
            return page(words, words.unsubscribeTitle(), words.unsubscribeText(subscription.thread()),
                    UNSUBSCRIBE_PATH + token, words.unsubscribeButton());
        }).orElseGet(() -> notFound(headers));
    }

    @POST
    @Path("/unsubscribe/{token}")
    @Operation(summary = "Unsubscribe from reply notifications: RFC 8058 one-click, whatever the body")
    @APIResponse(responseCode = "200", description = "Unsubscribed; a page says so")
    @APIResponse(responseCode = "404", description = "A page saying the link is not valid")
    public Response unsubscribe(@PathParam("token") String token, @Context HttpHeaders headers) {
        Optional<ReplySubscriptions.Subscription> found = subscriptions.find(token);
        if (found.isEmpty() || !subscriptions.unsubscribe(token)) {
            return notFound(headers);
        }
        SubscriptionMessages words = words(found.get().language());
        return page(words, words.unsubscribedTitle(), words.unsubscribedText(found.get().thread()), null, null);
    }

    private static Response notFound(HttpHeaders headers) {
        SubscriptionMessages words = words(Languages.preferred(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        return respond(Response.Status.NOT_FOUND, words, words.notFoundTitle(), words.notFoundText(), null, null);
    }

    private static Response page(SubscriptionMessages words, String title, String text, String action, String button) {
        return respond(Response.Status.OK, words, title, text, action, button);
    }

    private static Response respond(Response.Status status, SubscriptionMessages words, String title, String text,
                                    String action, String button) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store") // the address bar holds the subscriber's token (no-referrer: /api/*'s own)
                .entity(Templates.page(words.lang(), title, text, action, button).render()).build();
    }

    /** The words in French when that is the language, otherwise in English: the bundle's own. */
    static SubscriptionMessages words(Locale language) {
        return Locale.FRENCH.getLanguage().equals(language.getLanguage())
                ? MessageBundles.get(SubscriptionMessages.class, Localized.Literal.of("fr"))
                : MessageBundles.get(SubscriptionMessages.class);
    }
}
