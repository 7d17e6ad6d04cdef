package dev.moderato.screening;

import dev.moderato.platform.config.ModeratoConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Optional;

/** A form that carries a token and was posted faster than a person writes, or with a forged token, is spam. */
@ApplicationScoped
@Priority(650)
public class FormTiming implements Screen {

    private final FormTokens tokens;
    private final Duration minFormTime;

    FormTiming(FormTokens tokens, ModeratoConfig config) {
        this.tokens = tokens;
        this.minFormTime = config.screening().minFormTime();
    }

    @Override
    public Verdict check(Candidate candidate) {
        String token = candidate.formToken();
        if (token == null || token.isBlank()) {
            return Verdict.PASS; // the token is optional: forms without it are judged by the other checks
        }
        Optional<Duration> age = tokens.age(token.strip());
        if (age.isEmpty()) {
            return Verdict.spam("bad_token", "The form token is not one Moderato issued.");
        }
        if (age.get().compareTo(minFormTime) < 0) {
            return Verdict.spam("too_fast", "Posted " + age.get().toMillis() + " ms after the form was shown.");
        }
        return Verdict.PASS;
    }
}
