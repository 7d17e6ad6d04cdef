package dev.moderato.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.moderato.screening.TrustedAuthors;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;

/** Whether a moderator's approval made the address a trusted author: exported as true or false, erased with the rest. */
@ApplicationScoped
class TrustedAuthorRecords implements AddressRecords {

    private final TrustedAuthors trustedAuthors;

    TrustedAuthorRecords(TrustedAuthors trustedAuthors) {
        this.trustedAuthors = trustedAuthors;
    }

    @Override
    public String name() {
        return "trustedAuthor";
    }

    @Override
    public void export(String email, JsonGenerator json) throws IOException {
        json.writeBoolean(trustedAuthors.isTrusted(email));
    }

    @Override
    public long erase(String email) {
        return trustedAuthors.forget(email) ? 1 : 0;
    }
}
