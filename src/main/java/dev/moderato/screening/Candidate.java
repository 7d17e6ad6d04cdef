package dev.moderato.screening;

import dev.moderato.thread.ThreadView;

/**
 * A valid submission about to be screened: its fields, its thread's settings, where it comes from,
 * and the hidden form fields a person leaves as they are.
 */
public record Candidate(String name, String email, String website, String body, ThreadView thread, String ip,
                        String userAgent, String honeypot, String formToken) {

    @Override
    public String toString() {
        return "Candidate[" + thread.thread() + "]";
    }
}
