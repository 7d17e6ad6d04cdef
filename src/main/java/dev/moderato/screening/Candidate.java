package dev.moderato.screening;

import dev.moderato.thread.ThreadView;
import dev.moderato.submission.SubmissionRequest;

/**
 * A valid submission about to be screened, with what the checks may look at besides its
 * fields: its thread's settings, where it comes from, and the hidden form fields a person leaves
 * as they are.
 */
public record Candidate(SubmissionRequest request, ThreadView thread, String ip, String userAgent, String honeypot,
                        String formToken) {

    @Override
    public String toString() {
        return "Candidate[" + request.thread() + "]";
    }
}
