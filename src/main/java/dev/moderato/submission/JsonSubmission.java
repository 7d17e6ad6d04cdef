package dev.moderato.submission;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Locale;
import java.util.Map;

/**
 * A JSON submission: the comment's fields, and the hidden fields of screening under the names a form gives them
 * ({@code moderato.screening.honeypot-field} and {@code moderato.screening.token-field}), so a page that posts JSON
 * is screened exactly as one that posts its form; {@code notifyReplies} asks for reply notifications by email. Other
 * members are ignored.
 */
record JsonSubmission(String thread, String parentId, String name, String email, String website, String body,
                      Boolean notifyReplies, @JsonAnySetter @Schema(hidden = true) Map<String, Object> others) {

    SubmissionRequest request() {
        return new SubmissionRequest(thread, parentId, name, email, website, body);
    }

    /** The hidden fields, and the wish to hear of replies ({@code "notifyReplies": true}) in the submission's language. */
    FormHints hints(String honeypotField, String tokenField, Locale language) {
        FormHints hints = others == null ? FormHints.NONE
                : new FormHints(text(others.get(honeypotField)), text(others.get(tokenField)));
        return Boolean.TRUE.equals(notifyReplies) ? hints.notifyingRepliesIn(language) : hints;
    }

    /** A hidden field's value as text: a bot that fills the honeypot with a number has still filled it. */
    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
