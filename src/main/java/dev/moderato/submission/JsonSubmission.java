package dev.moderato.submission;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/**
 * A JSON submission: the comment's fields, and the hidden fields of screening under the names a form gives them
 * ({@code moderato.screening.honeypot-field} and {@code moderato.screening.token-field}), so a page that posts JSON
 * is screened exactly as one that posts its form. Other members are ignored.
 */
record JsonSubmission(String thread, String parentId, String name, String email, String website, String body,
                      @JsonAnySetter @Schema(hidden = true) Map<String, Object> others) {

    SubmissionRequest request() {
        return new SubmissionRequest(thread, parentId, name, email, website, body);
    }

    FormHints hints(String honeypotField, String tokenField) {
        return others == null ? FormHints.NONE : new FormHints(text(others.get(honeypotField)), text(others.get(tokenField)));
    }

    /** A hidden field's value as text: a bot that fills the honeypot with a number has still filled it. */
    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
