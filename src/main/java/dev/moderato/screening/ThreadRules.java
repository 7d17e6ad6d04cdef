package dev.moderato.screening;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;

/** A closed thread takes no more comments: checked first, so nothing else is spent on it. */
@ApplicationScoped
@Priority(1000)
public class ThreadRules implements Screen {

    @Override
    public Verdict check(Candidate candidate) {
        if (!candidate.thread().open()) {
            throw Rejection.closed();
        }
        return Verdict.PASS;
    }
}
