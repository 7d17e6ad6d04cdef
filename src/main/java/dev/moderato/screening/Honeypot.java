package dev.moderato.screening;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;

/** A hidden form field that people never see and leave empty; bots fill in every field. */
@ApplicationScoped
@Priority(700)
public class Honeypot implements Screen {

    @Override
    public Verdict check(Candidate candidate) {
        return candidate.honeypot() == null || candidate.honeypot().isEmpty()
                ? Verdict.PASS
                : Verdict.spam("honeypot", "The hidden honeypot field was filled in.");
    }
}
