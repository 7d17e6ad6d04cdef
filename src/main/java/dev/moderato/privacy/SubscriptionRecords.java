package dev.moderato.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.moderato.notify.ReplySubscriptions;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;

/**
 * The address's reply notifications' subscriptions: exported as {@code [{"commentId","thread","language","confirmed",
 * "confirmedAt"}]} (never the token, the subscriber's credential), erased with the rest along with their unsent mails.
 */
@ApplicationScoped
class SubscriptionRecords implements AddressRecords {

    private final ReplySubscriptions subscriptions;

    SubscriptionRecords(ReplySubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public String name() {
        return "subscriptions";
    }

    @Override
    public void export(String email, JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (ReplySubscriptions.Subscription subscription : subscriptions.ofAddress(email)) {
            json.writeStartObject();
            json.writeStringField("commentId", subscription.commentId().toString());
            json.writeStringField("thread", subscription.thread());
            json.writeStringField("language", subscription.language().getLanguage());
            json.writeBooleanField("confirmed", subscription.confirmedAt() != null);
            if (subscription.confirmedAt() != null) {
                json.writeStringField("confirmedAt", subscription.confirmedAt().toString());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    @Override
    public long erase(String email) {
        return subscriptions.erase(email);
    }
}
